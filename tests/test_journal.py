"""The caches' file (generator/journal.py): additions appended, rewritten when mostly unused."""

from __future__ import annotations

import os
from pathlib import Path

from generator import journal


def test_a_run_that_adds_little_appends_and_reading_gives_everything_kept(tmp_path: Path) -> None:
    # Bug: appended items lost on reading (only the first snapshot read back).
    path = tmp_path / "store.pickle"
    journal.write(path, ("v", 1), None, {}, {f"k{i}": i for i in range(100)})
    size = path.stat().st_size
    header, known = journal.read(path)
    journal.write(path, ("v", 1), header, known, {**known, "new": -1})
    assert path.stat().st_size > size  # appended, not rewritten smaller
    assert journal.read(path) == (("v", 1), {**{f"k{i}": i for i in range(100)}, "new": -1})


def test_a_mostly_unused_file_is_written_again_with_only_what_is_used(tmp_path: Path) -> None:
    # Bug: a file that only ever grows, keeping every piece of every past edit.
    path = tmp_path / "store.pickle"
    journal.write(path, ("v", 1), None, {}, {f"k{i}": i for i in range(100)})
    header, known = journal.read(path)
    journal.write(path, ("v", 1), header, known, {"k1": 1, "new": -1})
    assert journal.read(path) == (("v", 1), {"k1": 1, "new": -1})


def test_another_header_starts_the_file_again(tmp_path: Path) -> None:
    # Bug: items made for another generator or context kept under the new header.
    path = tmp_path / "store.pickle"
    journal.write(path, ("v", 1), None, {}, {"a": 1})
    header, known = journal.read(path)
    journal.write(path, ("v", 2), header, {}, {"b": 2})
    assert journal.read(path) == (("v", 2), {"b": 2})


def test_a_file_others_can_write_is_not_unpickled(tmp_path: Path) -> None:
    # Bug: unpickling (which runs code) a file another user could have written.
    path = tmp_path / "store.pickle"
    journal.write(path, ("v", 1), None, {}, {"a": 1})
    os.chmod(path, 0o666)
    assert journal.read(path) == (None, {})


def test_a_damaged_file_reads_as_empty(tmp_path: Path) -> None:
    # Bug: a traceback from a cache cut short by a full disk.
    path = tmp_path / "store.pickle"
    journal.write(path, ("v", 1), None, {}, {"a": "x" * 1000})
    path.write_bytes(path.read_bytes()[:-100])
    assert journal.read(path) == (None, {})
