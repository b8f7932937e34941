"""The files made from the whole catalog, rendered in proportion to the edit.

errors.json, the enum module, the client libraries and the index pages each hold one piece per
code. Their templates write that piece as a macro and list the pieces through ``memo.each``:

    {% macro member(e) %}
        {{ e.name }} = {{ e.code }},
    {% endmacro %}
    {{ memo.each(member, errors) }}{# each piece ends its line #}

``memo.each`` gives back each piece made for the same macro and arguments in the same file, and
calls the macro only for a new one (``last=True`` passes whether the item is the last, for the
languages whose lists end differently). An argument is known by its content: a code's entry (an
ErrorEntry, a translated copy of one, or a client record with its ``code``) by the hash of its
text (render.Keys); a plain value (a string, a number, a bool) by itself. A macro may read its
arguments and what every file shares (the catalog's settings and categories, the language's
phrases: render.Keys.base, which empties the store when it changes), nothing else: what it shows
of another code must be passed to it. tests/test_incremental.py compares the files after each
kind of edit with a render without any cache.

The store is kept in the user's cache folder between runs (journal.py).
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import journal
from .sanitize import _cache_folder

VERSION = 3
BLOCK = 32  # items per stored run of pieces, on average
_PLAIN = {str, int, bool, type(None)}


class Memo:
    """``memo.each(macro, items, *args)``: a piece per item, joined in Python (a template loop
    calling a function per code cost 3 us a call at 10,000 codes)."""

    def __init__(self, fragments: Fragments, file: str) -> None:
        self.fragments, self.file = fragments, file

    def each(self, macro: Any, items: Iterable[Any], *args: Any, sep: str = "", last: bool = False) -> str:
        """``macro(item, *args)`` for each item, or ``macro(item, is_last, *args)`` with ``last``.

        The pieces are kept by runs of about BLOCK items, cut where an item's hash says so (as
        rsync cuts files): a run is made again when one of its items changed, and an inserted
        item moves no cut. Fewer, longer pieces are quicker to look up and to load."""
        fragments = self.fragments
        fragments.files.add(self.file)  # on use: a file reused from the disk keeps its pieces (save)
        now, known = fragments.now, fragments.known
        items, runs = fragments.runs(items)
        extra = tuple(fragments._arg(value) for value in args)
        blocks = []
        for start, end, keys in runs:
            block_key = (self.file, macro.name, keys, extra, last and end == len(items))
            found = now.get(block_key)
            if found is None:
                found = known.get(block_key)
                if found is None:
                    found = sep.join(self._made(macro, items, start, end, args, last))
                    fragments.made += 1
                now[block_key] = found
            blocks.append(found)
        return sep.join(blocks)

    def _made(self, macro: Any, items: list[Any], start: int, end: int, args: tuple[Any, ...], last: bool) -> list[str]:
        if not last:
            return [str(macro(item, *args)) for item in items[start:end]]
        return [str(macro(items[at], at == len(items) - 1, *args)) for at in range(start, end)]


def _cut(key: Any) -> bool:
    """Whether a run of pieces ends after this item's: about one item in BLOCK."""
    if isinstance(key, tuple):  # an entry's hash, in hex
        return int(key[0][:4], 16) % BLOCK == 0
    return zlib.crc32(repr(key).encode()) % BLOCK == 0


def store_path(root: Path) -> Path:
    folder = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    return _cache_folder() / f"fragments-{folder}.pickle"


@dataclass
class Fragments:
    """Pieces of files by (file, template, macro, arguments), valid for one ``base``."""

    path: Path | None  # None: kept for this run only
    base: str = ""
    entry: dict[int, str] = field(default_factory=dict)  # code -> the hash of its entry (render.Keys)
    known: dict[tuple[Any, ...], str] = field(default_factory=dict)
    now: dict[tuple[Any, ...], str] = field(default_factory=dict)
    made: int = 0  # pieces made this run (the rest were given back)
    files: set[str] = field(default_factory=set)  # the files rendered this run
    loaded: str = ""  # the base the store was kept for
    keyed: dict[int, tuple[str]] = field(default_factory=dict)  # code -> its entry as an argument
    cuts: dict[Any, bool] = field(default_factory=dict)  # an entry argument -> whether a run ends there
    _runs: dict[int, tuple[Any, list[Any], list[tuple[int, int, tuple[Any, ...]]]]] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path | None) -> Fragments:
        if root is None:
            return cls(None)
        path = store_path(root)
        header, known = journal.read(path)  # valid for the base named in its header
        if not (isinstance(header, tuple) and len(header) == 2 and header[0] == VERSION):
            return cls(path)
        return cls(path, str(header[1]), known=known)

    def start(self, base: str, entry: dict[int, str]) -> None:
        """This run's shared inputs and entry hashes: a new base empties the store."""
        self.loaded = self.base
        if base != self.base:
            self.known = {}
        self.base, self.entry = base, entry
        self.keyed = {code: (key,) for code, key in entry.items()}
        self.cuts = {keyed: _cut(keyed) for keyed in self.keyed.values()}

    def memo_for(self, file: str) -> Memo:
        """The ``memo`` of the templates rendering ``file`` (macro names are unique among them)."""
        return Memo(self, file)

    def runs(self, items: Iterable[Any]) -> tuple[list[Any], list[tuple[int, int, tuple[Any, ...]]]]:
        """The items as a list, and its runs: (start, end, the items' keys). Worked out once per
        list: the templates list the same codes a dozen times."""
        found = self._runs.get(id(items))
        if found is not None and found[0] is items:
            return found[1], found[2]
        listed = list(items)
        keys = [self.key_of(item) for item in listed]
        cuts = self.cuts
        runs = []
        start = 0
        for end, key in enumerate(keys, 1):
            if end == len(keys) or (cuts[key] if key in cuts else _cut(key)):
                runs.append((start, end, tuple(keys[start:end])))
                start = end
        self._runs[id(items)] = (items, listed, runs)  # holds the list: its id stays its own
        return listed, runs

    def key_of(self, value: Any) -> Any:
        """``_arg`` for an item of a list: a code's entry, looked up by its code at once."""
        try:
            return self.keyed[value.code]
        except (AttributeError, KeyError):
            return self._arg(value)

    def _arg(self, value: Any) -> Any:
        """An argument as the key knows it: a plain value as itself, an entry as (its hash,)."""
        if type(value) in _PLAIN:
            return value
        try:
            return (self.entry[value.code],)
        except (AttributeError, KeyError):
            raise TypeError(
                f"memo cannot tell {type(value).__name__} arguments apart; pass a code's entry or plain values"
            ) from None

    def save(self) -> None:
        """Keep the pieces of this run."""
        if self.path is None or not self.made:
            return
        # A file reused from the disk asked for none of its pieces: they stay for its next edit.
        kept = {key: text for key, text in self.known.items() if key[0] not in self.files}
        journal.write(self.path, (VERSION, self.base), (VERSION, self.loaded), self.known, kept | self.now)
