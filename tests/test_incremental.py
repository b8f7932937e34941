"""Generating after an edit renders only what the edit changed, and is never stale.

After each edit, generate runs with the page cache of the runs before it (generator/pagecache.py);
what it leaves on disk must equal, byte for byte, what a render without any cache produces.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import NEW_CODE, REPO, copy_project, replace_in
from generator import blocks, history, pagecache
from generator.cli import run
from generator.history import Changes
from generator.model import Catalog
from generator.render import render
from generator.sanitize import MarkdownAudit
from generator.validate import load

# Each edit is kept by the next ones, as an author's session would.
EDITS: list[tuple[str, list[tuple[str, str]]]] = [
    ("a message", [("message: Invalid signature", "message: Signature invalid")]),
    ("a translation", [('message: "签名无效"', 'message: "签名不正确"')]),
    ("a see_also (another code's related codes)", [("    see_also: [1001]\n", "    see_also: [1003]\n")]),
    ("a category title", [("title: Privacy number (PNS) errors", "title: Privacy-number (PNS) errors")]),
    (
        "a deprecated code (and the version it is deprecated in)",
        [
            ("  version: 1.0.0", "  version: 1.1.0"),
            (
                "    name: FAILED_TO_RETRIEVE_DATA\n    category: pns\n    since: 1.0.0\n",
                "    name: FAILED_TO_RETRIEVE_DATA\n    category: pns\n    since: 1.0.0\n"
                "    deprecated:\n      since: 1.1.0\n      reason: The API now reports this failure as 10005\n"
                "      replaced_by: 10005\n",
            ),
        ],
    ),
    ("the code that replaces it", [("message: Failed to get number", "message: Could not get a number")]),
    ("lines inserted above every entry", [("catalog:\n", "# a comment\n\ncatalog:\n")]),
]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # this test's own caches
    yield copy_project(tmp_path / "project")


def full_render(root: Path) -> dict[str, str]:
    """Every generated file as a render without any cache makes it."""
    return render(*_inputs(root))


def edit(root: Path, pairs: list[tuple[str, str]]) -> None:
    replace_in(root, *pairs)


def generate(root: Path) -> None:
    """Generate as `python -m generator` does (in this process, with this test's cache folder)."""
    assert run(root, check=False, release=False, quiet=True) == 0


def _inputs(root: Path) -> tuple[Catalog, list[Changes], dict[str, str]]:
    releases = history.load_releases(root)
    published = releases[-1].version if releases else None
    catalog = load((root / "errors.yaml").read_bytes(), published, MarkdownAudit(root / "mkdocs.yml"))
    hosts = {path: (root / path).read_text(encoding="utf-8") for path in blocks.hosts_for(catalog.languages)}
    return catalog, history.changelog(catalog, releases), hosts


def on_disk_differs(root: Path) -> list[str]:
    return [rel for rel, content in full_render(root).items() if (root / rel).read_text(encoding="utf-8") != content]


def test_after_each_edit_the_files_equal_a_render_without_cache(project: Path) -> None:
    generate(project)
    for what, pairs in EDITS:
        edit(project, pairs)
        generate(project)
        assert on_disk_differs(project) == [], f"stale after editing {what}"
    with (project / "errors.yaml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_CODE)  # a new code, last: its neighbour's "next" link changes
    generate(project)
    assert on_disk_differs(project) == [], "stale after adding a code"


def test_a_second_run_reads_every_file_back_from_the_disk(project: Path) -> None:
    generate(project)
    edit(project, EDITS[0][1])  # 1003's message
    generate(project)
    cache = pagecache.PageCache.load(project)
    catalog, changes, hosts = _inputs(project)
    files = render(catalog, changes, hosts, cache=cache)
    # Nothing changed since that run, so nothing is rendered; but the hand-written files that hold
    # generated blocks, whose key is their own text, which that run changed.
    assert set(files) - cache.reused <= set(hosts)


def test_a_hand_edited_page_is_rendered_again_not_reused(project: Path) -> None:
    generate(project)
    page = project / "docs/errors/1003.md"
    good = page.read_text(encoding="utf-8")
    page.write_text(good.replace("Invalid signature", "Bad signature"), encoding="utf-8")
    assert run(project, check=True, release=False, quiet=True) == 1  # --check sees it, with the cache present
    assert run(project, check=False, release=False, quiet=True) == 0
    assert page.read_text(encoding="utf-8") == good


def test_a_message_edit_reuses_the_pages_that_do_not_show_it(project: Path) -> None:
    generate(project)
    edit(project, EDITS[0][1])
    cache = pagecache.PageCache.load(project)
    render(*_inputs(project), cache=cache)
    rendered = {rel for rel in cache.now if not rel.startswith("@")} - cache.reused
    # 1003's own pages, its neighbours' and related codes' English pages (they name it by its
    # enum name, but their keys include its entry), and the files made from the whole catalog.
    assert "docs/errors/1003.md" in rendered and "docs-zh/errors/1003.md" in rendered
    assert "docs/errors/10004.md" not in rendered and "docs-zh/errors/10010.md" not in rendered


def _write_catalog(root: Path, catalog: dict[str, Any]) -> None:
    text = yaml.safe_dump(catalog, sort_keys=False, allow_unicode=True, width=100)
    (root / "errors.yaml").write_text(text, encoding="utf-8")


def test_a_large_catalog_after_each_edit_equals_a_render_without_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Bug: a stored run of pieces of a whole-catalog file (generator/fragments.py) given back
    # after one of its codes changed, or after a code was added or removed inside it. The real
    # catalog's 18 codes fit in one run; these 300 make about ten per list.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    import bench

    catalog = bench.synthesize(300)
    root = bench.make_project(tmp_path / "large", catalog)
    generate(root)
    errors = catalog["errors"]
    referred = {code for e in errors for code in e.get("see_also", [])}
    middle = errors[150]
    steps: list[tuple[str, Callable[[], None]]] = [
        ("a message in the middle", lambda: middle.update(message=middle["message"] + " again")),
        ("a code removed", lambda: errors.remove(next(e for e in errors[100:] if e["code"] not in referred))),
        (
            "a code added in the middle",
            lambda: errors.append(
                {**copy.deepcopy(errors[7]), "code": errors[7]["code"] + 1000, "name": errors[7]["name"] + "_NEW"}
            ),
        ),
    ]
    for what, change in steps:
        change()
        _write_catalog(root, catalog)
        generate(root)
        assert on_disk_differs(root) == [], f"stale after {what}"
