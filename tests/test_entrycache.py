"""errors.yaml read entry by entry (generator/entrycache.py) gives what reading it whole gives.

The whole-file read (validate._load_whole) is the reference: it is the one path that finds and
reports problems. The chunked read must return an equal catalog, line numbers included, with
or without the cache of checked entries, or step aside (None) for the whole read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import REPO
from generator import validate
from generator.entrycache import EntryCache, split
from generator.model import Catalog
from generator.problems import InvalidCatalog
from generator.sanitize import MarkdownAudit

SOURCE = (REPO / "errors.yaml").read_text(encoding="utf-8")


def audit() -> MarkdownAudit:
    return MarkdownAudit(REPO / "mkdocs.yml")


def whole(text: str) -> Catalog:
    return validate._load_whole(text.encode("utf-8"), None, audit())


def chunked(text: str, cache: EntryCache | None = None) -> Catalog | None:
    return validate._load_by_entry(text.encode("utf-8"), None, audit(), cache or EntryCache(None))


def lines_of(catalog: Catalog) -> dict[int, int]:
    return {e.code: e.line for e in catalog.errors}


def restyled(indent: int) -> str:
    """The catalog as PyYAML writes it: entries at ``indent`` spaces, no comments, another key after `errors`."""
    data = yaml.safe_load(SOURCE)
    errors = data.pop("errors")
    text = yaml.safe_dump({k: v for k, v in data.items() if k != "allow_breaking"}, allow_unicode=True, sort_keys=False)
    body = yaml.safe_dump({"errors": errors}, allow_unicode=True, sort_keys=False, indent=2)
    if indent:  # PyYAML writes a list flush with its key; indent every line of it
        head, _, rest = body.partition("\n")
        body = head + "\n" + "".join(f"{' ' * indent}{line}\n" for line in rest.splitlines())
    tail = yaml.safe_dump({"allow_breaking": [{"code": 1001, "reason": "a test"}]}, sort_keys=False)
    return text + body + tail


@pytest.mark.parametrize(
    "text",
    [SOURCE, restyled(0), restyled(2), restyled(4), SOURCE.replace("\n  - code:", "\n  # a note\n\n  - code:")],
    ids=["the real file", "entries flush with the key", "indented 2", "indented 4", "comments between entries"],
)
def test_the_chunked_read_equals_the_whole_read(text: str) -> None:
    # Bug: a chunk cut in the wrong place, a line count off by one, a key after `errors` lost.
    expected = whole(text)
    found = chunked(text)
    assert found is not None, "a plain layout must take the chunked read"
    assert found == expected
    assert lines_of(found) == lines_of(expected)
    assert found.allow_breaking == expected.allow_breaking


def test_split_cuts_one_chunk_per_entry_and_keeps_every_line() -> None:
    # Bug: an entry's lines dropped, counted twice, or its first line misnumbered.
    chunks = split(SOURCE)
    assert chunks is not None
    assert len(chunks.texts) == SOURCE.count("\n  - code:")
    assert chunks.skeleton.count("\n") == SOURCE.count("\n")  # the entries' lines left empty, not removed
    joined = "".join(chunks.texts)
    assert joined in SOURCE and joined.startswith("  - code:")
    for start, text in zip(chunks.starts, chunks.texts, strict=True):
        assert SOURCE.splitlines()[start - 1] == text.splitlines()[0]


@pytest.mark.parametrize(
    "text",
    [
        SOURCE.replace("\n", "\r\n"),  # carriage returns
        SOURCE.replace("errors:\n", "errors: # the codes\n  # comment first\n", 1),
        SOURCE.replace("\nerrors:\n", "\nerrors:\n\tbad: 1\n", 1),
    ],
    ids=["CRLF", "a comment after the key", "a tab"],
)
def test_an_unusual_layout_still_reads_the_same(text: str) -> None:
    # Bug: the chunked read returning a different catalog for a layout it does not expect,
    # instead of stepping aside for the whole read.
    try:
        expected: Catalog | None = whole(text)
    except InvalidCatalog:
        expected = None
    found = chunked(text)
    assert found is None or found == expected


def test_the_cache_gives_back_entries_equal_to_a_fresh_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Bug: a cached entry given back for an edited text, or with the line of where it used to be.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = EntryCache.load(tmp_path)
    assert chunked(SOURCE, first) is not None
    edited = "# a comment\n\n" + SOURCE.replace("message: Invalid signature", "message: Signature invalid")
    again = EntryCache.load(tmp_path)
    assert again.known, "the first read kept its entries"
    found = chunked(edited, again)
    assert found == whole(edited)
    assert lines_of(found) == lines_of(whole(edited))
    assert len(again.known) - len(again.now) <= 1  # every unchanged entry came from the cache


def test_a_context_change_checks_every_entry_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Bug: entries checked against the old categories given back after a category's range changed.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    chunked(SOURCE, EntryCache.load(tmp_path))
    start = SOURCE.index("range: [", SOURCE.index("categories:"))
    end = SOURCE.index("]", start)
    narrowed = SOURCE[:start] + "range: [1, 2]" + SOURCE[end + 1 :]  # the category's codes now lie outside it
    assert chunked(narrowed, EntryCache.load(tmp_path)) is None
    with pytest.raises(InvalidCatalog):
        validate.load(narrowed.encode(), None, audit(), EntryCache.load(tmp_path))


def test_problems_are_reported_by_the_whole_read() -> None:
    # Bug: a problem in one entry reported with the chunk's line numbers, or not at all.
    bad = SOURCE.replace("message: Invalid signature", "mesage: Invalid signature", 1)
    with pytest.raises(InvalidCatalog) as by_load:
        validate.load(bad.encode(), None, audit())
    with pytest.raises(InvalidCatalog) as by_whole:
        whole(bad)
    assert by_load.value.problems == by_whole.value.problems
    line = bad[: bad.index("mesage:")].count("\n") + 1
    assert any(problem.line == line and "mesage" in problem.message for problem in by_load.value.problems)


def test_entry_lines_follow_their_text() -> None:
    # Bug: the stored line of a cached entry kept after lines were inserted above it.
    found = chunked("\n\n\n" + SOURCE)
    assert found is not None
    assert lines_of(found) == {code: line + 3 for code, line in lines_of(whole(SOURCE)).items()}
