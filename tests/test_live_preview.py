"""The author's loop: with the watcher and the preview server running, an edit of errors.yaml reaches the page."""

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

from conftest import NEW_CODE, REPO, copy_project

pytestmark = pytest.mark.slow  # runs the watcher and the preview server (generator/serve.py)

OLD = "message: Different prefix for binding numbers"
SERVE = [sys.executable, "-m", "generator.serve"]  # what make serve runs


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
def served(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[Path, str, list[str]]]:
    """A scratch copy with `python -m generator --watch` and `python -m generator.serve` running, as
    `make serve` runs them (with the server's options in ``request.param``, if any)."""
    options: list[str] = getattr(request, "param", [])
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
    said: list[str] = []  # what the watcher and the server print
    assert watcher.stderr is not None
    reader = threading.Thread(target=lambda: said.extend(iter(watcher.stderr.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    server = subprocess.Popen(
        [
            *SERVE,
            "-f",
            str(root / "mkdocs.yml"),
            "--dev-addr",
            f"127.0.0.1:{port}",
            "--site-dir",
            str(tmp_path / "served"),
            *options,
        ],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert server.stderr is not None
    threading.Thread(target=lambda: said.extend(iter(server.stderr.readline, "")), daemon=True).start()  # type: ignore[union-attr]
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
    assert "-m generator.serve --dev-addr 127.0.0.1:8123" in plan
    default = subprocess.run(["make", "-n", "serve"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert "--dev-addr 127.0.0.1:8000" in default


def site_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def settled(folder: Path, seconds: float = 4.0) -> dict[str, bytes]:
    """The served folder once nothing in it has changed for ``seconds`` (the watcher and the
    server may each run more than once for one save)."""
    last = site_files(folder)
    quiet_since = time.monotonic()
    while time.monotonic() - quiet_since < seconds:
        time.sleep(0.5)
        now = site_files(folder)
        if now != last:
            last, quiet_since = now, time.monotonic()
    return last


# Each edit is kept by the next ones: (what, old, new, the page that shows it, what it shows,
# whether the server may keep the other pages: not when a title in the navigation changes).
SERVE_EDITS = [
    ("a message", OLD, "message: Prefixes of the bound numbers differ", "errors/10004/", "Prefixes of the bound", True),
    ("a translation", 'message: "签名无效"', 'message: "签名不正确"', "zh-page", "", True),
    (
        "a category title",
        "title: Privacy number (PNS) errors",
        "title: Privacy-number (PNS) errors",
        "errors/pns/",
        "Privacy-number (PNS) errors",
        False,
    ),
    (
        "a deprecated code",
        "    name: FAILED_TO_RETRIEVE_DATA\n    category: pns\n    since: 1.0.0\n",
        "    name: FAILED_TO_RETRIEVE_DATA\n    category: pns\n    since: 1.0.0\n"
        "    deprecated:\n      since: 1.1.0\n      reason: The API now reports this failure as 10005\n"
        "      replaced_by: 10005\n",
        "errors/10009/",
        "The API now reports this failure as 10005",
        True,
    ),
    ("a new code", "", NEW_CODE, "errors/10014/", "Binding expired", True),
]
FULL = "Cleaning site directory"  # MkDocs' full build says so
QUICK = "changed page(s) and copied"  # generator/serve.py's partial build
LATER = "Rebuilt the"  # its background pass over the big pages


# The seed's pages are small: with --later-above 1000 the code pages, the index and a category
# page are big, and go to the background pass (the category title then changes there).
@pytest.mark.parametrize("served", [[], ["--later-above", "1000"]], indirect=True, ids=["at-once", "big-later"])
def test_after_each_edit_the_served_site_equals_a_clean_build(
    served: tuple[Path, str, list[str]], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The English site is served; a translation edit changes only the Chinese pages (and the
    English site's errors.json and codes.json), so its check is the comparison alone. The
    server must take its partial build for the edits that allow it (else this test would not
    check it), and a full build for the others."""
    root, url, said = served
    base = url.removesuffix("errors/10004/")
    port = base.rsplit(":", 1)[1].strip("/")
    source = root / "errors.yaml"
    for number, (what, old, new, page, shows, quick) in enumerate(SERVE_EDITS):
        heard = len(said)
        text = source.read_text(encoding="utf-8")
        if what == "a deprecated code":
            text = text.replace("  version: 1.0.0", "  version: 1.1.0", 1)
        if old:
            assert old in text, old
            text = text.replace(old, new, 1)
        else:
            text += new
        source.write_text(text, encoding="utf-8")
        if shows:
            eventually(lambda page=page, shows=shows: shows in page_text(base + page), 120, f"{what} is served")
        served_files = settled(Path(str(tmp_path)) / "served")
        clean = tmp_path / f"clean-{number}"
        subprocess.run(
            [*SERVE, "-f", str(root / "mkdocs.yml"), "--dev-addr", f"127.0.0.1:{port}"]
            + ["--site-dir", str(clean), "--build-once"],
            cwd=root,
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(REPO), "NO_MKDOCS_2_WARNING": "1"},
        )
        expected = site_files(clean)
        differ = sorted(r for r in expected.keys() | served_files.keys() if expected.get(r) != served_files.get(r))
        assert differ == [], f"after {what}: {differ[:10]}"
        builds = [line for line in said[heard:] if FULL in line or QUICK in line]
        if quick:
            assert builds and all(QUICK in line for line in builds), (what, builds)
        else:
            assert any(FULL in line for line in builds), (what, builds)
    assert any("whose title or metadata changed: building everything" in line for line in said), said
    assert any(LATER in line for line in said) == bool(request.node.callspec.params["served"]), said
