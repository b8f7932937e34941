"""make site (generator/site.py): every language's site built side by side, with the same
files as MkDocs building one language after the other."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, build_site, copy_project
from generator import site

SITE = [sys.executable, "-m", "generator.site"]  # what make site runs


def make_site(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SITE, "--root", str(root), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
    )


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_side_by_side_gives_the_files_of_one_after_the_other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")  # both date their sitemaps alike, even across midnight
    one_after_the_other = files(build_site(REPO, tmp_path / "reference"))
    done = make_site(REPO, "--site-dir", str(tmp_path / "site"), "--jobs", "2")  # side by side even on one core
    assert done.returncode == 0, done.stderr
    side_by_side = files(tmp_path / "site")
    assert sorted(side_by_side) == sorted(one_after_the_other)
    assert [name for name, data in side_by_side.items() if one_after_the_other[name] != data] == []
    # Both languages are there, the Chinese search index split by jieba (remembered cuts included).
    assert "index.html" in side_by_side and "zh/index.html" in side_by_side
    index = json.loads(side_by_side["zh/search/search_index.json"])
    assert any("\u200b" in entry["text"] for entry in index["docs"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reference", "site"]  # no folder left beside site/


@pytest.mark.slow
def test_a_build_that_fails_fails_make_site(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    guide = root / "docs-zh" / "guides" / "support.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\n[无此页](no-such-page.md)\n", encoding="utf-8")
    done = make_site(root)
    assert done.returncode != 0
    assert "no-such-page.md" in done.stderr and "mkdocs.zh.yml did not build" in done.stderr
    assert not (root / "site" / "zh").exists()
    assert [p.name for p in root.iterdir() if p.name.startswith(".site")] == []  # its folder removed


def test_remembered_cuts_are_jiebas_own(monkeypatch: pytest.MonkeyPatch) -> None:
    jieba = pytest.importorskip("jieba")
    jieba.setLogLevel(30)
    tokenizer = jieba.Tokenizer()  # this test's own dictionary: the others' jieba stays as it is
    monkeypatch.setattr(jieba, "dt", tokenizer)
    monkeypatch.setattr(jieba, "cut", tokenizer.cut)  # put back after the test
    phrases = ["虚拟号码已耗尽", "签名无效", "绑定号码的前缀不同", "虚拟号码已耗尽"]
    expected = [list(tokenizer.cut(p)) for p in phrases]
    site.memoize_jieba()
    assert jieba.cut is not tokenizer.cut
    assert [list(jieba.cut(p)) for p in phrases] == expected
    assert [list(jieba.cut(p.encode("utf-8"))) for p in phrases] == expected  # as Material calls it
    # A word added to the dictionary changes the cut, though the phrase was cut before.
    tokenizer.add_word("号码已耗尽", freq=10**9)
    assert "号码已耗尽" in list(jieba.cut("虚拟号码已耗尽"))
    assert list(jieba.cut("虚拟号码已耗尽")) == list(tokenizer.cut("虚拟号码已耗尽"))
