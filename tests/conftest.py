"""Shared helpers: a throw-away copy of the project, and running the generator."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.output import project_files

REPO = Path(__file__).resolve().parent.parent


def replace_in(root: Path, *pairs: tuple[str, str], path: str = "errors.yaml") -> None:
    """An author's edit of a project file: each ``old`` (which must be there) becomes ``new``, once."""
    file = root / path
    text = file.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    file.write_text(text, encoding="utf-8")


# A code an author adds (to the seed catalog's pns category), for the tests of edits.
NEW_CODE = """  - code: 10014
    name: BINDING_EXPIRED
    category: pns
    since: 1.1.0
    message: Binding expired
    fix_by: caller
    retry: "no"
    solution: The binding reached its `expireSecond`; create a new one.
"""
# The command line speaks the locale's language; tests that expect English must not
# depend on the machine's locale (tests/test_localized.py sets its own).
os.environ["LC_ALL"] = "C.UTF-8"
SHARED = REPO.parent / "shared"


# Fixtures that build a whole site: a test that uses one is slow, like a browser test.
SITE_FIXTURES = {"built_site", "subpath_site", "zensical_site", "hostile_site", "released_site", "site", "home_page"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`slow` (skipped by make test-fast) = drives a browser, builds a site, or says so itself."""
    for item in items:
        if item.get_closest_marker("browser") or SITE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def run_generator(root: Path, *args: str, env: dict[str, str] | None = None, cwd: Path = REPO) -> Run:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        timeout=120,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def copy_project(dest: Path, releases: bool = True) -> Path:
    """A copy of the project; releases=False for a test that swaps in another catalog,
    which the real releases would (rightly) refuse as deleting every published code."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in project_files(REPO, () if releases else ("releases",)):
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest / name)
    return dest


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    yield copy_project(tmp_path / "project")


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file the generator could touch, with its bytes."""
    files = {p.name: p.read_bytes() for p in sorted(root.glob("mkdocs*.yml"))}  # their blocks are generated
    for top in ["docs", *(p.name for p in sorted(root.glob("docs-*"))), "src", "clients"]:
        for path in sorted((root / top).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def translated_configs(root: Path) -> list[tuple[str, Path]]:
    """Each other language's config whose pages the catalog generates: (language, mkdocs.<lang>.yml)."""
    found = []
    for config in sorted(root.glob("mkdocs.*.yml")):
        language = config.name.split(".")[1]
        if (root / f"docs-{language}" / "errors" / "index.md").exists():
            found.append((language, config))
    return found


def build_site(root: Path, out: Path, strict: bool = True, any_warning: bool = False) -> Path:
    """``mkdocs build --strict`` of the project at ``root`` into ``out``, then each other
    language into ``out/<lang>/``: one after the other, the files `make site` builds side by
    side (tests/test_site_build.py compares the two).

    A test catalog other than the real one may pass strict=False: the hand-written
    guides then link to codes it lacks, and only those warnings are allowed.
    ``any_warning`` is for pages broken on purpose (tests/test_csp_browser.py).
    """
    configs = [(root / "mkdocs.yml", out)] + [(c, out / lang) for lang, c in translated_configs(root)]
    for config, site_dir in configs:
        command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "--site-dir", str(site_dir)]
        done = subprocess.run(
            command + (["--strict"] if strict else []),
            cwd=root,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        for line in done.stderr.splitlines():
            if "WARNING" in line and not any_warning:
                assert not strict and "Doc file 'guides/" in line and "is not found" in line, done.stderr
    return out


def shared(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], object]) -> Path:
    """A folder that ``make`` fills once per test run, however many xdist workers ask.

    Each worker has its own session, so a session fixture alone would build every site
    once per worker; the first one builds under a file lock and the others reuse it.
    """
    from filelock import FileLock

    top = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        top = top.parent  # shared by the workers of this run
    folder, done = top / f"shared-{name}", top / f"shared-{name}.done"
    with FileLock(str(top / f"shared-{name}.lock")):
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test run with --strict."""
    return shared(tmp_path_factory, "site", lambda out: build_site(REPO, out))


@pytest.fixture(scope="module")
def home_page(built_site: Path) -> Iterator[Any]:
    """The real site's home page in Chromium, for tests that call the site's JavaScript."""
    from browser import browser, serve

    with serve(built_site) as base, browser() as chromium:
        tab = chromium.new_page()
        tab.goto(base)
        yield tab


SUBPATH_SITE_URL = "https://example.org/pns-errors/"


def _build_subpath_site(out: Path) -> None:
    root = copy_project(out / "project")
    source = root / "errors.yaml"
    text = source.read_text(encoding="utf-8")
    source.write_text(
        text.replace("site_url: https://pns-errors.example.org/", f"site_url: {SUBPATH_SITE_URL}"), "utf-8"
    )
    result = run_generator(root)
    assert result.returncode == 0, result.stderr
    build_site(root, out / "site")


@pytest.fixture(scope="session")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real catalog built for a project site under a sub-path, as GitHub Pages hosts one."""
    return shared(tmp_path_factory, "subpath", _build_subpath_site) / "site"


def _build_zensical_site(out: Path) -> None:
    root = copy_project(out / "project")
    done = subprocess.run(  # what `make site ENGINE=zensical` runs: each language's config, --strict
        [sys.executable, "-m", "generator.site", "--engine", "zensical", "--root", str(root)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0 and output.count("No issues found") == 1 + len(translated_configs(root)), output


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site built by Zensical (Material's successor) from the same mkdocs.yml."""
    return shared(tmp_path_factory, "zensical", _build_zensical_site) / "project" / "site"


# A browser test module defines `site` (its base URL and a Chromium); these two serve them all.
@pytest.fixture
def page(site: tuple[str, Any]) -> Iterator[Any]:
    """A fresh tab on the module's site; ``page.errors`` collects script and console errors."""
    from browser import watched_tab

    with watched_tab(site[1]) as tab:
        yield tab


@pytest.fixture
def base(site: tuple[str, Any]) -> str:
    return site[0]
