"""generator/serve.py's background pass over the big pages: a build that starts meanwhile stops
it after its current page and builds what it left, and the site equals a clean build."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, copy_project
from generator import serve

pytestmark = pytest.mark.slow  # two builds of the seed site


def site_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_build_during_the_background_pass_takes_over_its_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_project(tmp_path / "project")
    monkeypatch.chdir(root)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    addr = "127.0.0.1:8765"
    preview = serve.Preview(str(root / "mkdocs.yml"), str(tmp_path / "served"), f"http://{addr}/", addr)
    preview.later_above = 1000  # the seed's code pages and index are "big"
    config = preview.config()
    config.plugins.on_startup(command="serve", dirty=False)
    preview.build(config)
    assert preview.site is not None

    gate = threading.Event()  # holds the background pass at its first page
    converting = threading.Event()
    convert = serve._convert

    def held(site: serve.Site, pages: list[Any]) -> bool:
        if threading.current_thread() is not threading.main_thread():
            converting.set()
            gate.wait(60)
        return convert(site, pages)

    monkeypatch.setattr(serve, "_convert", held)
    # Edits of generated pages, in this scratch copy only: the server's input, not the generator's.
    for name in ("errors/index.md", "errors/10004.md", "errors/10007.md"):
        page = root / "docs" / name
        page.write_text(page.read_text(encoding="utf-8").replace("\n\n", "\n\nEdited here.\n\n", 1), "utf-8")
    preview.build()
    assert preview.later is not None and len(preview.later.pages) == 3
    assert converting.wait(60)
    threading.Timer(0.5, gate.set).start()  # the next build waits for the page being converted
    preview.build()  # no source changed since: it builds the two pages the pass left
    preview.settle(stop=False)
    assert preview.site is not None and not preview.stale and preview.full_builds == 1

    clean = tmp_path / "clean"
    subprocess.run(
        [sys.executable, "-m", "generator.serve", "-f", str(root / "mkdocs.yml"), "--dev-addr", addr]
        + ["--site-dir", str(clean), "--build-once"],
        cwd=root,
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "NO_MKDOCS_2_WARNING": "1"},
    )
    expected, served = site_files(clean), site_files(tmp_path / "served")
    assert sorted(r for r in expected.keys() | served.keys() if expected.get(r) != served.get(r)) == []
