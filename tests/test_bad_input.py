"""Bad errors.yaml files: exit 2, FILE:LINE:COL with a useful message, nothing written.

Each file in tests/bad/ is listed in tests/bad/cases.tsv with the line the
problem must be reported on and a fragment of the message. Most are one small
change to tests/good-base.yaml, which must itself pass.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO, copy_project, run_generator, snapshot
from generator.yamlsource import MAX_BYTES

BAD = REPO / "tests" / "bad"


def cases() -> list[tuple[str, str, str]]:
    """(file, where: "LINE" or "LINE:COL", message fragment)."""
    rows = []
    for line in (BAD / "cases.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, where, fragment = line.split("\t")
            rows.append((name, where, fragment))
    return rows


def test_corpus_is_complete() -> None:
    listed = {name for name, _, _ in cases()}
    assert listed == {p.name for p in BAD.glob("*.yaml")}
    assert len(listed) >= 40


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("pristine"))


def test_base_of_the_corpus_is_valid(tmp_path: Path) -> None:
    root = copy_project(tmp_path, releases=False)
    (root / "errors.yaml").write_bytes((REPO / "tests/good-base.yaml").read_bytes())
    result = run_generator(root)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("name", "where", "fragment"), cases(), ids=[c[0] for c in cases()])
def test_bad_file_is_refused(name: str, where: str, fragment: str, pristine: Path, tmp_path: Path) -> None:
    root = copy_project(tmp_path, releases=False)
    (root / "errors.yaml").write_bytes((BAD / name).read_bytes())
    before = snapshot(root)
    result = run_generator(root)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    reported = re.findall(r"^errors\.yaml:(\d+):(\d+): (.*)$", result.stderr, re.M)
    assert reported, result.stderr
    assert any(f"{n}:{c}:".startswith(f"{where}:") and fragment in message for n, c, message in reported), result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(root) == before


def test_every_problem_is_reported_in_one_run(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    text = (REPO / "tests/good-base.yaml").read_text(encoding="utf-8")
    text = text.replace("code: 1002", "code: 0x3EA").replace("mess" + "age: First error", "mesage: First error")
    text = text.replace("category: common\n    message: Second", "category: nope\n    message: Second")
    (root / "errors.yaml").write_text(text, encoding="utf-8")
    result = run_generator(root)
    assert result.returncode == 2
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("errors.yaml:")]
    assert len(lines) >= 4, result.stderr  # typo, then the missing message, hex code, unknown category
    numbers = [int(ln.split(":")[1]) for ln in lines]
    assert numbers == sorted(numbers)


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "errors.yaml").write_bytes(b"# padding\n" * (MAX_BYTES // 10 + 1))  # just over the limit
    before = snapshot(root)
    result = run_generator(root)
    assert result.returncode == 2 and "the limit is" in result.stderr
    assert snapshot(root) == before


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "errors.yaml").write_bytes(b"\xef\xbb\xbf" + (REPO / "errors.yaml").read_bytes())
    result = run_generator(root, "--check")
    assert result.returncode == 0, result.stderr


def test_missing_file(tmp_path: Path) -> None:
    result = run_generator(tmp_path)
    assert result.returncode == 2 and "errors.yaml: cannot read" in result.stderr
