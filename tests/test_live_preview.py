"""The author's loop: with the watcher and `mkdocs serve` running, an edit of errors.yaml reaches the page."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import REPO, copy_project

pytestmark = pytest.mark.slow  # runs the watcher and mkdocs serve

OLD = "message: Different prefix for binding numbers"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def page_text(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError):
        return ""


def eventually(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.25)
    raise AssertionError(f"not within {seconds} s: {what}")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str, list[str]]]:
    """A scratch copy with `python -m generator --watch` and `mkdocs serve` running, as `make serve` runs them."""
    root = copy_project(tmp_path / "project")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_MKDOCS_2_WARNING": "1"}
    watcher = subprocess.Popen(
        [sys.executable, "-m", "generator", "--root", str(root), "--watch"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    said: list[str] = []
    assert watcher.stderr is not None
    reader = threading.Thread(target=lambda: said.extend(iter(watcher.stderr.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(root / "mkdocs.yml"), "--dev-addr", f"127.0.0.1:{port}"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    url = f"http://127.0.0.1:{port}/errors/10004/"
    try:
        eventually(lambda: "Different prefix for binding numbers" in page_text(url), 90, "the first build is served")
        yield root, url, said
    finally:
        for process in (server, watcher):
            process.terminate()
            process.wait(timeout=30)


def test_an_edit_reaches_the_page_a_bad_edit_is_reported_and_a_fix_recovers(
    served: tuple[Path, str, list[str]],
) -> None:
    root, url, said = served
    source = root / "errors.yaml"
    good = source.read_text(encoding="utf-8")
    source.write_text(good.replace(OLD, "message: Prefixes of the bound numbers differ"), encoding="utf-8")
    eventually(lambda: "Prefixes of the bound numbers differ" in page_text(url), 60, "the edited message is served")

    broken = good.replace(OLD, "message: Prefixes of the bound numbers differ\n    message: twice")
    source.write_text(broken, encoding="utf-8")
    eventually(lambda: any("key `message` is repeated" in line for line in said), 30, "the problem is printed")
    line = next(line for line in said if "key `message` is repeated" in line)
    assert line.startswith("errors.yaml:") and "Traceback" not in "".join(said)
    time.sleep(2)  # anything the server would rebuild has been rebuilt by now
    assert "Prefixes of the bound numbers differ" in page_text(url)  # the last good page stays

    source.write_text(good.replace(OLD, "message: Binding numbers have different prefixes"), encoding="utf-8")
    eventually(lambda: "Binding numbers have different prefixes" in page_text(url), 60, "a fixed file recovers")


def test_make_serve_runs_the_watcher_at_a_configurable_address() -> None:
    plan = subprocess.run(
        ["make", "-n", "serve", "ADDR=127.0.0.1:8123"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    assert "-m generator --watch" in plan
    assert "mkdocs serve --dev-addr 127.0.0.1:8123" in plan
    default = subprocess.run(["make", "-n", "serve"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert "--dev-addr 127.0.0.1:8000" in default
