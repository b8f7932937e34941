"""The built wheel works alone: installed into a fresh venv with no development dependencies."""

from __future__ import annotations

import email
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.slow  # builds the sdist and the wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("pns_errors-*.whl")
    return built


def test_wheel_holds_the_package_and_no_runtime_dependencies(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = email.message_from_bytes(archive.read(metadata_name))
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    for needed in ("_catalog.py", "_base.py", "cli.py", "__main__.py", "py.typed", "__init__.py"):
        assert f"pns_errors/{needed}" in names
    for requirement in metadata.get_all("Requires-Dist") or []:  # only the dev extra's tools
        assert "extra ==" in requirement
    assert "pns-errors = pns_errors.cli:main" in entry_points
    assert metadata["Version"] == "1.0.0"  # the catalog version


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = tmp_path_factory.mktemp("venv")
    venv.create(env, with_pip=True)
    subprocess.run(
        [env / "bin/python", "-m", "pip", "install", "--quiet", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return env


def test_api_and_cli_from_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    python = installed / "bin/python"
    no_dev = subprocess.run([python, "-c", "import yaml"], capture_output=True, cwd=tmp_path)
    assert no_dev.returncode != 0  # the environment really lacks the development dependencies
    api = subprocess.run(
        [python, "-c", "from pns_errors import ErrorCode; print(ErrorCode(10004).message)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert api.stdout == "Different prefix for binding numbers\n"
    example = subprocess.run(
        [python, str(REPO / "examples/client.py")], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert "'hint': 'Different prefix for binding numbers'" in example.stdout
    cli = subprocess.run([installed / "bin/pns-errors", "E10004"], capture_output=True, text=True, cwd=tmp_path)
    assert cli.returncode == 0 and cli.stdout.startswith("10004  Different prefix for binding numbers")
    unknown = subprocess.run([installed / "bin/pns-errors", "10099"], capture_output=True, text=True, cwd=tmp_path)
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr


def test_make_dist_builds_checked_archives_and_the_wheel_from_the_sdist_matches(wheel: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    done = subprocess.run(
        ["make", "dist", f"DIST={out}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASSED") == 2  # twine check --strict, on the sdist and the wheel
    (sdist,) = out.glob("pns_errors-*.tar.gz")
    (from_sdist,) = out.glob("pns_errors-*.whl")  # `python -m build` makes the wheel from the sdist

    def files(path: Path) -> set[str]:
        with zipfile.ZipFile(path) as archive:
            return {n for n in archive.namelist() if ".dist-info/" not in n}

    assert files(from_sdist) == files(wheel)  # nothing the wheel needs is missing from the sdist
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    assert any(n.endswith("src/pns_errors/_catalog.py") for n in names)
