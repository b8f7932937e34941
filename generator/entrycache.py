"""Read errors.yaml in proportion to the edit: each entry is parsed and checked once per text.

errors.yaml is cut into its skeleton (the file with the lines of every `errors:` entry blanked,
so line numbers stay) and one chunk of text per entry. The skeleton is read and checked as a
whole (it is small); an entry's chunk is looked up by its exact text in a cache of checked
entries, and only a chunk not found there is parsed and checked, alone. The cache is valid for
one *context*: the generator's code and what checking an entry reads besides its own text (the
categories and their ranges, `catalog.require`, the languages, the site URL, the Markdown
settings of mkdocs.yml). Checks across entries (unique codes and names, references) run on
every read.

Whenever anything is not plain (no cache yet, many entries changed, a chunk that does not read
as exactly one entry, any problem at all), validate.py reads the whole file the ordinary way:
problems are always found and reported by that one path, and this one only ever returns what
it would. tests/test_entrycache.py holds the two paths equal.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import journal
from .model import ErrorEntry, ErrorText, fingerprint
from .pagecache import code_key, digest
from .sanitize import _cache_folder

VERSION = 4
_ERRORS_KEY = re.compile(r"^errors:[ \t]*(#.*)?$", re.M)
_FIRST_ITEM = re.compile(r"\n( *)-(?: |$)", re.M)


@dataclass
class Chunks:
    """errors.yaml cut at its entries."""

    skeleton: str  # the whole file, each entry's lines left empty
    starts: list[int]  # the line (1-based) each entry starts on
    texts: list[str]  # each entry's text, its own lines only


def split(text: str) -> Chunks | None:
    """The skeleton and the entries' chunks; None for a layout this does not cut (then the whole
    file is read as usual): no top-level `errors:` line, carriage returns, entries not in block style."""
    if "\r" in text:
        return None
    key = _ERRORS_KEY.search(text)
    if key is None:
        return None
    first = _FIRST_ITEM.search(text, key.end())
    if first is None or text.count("\n", key.end(), first.start()) != _blank_or_comment(text, key.end(), first.start()):
        return None
    indent = first.group(1)
    # The entries end at the first line, other than a blank or a comment, that is less indented
    # than `- ` or as indented without being an entry.
    less = f" {{0,{len(indent) - 1}}}[^ \\n#]|" if indent else ""
    end = re.compile(f"\\n(?:{less}{indent}(?:[^ \\n#-]|-[^ \\n]))").search(text, first.start())
    stop = end.start() + 1 if end else len(text)
    marker = re.compile(f"\\n{indent}-(?= |\\n)")
    offsets = [m.start() + 1 for m in marker.finditer(text, first.start(), stop)]
    texts = [text[a:b] for a, b in zip(offsets, [*offsets[1:], stop], strict=True)]
    line = text.count("\n", 0, offsets[0]) + 1
    starts = []
    for chunk in texts:
        starts.append(line)
        line += chunk.count("\n")
    skeleton = text[: offsets[0]] + "\n" * text.count("\n", offsets[0], stop) + text[stop:]
    return Chunks(skeleton, starts, texts)


def _blank_or_comment(text: str, start: int, end: int) -> int:
    """How many of the lines between ``start`` and ``end`` are blank or comments (each ends in a newline)."""
    lines = text[start:end].split("\n")[1:]
    return sum(1 for line in lines if not line.strip() or line.lstrip().startswith("#"))


def context_key(
    categories: list[tuple[str, tuple[int, int] | None]],
    require: tuple[str, ...],
    languages: tuple[str, ...],
    site_url: str,
    markdown: tuple[list[str], dict[str, object]],
) -> str:
    """Everything checking one entry reads besides its own text."""
    settings = json.dumps([categories, require, languages, site_url, markdown], sort_keys=True, default=str)
    return digest(code_key(), settings)


def entry_key(context: str, text: str) -> str:
    """An entry's identity for the page cache: its text, read in its context."""
    return hashlib.blake2b(f"{context}\0{text}".encode(), digest_size=16).hexdigest()


def cache_path(root: Path) -> Path:
    return _cache_folder() / f"entries-{digest(str(root.resolve()))[:16]}.pickle"


@dataclass
class EntryCache:
    """Checked entries by their exact text, for one context; kept in the user's cache folder."""

    path: Path | None  # None: nothing is kept (tests, or a project without a cache)
    context: str = ""
    # chunk text -> the pickled ErrorEntry, its entry_key and the fingerprint of its English
    # (hashing 20 MB of text again cost 0.1 s, the fingerprints another 0.1 s)
    known: dict[str, tuple[bytes, str, str]] = field(default_factory=dict)
    now: dict[str, tuple[bytes, str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path) -> EntryCache:
        path = cache_path(root)
        header, known = journal.read(path)  # valid for the context named in its header
        if not (isinstance(header, tuple) and len(header) == 2 and header[0] == VERSION):
            return cls(path)
        return cls(path, str(header[1]), known)

    def lookup(self, context: str, text: str) -> tuple[ErrorEntry, str, str] | None:
        """A fresh copy of the entry checked for this text in this context, its key and its
        English's fingerprint; or None."""
        if context != self.context:
            return None
        found = self.known.get(text)
        if found is None:
            return None
        self.now[text] = found
        entry: ErrorEntry = pickle.loads(found[0])
        return entry, found[1], found[2]

    def remember(self, context: str, text: str, entry: ErrorEntry) -> tuple[str, str]:
        """Keep a newly checked entry; its key and its English's fingerprint."""
        key, english = entry_key(context, text), fingerprint(entry, ErrorText)
        self.now[text] = (pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL), key, english)
        return key, english

    def save(self, context: str) -> None:
        """Keep the entries of this read."""
        if self.path is None or (context == self.context and self.now.keys() == self.known.keys()):
            return
        old = (VERSION, self.context) if self.context else None
        journal.write(self.path, (VERSION, context), old, self.known if context == self.context else {}, self.now)
