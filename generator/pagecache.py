"""Work in proportion to the edit: a generated file is rendered again only when its inputs change.

Each file is keyed by a hash of exactly what it is made from (render.py says what: for a code
page, its entry with its translations, its neighbours for previous/next, its related codes, the
entry that replaces it; for every page, the generator's own files: its code, templates and
phrases, and the catalog's settings and categories). A manifest remembers, per file, the key
it was rendered for and the size and modification time (in nanoseconds) of the file written. A
file is reused only when its key is the same and the file on disk still has that size and time,
so a stale or hand-edited file is rendered again (as make, ninja and rsync tell a changed file:
reading 20,000 pages back to hash them cost a second at 10,000 codes); without a manifest (a
fresh clone, CI) everything is rendered.
Generate and ``--check`` use the same keys; only generate updates the manifest.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .fragments import Fragments
from .sanitize import _cache_folder
from .search_terms import WORDS_ZH

VERSION = 2
GENERATOR = Path(__file__).parent
SEARCH_WORDS = WORDS_ZH  # the Chinese search tags' word list (search_terms.py)


def digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


@cache
def code_key() -> str:
    """The generator itself: every file of it (code, templates, phrases), the word list of the
    Chinese search tags, and the versions of the libraries whose output lands in the files."""
    hasher = hashlib.sha256()
    for path in sorted(p for p in GENERATOR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        hasher.update(path.relative_to(GENERATOR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    if SEARCH_WORDS.exists():
        hasher.update(SEARCH_WORDS.read_bytes())
    for library in ("jinja2", "jieba", "pyyaml"):
        try:
            hasher.update(f"{library} {metadata.version(library)}\0".encode())
        except metadata.PackageNotFoundError:
            hasher.update(f"{library} none\0".encode())
    return hasher.hexdigest()


def manifest_path(root: Path) -> Path:
    """One manifest per project folder, in the user's cache folder (beside the Markdown audit's)."""
    return _cache_folder() / f"pages-{digest(str(root.resolve()))[:16]}.json"


@dataclass
class PageCache:
    """The manifest of one project folder: path -> [key, size, mtime_ns] of the file written."""

    root: Path | None  # None: nothing is reused or recorded (every file rendered)
    known: dict[str, list[Any]] = field(default_factory=dict)
    now: dict[str, list[Any]] = field(default_factory=dict)
    reused: set[str] = field(default_factory=set)  # files read back from the disk, not rendered
    fragments: Fragments = field(default_factory=lambda: Fragments(None))  # pieces of the whole-catalog files

    @classmethod
    def load(cls, root: Path) -> PageCache:
        fragments = Fragments.load(root)
        path = manifest_path(root)
        try:
            stat = path.stat()
            # Trusted only when this user alone can write it, as the Markdown audit's cache.
            if hasattr(os, "getuid") and (stat.st_uid != os.getuid() or stat.st_mode & 0o022):
                return cls(root, fragments=fragments)
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(root, fragments=fragments)
        if not isinstance(document, dict) or document.get("version") != VERSION:
            return cls(root, fragments=fragments)
        pages = document.get("pages")
        return cls(root, pages if isinstance(pages, dict) else {}, fragments=fragments)

    def file(self, path: str, key: str, make: Callable[[], str]) -> str:
        """The content of ``path`` for ``key``: ``make()``, unless the file on disk was written
        for this key and is unchanged since. Such a file is not read: its content is given as ""
        and its path is in ``reused`` (output.plan leaves it alone)."""
        if self.root is None:
            return make()
        found = self._on_disk(path, key)
        if found is not None:
            return found
        content = make()
        self.now[path] = [key]  # its size and time once written (save)
        return content

    def group(self, name: str, key: str, make: Callable[[], dict[str, str]]) -> dict[str, str]:
        """Files made together (the client libraries): all reused, or all made again."""
        if self.root is None:
            return make()
        known = self.known.get(f"@{name}")
        if known is not None and known[0] == key:
            found = {path: self._on_disk(path, key) for path in known[1].split("\n") if path}
            if all(content is not None for content in found.values()):
                self.now[f"@{name}"] = known
                return {path: content for path, content in found.items() if content is not None}
        files = make()
        for path in files:
            self.now[path] = [key]
        self.now[f"@{name}"] = [key, "\n".join(sorted(files))]
        return files

    def _on_disk(self, path: str, key: str) -> str | None:
        """ "" when the file was written for ``key`` and has not changed since; else None."""
        known = self.known.get(path)
        if known is None or known[0] != key or self.root is None or len(known) != 3:
            return None
        try:
            stat = os.stat(f"{self.root}/{path}")  # a string: joining 20,000 Paths cost 0.1 s
            if [stat.st_size, stat.st_mtime_ns] != known[1:]:
                return None
        except OSError:
            return None
        self.now[path] = known
        self.reused.add(path)
        return ""

    def save(self) -> None:
        """Record what is now on disk (after generate wrote it); best effort, as every cache here."""
        if self.root is None:
            return
        self.fragments.save()
        for rel, known in self.now.items():
            if len(known) == 1:  # rendered this run: now written, or already equal on disk
                try:
                    stat = os.stat(self.root / rel)
                except OSError:
                    continue
                known.extend([stat.st_size, stat.st_mtime_ns])
        now = {rel: known for rel, known in self.now.items() if len(known) != 1}
        path = manifest_path(self.root)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": VERSION, "pages": now}, handle, separators=(",", ":"))
            os.replace(tmp, path)
        except OSError:
            pass
