"""A dict kept between runs in one file of the user's cache folder: a snapshot, then appended additions.

The caches of entries (entrycache.py) and of pieces (fragments.py) hold tens of megabytes at
10,000 codes, and an edit changes a few of their items: writing them whole took half a second
per run. So a run appends what it added; the file is written whole again only when more than a
quarter of it is no longer used (or when what it is valid for, its ``header``, changed).
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

_ERRORS = (OSError, ValueError, EOFError, pickle.UnpicklingError, TypeError, AttributeError, IndexError)


def read(path: Path) -> tuple[Any, dict[Any, Any]]:
    """The header the file was written with, and its items (None, {} when missing or unreadable)."""
    items: dict[Any, Any] = {}
    try:
        stat = path.stat()
        # Unpickling runs code: trusted only when this user alone can write the file.
        if hasattr(os, "getuid") and (stat.st_uid != os.getuid() or stat.st_mode & 0o022):
            return None, {}
        with path.open("rb") as handle:
            found = pickle.load(handle)
            while True:
                try:
                    items.update(pickle.load(handle))
                except EOFError:
                    break
    except _ERRORS:
        return None, {}
    return found, items


def write(path: Path | None, header: Any, old_header: Any, known: dict[Any, Any], now: dict[Any, Any]) -> None:
    """Keep ``now`` (the items this run used or made); best effort, as every cache here."""
    if path is None:
        return
    added = {key: value for key, value in now.items() if key not in known}
    unused = len(known) - (len(now) - len(added))
    try:
        if old_header == header and known and unused * 4 <= len(known):
            if added:
                with path.open("ab") as handle:
                    pickle.dump(added, handle, protocol=pickle.HIGHEST_PROTOCOL)
            return
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(header, handle, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(now, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
