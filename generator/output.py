"""The last step: write the rendered files, or compare them with the disk.

Generate and check share everything up to here; ``plan`` says what differs and
``write`` or ``report`` acts on it.
"""

from __future__ import annotations

import difflib
import fnmatch
import os
import shutil
import tempfile
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from .render import HEADER, OWNED_DIRS

FIX = "python -m generator  (or: make generate)"
# What a copy of the project needs to generate and build its sites (the tests and the
# benchmark copy these, so that they never touch the checkout); patterns, so that a new
# language's docs-<tag>/ and mkdocs.<tag>.yml come along without a change here.
PROJECT_FILES = (
    "errors.yaml",
    "docs",
    "docs-*",
    "src",
    "mkdocs.yml",
    "mkdocs.*.yml",
    "languages",
    "overrides",
    "releases",
    "clients",
)


def project_files(root: Path, skip: tuple[str, ...] = ()) -> list[str]:
    """PROJECT_FILES as they exist under ``root``, without the names in ``skip``."""
    found = [p.name for pattern in PROJECT_FILES for p in sorted(root.glob(pattern))]
    return [name for name in dict.fromkeys(found) if name not in skip]


@dataclass
class Plan:
    changed: dict[str, str] = field(default_factory=dict)  # path -> new content
    missing: dict[str, str] = field(default_factory=dict)
    encoded: dict[str, bytes] = field(default_factory=dict)  # the changed files' UTF-8, made once to compare
    unexpected: list[str] = field(default_factory=list)  # in an owned folder, not rendered

    @property
    def in_sync(self) -> bool:
        return not (self.changed or self.missing or self.unexpected)


def plan(root: Path, files: dict[str, str], unchanged: Collection[str] = ()) -> Plan:
    """What differs between ``files`` and the disk; ``unchanged`` were just read back from the
    disk (pagecache.py), so they are not read again."""
    result = Plan()
    for rel, content in files.items():
        if rel in unchanged:
            continue
        path = root / rel
        try:
            current = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            result.missing[rel] = content
            continue
        data = content.encode("utf-8")
        if current != data:
            result.changed[rel] = content
            result.encoded[rel] = data  # write() would encode it again: 0.1 s for 100 MB
    result.unexpected = [rel for rel in owned_files(root) if rel not in files]
    return result


def owned_files(root: Path) -> list[str]:
    """Every file in the folders the generator owns, relative to ``root``, sorted."""
    found: list[str] = []
    for owned in OWNED_DIRS:
        for folder in root.glob(owned):
            for parent, _, names in os.walk(folder):  # os.walk: pathlib's rglob cost 0.7 s at 20,000 files
                prefix = Path(parent).relative_to(root).as_posix()
                found.extend(f"{prefix}/{name}" for name in names)
    return sorted(found)


def write_file(path: Path, content: str | bytes) -> None:
    """Write beside the target and rename, so a reader sees the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content if isinstance(content, bytes) else content.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_new_folder(folder: Path, files: dict[str, str]) -> None:
    """Create ``folder`` with ``files`` (names inside it -> content) in one step: the files are
    written plainly into a sibling folder, which is then renamed into place. A reader sees no
    folder, then all of it; no file needs a temporary copy of its own, which at 10,000 pages
    costs more than writing them (see the Performance page)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".tmp"))
    try:
        for name, content in files.items():
            with open(scratch / name, "wb") as handle:
                handle.write(content.encode("utf-8"))
        os.rename(scratch, folder)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise


def _new_owned_folders(root: Path, pending: dict[str, str]) -> dict[str, dict[str, str]]:
    """The generated folders that do not exist yet, each with the files to create in it."""
    folders: dict[str, dict[str, str]] = {}
    for rel, content in pending.items():
        parent, _, name = rel.rpartition("/")
        if any(fnmatch.fnmatchcase(parent, owned) for owned in OWNED_DIRS) and not (root / parent).exists():
            folders.setdefault(parent, {})[name] = content
    return folders


def write(root: Path, todo: Plan) -> list[str]:
    """Apply the plan; return the paths touched, for the user."""
    touched: list[str] = []
    pending = {**todo.missing, **todo.changed}
    for parent, files in _new_owned_folders(root, pending).items():
        write_new_folder(root / parent, files)
        touched.extend(f"wrote   {parent}/{name}" for name in sorted(files))
        for name in files:
            del pending[f"{parent}/{name}"]
    for rel, content in sorted(pending.items()):
        # replaces an existing file by rename: readers see old or new
        write_file(root / rel, todo.encoded.get(rel) or content)
        touched.append(f"wrote   {rel}")
    for rel in todo.unexpected:
        if is_generated(root / rel):
            (root / rel).unlink()
            touched.append(f"removed {rel}")
        else:
            touched.append(f"kept    {rel}: not generated, so not deleted; move it out of {rel.rsplit('/', 1)[0]}/")
    return touched


def is_generated(path: Path) -> bool:
    """Generated files carry HEADER near their top: only those may be deleted."""
    with path.open("rb") as handle:
        return HEADER.encode() in handle.read(512)


def report(root: Path, todo: Plan, max_diff_lines: int = 12) -> list[str]:
    """Describe each difference, with a short diff, and the command that fixes them."""
    lines: list[str] = []
    for rel, content in sorted(todo.changed.items()):
        lines.append(f"stale:      {rel} differs from what errors.yaml produces")
        old = (root / rel).read_text(encoding="utf-8", errors="replace").splitlines()
        diff = list(
            difflib.unified_diff(old, content.splitlines(), f"{rel} (on disk)", f"{rel} (generated)", n=1, lineterm="")
        )
        lines.extend("    " + d for d in diff[:max_diff_lines])
        if len(diff) > max_diff_lines:
            lines.append(f"    ... {len(diff) - max_diff_lines} more diff lines")
    lines.extend(f"missing:    {rel}" for rel in sorted(todo.missing))
    lines.extend(
        f"unexpected: {rel} is in a generated folder but errors.yaml does not produce it" for rel in todo.unexpected
    )
    lines.append(
        f"{len(todo.changed) + len(todo.missing) + len(todo.unexpected)} generated file(s) out of date; fix with: {FIX}"
    )
    return lines
