"""generator/serve.py tells which sources changed by their stat, and by their content when the stat cannot tell."""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from generator import serve


def project(root: Path) -> Any:
    """What serve.snapshot reads of a MkDocs configuration, for a small tree of sources."""
    (root / "docs" / "errors").mkdir(parents=True)
    (root / "overrides").mkdir()
    (root / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (root / "docs" / "errors" / "1001.md").write_text("# 1001 — old\n", encoding="utf-8")
    (root / "overrides" / "main.html").write_text("{% extends 'base.html' %}\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    return SimpleNamespace(
        docs_dir=str(root / "docs"),
        theme=SimpleNamespace(custom_dir=str(root / "overrides")),
        config_file_path=str(root / "mkdocs.yml"),
    )


def test_an_edit_an_addition_and_a_removal_are_seen_and_nothing_else(tmp_path: Path) -> None:
    config = project(tmp_path)
    before = serve.snapshot(config)
    page = tmp_path / "docs" / "errors" / "1001.md"
    page.write_text("# 1001 — a new and longer title\n", encoding="utf-8")
    (tmp_path / "docs" / "errors" / "1002.md").write_text("# 1002\n", encoding="utf-8")
    (tmp_path / "overrides" / "main.html").unlink()
    changed, moved = before.changed(serve.snapshot(config))
    assert changed == {str(page)}
    assert moved == {str(tmp_path / "docs/errors/1002.md"), str(tmp_path / "overrides/main.html")}


def test_hidden_files_are_not_sources(tmp_path: Path) -> None:
    """The generator's and editors' temporary files: MkDocs leaves them out, so no rebuild."""
    config = project(tmp_path)
    before = serve.snapshot(config)
    (tmp_path / "docs" / "errors" / ".1001.md.x1y2.tmp").write_text("half", encoding="utf-8")
    (tmp_path / "docs" / ".errors.tmp").mkdir()
    (tmp_path / "docs" / ".errors.tmp" / "1001.md").write_text("half", encoding="utf-8")
    assert before.changed(serve.snapshot(config)) == (set(), set())


def test_a_file_changed_just_now_is_compared_by_content(tmp_path: Path) -> None:
    """Same size, same clock tick: the stat does not change, so a recent file's digest decides."""
    config = project(tmp_path)
    before = serve.snapshot(config)
    page = str(tmp_path / "docs" / "errors" / "1001.md")
    assert page in before.digests  # written a moment ago
    Path(page).write_text("# 1001 — new\n", encoding="utf-8")  # the same size
    now = serve.snapshot(config)
    now.stats[page] = before.stats[page]  # as if the stat had not moved
    assert before.changed(now) == ({page}, set())
    again = serve.snapshot(config)
    again.stats[page] = now.stats[page]
    assert now.changed(again)[0] == set()  # the same content: not rebuilt again


def test_an_old_file_is_judged_by_its_stat_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Work proportional to the edit: files that did not change recently are not read."""
    config = project(tmp_path)
    monkeypatch.setattr(serve, "RACY_NS", -(10**18))  # every file counts as old
    before = serve.snapshot(config)
    assert before.digests == {}
    page = tmp_path / "docs" / "index.md"
    stat = page.stat()
    time.sleep(0.1)  # past the clock tick of its creation, so that its ctime can move
    page.write_text("# Hxme\n", encoding="utf-8")  # the same size
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # an old mtime put back (cp -p, tar): ctime still moves
    assert before.changed(serve.snapshot(config)) == ({str(page)}, set())
