"""The hashed locks in requirements/ say exactly what pyproject.toml asks for.

`make lock` writes them with pip-compile; every install (make setup, make test-package,
.ci/run) uses them with --require-hashes. These checks run offline: they compare the
locks with pyproject.toml and with the metadata of the packages installed from them.
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import REPO

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+) \\$", re.M)
OPTIONAL = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
LOCKS = {"dev.txt": ("test", "dev"), "test.txt": ("test",)}  # each lock and the extras it was compiled from


def pins(lock: str) -> dict[str, str]:
    text = (REPO / "requirements" / lock).read_text(encoding="utf-8")
    found = {canonicalize_name(name): version for name, version in PIN.findall(text)}
    requirements = [block for block in re.split(r"\n(?=\S)", text) if block and not block.startswith("#")]
    assert len(found) == len(requirements), f"{lock}: a requirement is not a plain name==version pin"
    for block in requirements:
        assert "--hash=sha256:" in block, f"{lock}: {block.splitlines()[0]} has no hash"
    return found


def wanted(extras: tuple[str, ...]) -> list[Requirement]:
    return [Requirement(line) for extra in extras for line in OPTIONAL[extra]]


@pytest.mark.parametrize("lock", LOCKS)
def test_every_requirement_of_pyproject_is_locked_with_a_version_it_allows(lock: str) -> None:
    # Bug caught: a dependency added to pyproject.toml (or its range changed) without `make lock`.
    locked = pins(lock)
    for requirement in wanted(LOCKS[lock]):
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement} is in pyproject.toml but not in requirements/{lock}: run make lock"
        assert requirement.specifier.contains(locked[name], prereleases=True), (
            f"requirements/{lock} pins {name}=={locked[name]}, outside {requirement}: run make lock"
        )


def test_the_package_lock_is_the_development_lock_narrowed() -> None:
    # Bug caught: the package tests on 3.12/3.13 running other versions than make test does.
    development = pins("dev.txt")
    assert {name: development.get(name) for name in pins("test.txt")} == pins("test.txt")


def closure(requirements: list[Requirement]) -> set[str]:
    """Every distribution these requirements pull in, from the installed packages' metadata."""
    seen: set[str] = set()
    todo = [(r, "") for r in requirements]
    while todo:
        requirement, extra = todo.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(requirement.name)
        key = f"{name}[{','.join(sorted(requirement.extras))}]"
        if key in seen:
            continue
        seen.add(key)
        for line in metadata.requires(name) or []:
            for chosen in [""] + sorted(requirement.extras):
                todo.append((Requirement(line), chosen))
    return {key.split("[")[0] for key in seen}


def test_the_development_lock_has_nothing_pyproject_no_longer_needs() -> None:
    # Bug caught: a dependency removed from pyproject.toml but still installed from the lock.
    needed = closure(wanted(LOCKS["dev.txt"]))
    stale = set(pins("dev.txt")) - needed
    assert not stale, f"requirements/dev.txt locks {sorted(stale)}, which pyproject.toml no longer needs: make lock"


def test_every_pip_install_is_hashed_or_local() -> None:
    # Bug caught: an install step that fetches from the registry without --require-hashes
    # (a `pip install pkg` in a workflow, `-c` pins without hashes, build isolation).
    sources = [REPO / "Makefile", REPO / ".ci/run", *sorted((REPO / ".github/workflows").glob("*.yml"))]
    installs = [
        (path.name, line.strip())
        for path in sources
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.search(r"pip install|-m build", line) and not line.lstrip().startswith("#")
    ]
    assert len(installs) >= 4
    for name, line in installs:
        hashed = "--require-hashes -r requirements/" in line
        local = "--no-deps" in line and "--no-build-isolation" in line  # the project itself, its deps locked
        assert hashed or local or "--no-isolation" in line, f"{name}: {line}"
