"""The files made from the whole catalog, rendered in proportion to the edit.

errors.json, the enum module, the client libraries and the index pages each hold one piece per
code. Their templates write that piece as a macro and call it through ``memo``:

    {% macro member(e) %}  {{ e.name }} = {{ e.code }},{% endmacro %}
    {% for e in errors %}{{ memo(member, e) }}{% endfor %}

``memo`` gives back the piece made for the same template, macro and arguments in the same
file, and calls the macro only for a new one. An argument is known by its content: a code's
entry (an ErrorEntry, a translated copy of one, or a record with its ``code``) by the hash of
its text (render.Keys); a plain value (a bool such as ``loop.last``, a number, a string) by
itself. A macro may read its arguments and what every file shares (the catalog's settings and
categories, the language's phrases: render.Keys.base, which empties the store when it changes),
nothing else: what it shows of another code must be passed to it. tests/test_incremental.py
compares the files after each kind of edit with a render without any cache.

The store is kept in the user's cache folder between runs, as the page cache's manifest.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .sanitize import _cache_folder

VERSION = 1


def store_path(root: Path) -> Path:
    folder = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    return _cache_folder() / f"fragments-{folder}.pickle"


@dataclass
class Fragments:
    """Pieces of files by (file, template, macro, arguments), valid for one ``base``."""

    path: Path | None  # None: kept for this run only
    base: str = ""
    entry: dict[int, str] = field(default_factory=dict)  # code -> the hash of its entry (render.Keys)
    known: dict[tuple[str, ...], str] = field(default_factory=dict)
    now: dict[tuple[str, ...], str] = field(default_factory=dict)
    made: int = 0  # pieces made this run (the rest were given back)
    files: set[str] = field(default_factory=set)  # the files rendered this run

    @classmethod
    def load(cls, root: Path | None) -> Fragments:
        if root is None:
            return cls(None)
        path = store_path(root)
        try:
            stat = path.stat()
            # Unpickling runs code: trusted only when this user alone can write the file.
            if hasattr(os, "getuid") and (stat.st_uid != os.getuid() or stat.st_mode & 0o022):
                return cls(path)
            with path.open("rb") as handle:
                version, base, known = pickle.load(handle)
        except (OSError, ValueError, EOFError, pickle.UnpicklingError, TypeError):
            return cls(path)
        if version != VERSION or not isinstance(known, dict):
            return cls(path)
        return cls(path, base, known=known)

    def start(self, base: str, entry: dict[int, str]) -> None:
        """This run's shared inputs and entry hashes: a new base empties the store."""
        if base != self.base:
            self.known = {}
        self.base, self.entry = base, entry

    def memo_for(self, file: str) -> Callable[..., str]:
        """The ``memo`` of the templates rendering ``file`` (macro names are unique among them)."""
        self.files.add(file)

        def memo(macro: Any, *args: Any) -> str:
            key = (file, macro.name, *map(self._arg, args))
            found = self.now.get(key)
            if found is None:
                found = self.known.get(key)
                if found is None:
                    found = str(macro(*args))
                    self.made += 1
                self.now[key] = found
            return found

        return memo

    def _arg(self, value: Any) -> str:
        if isinstance(value, (bool, int, str)) or value is None:
            return repr(value)
        code = value["code"] if isinstance(value, dict) else getattr(value, "code", None)
        if isinstance(code, int) and code in self.entry:
            return "#" + self.entry[code]
        raise TypeError(
            f"memo cannot tell {type(value).__name__} arguments apart; pass the code's entry or plain values"
        )

    def save(self) -> None:
        """Keep the pieces of this run (best effort, as every cache here)."""
        if self.path is None or not self.made:
            return
        # A file reused from the disk asked for none of its pieces: they stay for its next edit.
        kept = {key: text for key, text in self.known.items() if key[0] not in self.files}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump((VERSION, self.base, kept | self.now), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
        except OSError:
            pass
