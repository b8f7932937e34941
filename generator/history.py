"""Published releases of the catalog: the guard against breaking changes, and the changelog.

"Published" means frozen in ``releases/<version>.json`` by ``python -m generator
--release`` (``make release``). Every code in any release is published forever:
it may be deprecated or retired, never deleted, renamed without an alias, or
reused for a new meaning; and the catalog version never goes down (validate.py
checks that one, against the newest release).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Catalog, ErrorEntry, version_key
from .problems import Problem

RELEASES = "releases"


@dataclass(frozen=True)
class Published:
    """One error as a release recorded it."""

    code: int
    name: str
    message: str
    status: str
    aliases: tuple[str, ...]

    @classmethod
    def of(cls, entry: ErrorEntry) -> Published:
        return cls(entry.code, entry.name, entry.message, entry.status, entry.aliases)


@dataclass
class Release:
    version: str
    errors: dict[int, Published]


class BadRelease(Exception):
    """A file under releases/ that cannot be read: it was edited or damaged."""


def load_releases(root: Path) -> list[Release]:
    """Every release under ``releases/``, oldest first."""
    found = []
    for path in sorted((root / RELEASES).glob("*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            errors = {
                e["code"]: Published(e["code"], e["name"], e["message"], e["status"], tuple(e.get("aliases", [])))
                for e in document["errors"]
            }
            version = document["catalog"]["version"]
            version_key(version)
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise BadRelease(
                f"{RELEASES}/{path.name}: cannot read this release ({type(error).__name__}: {error}); "
                f"releases are never edited: restore it with `git checkout -- {RELEASES}/{path.name}`"
            ) from None
        found.append(Release(version, errors))
    return sorted(found, key=lambda r: version_key(r.version))


def current(catalog: Catalog) -> Release:
    return Release(catalog.version, {e.code: Published.of(e) for e in catalog.errors})


def guard(catalog: Catalog, releases: list[Release]) -> tuple[list[Problem], list[str]]:
    """Problems that refuse the catalog, and warnings for breaks it allows explicitly."""
    problems: list[Problem] = []
    warnings: list[str] = []
    last_seen: dict[int, tuple[str, Published]] = {}
    names_seen: dict[int, set[str]] = {}
    for release in releases:
        for code, published in release.errors.items():
            last_seen[code] = (release.version, published)
            names_seen.setdefault(code, set()).update((published.name, *published.aliases))
    by_code = {e.code: e for e in catalog.errors}
    for code, (version, old) in sorted(last_seen.items()):
        entry = by_code.get(code)
        allowed = catalog.allow_breaking.get(code)
        found = _breaks(code, version, old, entry, names_seen[code])
        if not found:
            continue
        if allowed:
            warnings.extend(f"WARNING: breaking change allowed by allow_breaking ({allowed}): {f}" for f in found)
            continue
        line = entry.line if entry else _nearest_line(catalog, code)
        problems.extend(Problem(line, 1, f) for f in found)
    return problems, warnings


def _breaks(code: int, version: str, old: Published, entry: ErrorEntry | None, names: set[str]) -> list[str]:
    where = f"published in {version} ({RELEASES}/{version}.json)"
    if entry is None:
        return [
            f"code {code} {old.name} was {where} and cannot be deleted: old clients and logs still carry it; "
            f"keep it and mark it `retired: {{since: ..., reason: ...}}`"
        ]
    found = []
    missing = sorted(n for n in names if n != entry.name and n not in entry.aliases)
    if missing:
        found.append(
            f"code {code} was {where} as {', '.join(missing)}; clients use that name: "
            f"keep it as `aliases: [{', '.join(missing)}]`"
        )
    if old.status == "retired" and entry.status != "retired":
        found.append(f"code {code} was retired in a published release; a retired code never comes back: use a new code")
    elif old.status == "retired" and entry.message != old.message:
        found.append(
            f"code {code} is retired and its message changed ({old.message!r} → {entry.message!r}): "
            "a retired code is never reused for a new meaning; give the new meaning a new code"
        )
    return found


def _nearest_line(catalog: Catalog, code: int) -> int:
    after = [e for e in catalog.errors if e.code > code]
    return (after[0] if after else catalog.errors[-1]).line


@dataclass
class Changes:
    version: str
    released: bool
    first: bool  # the first version of the catalog: everything in it is new
    added: list[Published] = field(default_factory=list)
    deprecated: list[Published] = field(default_factory=list)
    retired: list[Published] = field(default_factory=list)
    renamed: list[tuple[Published, Published]] = field(default_factory=list)
    messages: list[tuple[Published, Published]] = field(default_factory=list)
    removed: list[Published] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.deprecated or self.retired or self.renamed or self.messages or self.removed)


def _diff(before: Release | None, after: Release, released: bool) -> Changes:
    changes = Changes(after.version, released, first=before is None)
    old = before.errors if before else {}
    for code, new in sorted(after.errors.items()):
        previous = old.get(code)
        if previous is None:
            changes.added.append(new)
            continue
        if new.status != previous.status:
            if new.status == "deprecated":
                changes.deprecated.append(new)
            elif new.status == "retired":
                changes.retired.append(new)
        if new.name != previous.name:
            changes.renamed.append((previous, new))
        if new.message != previous.message:
            changes.messages.append((previous, new))
    changes.removed = [old[c] for c in sorted(set(old) - set(after.errors))]
    return changes


def changelog(catalog: Catalog, releases: list[Release]) -> list[Changes]:
    """What changed in each release, newest first, with unreleased changes on top."""
    sections = []
    previous: Release | None = None
    for release in releases:
        sections.append(_diff(previous, release, released=True))
        previous = release
    now = current(catalog)
    pending = _diff(previous, now, released=False)
    if previous is None or not pending.empty:
        sections.append(pending)
    return list(reversed(sections))


def release_document(root: Path, catalog: Catalog, document: dict[str, Any]) -> tuple[Path, str, str | None]:
    """The release file for the catalog's version, its text, and an error if it would change a release."""
    path = root / RELEASES / f"{catalog.version}.json"
    frozen = {**document, "$comment": "release snapshot written by `python -m generator --release`; never edit"}
    text = json.dumps(frozen, ensure_ascii=False, indent=2) + "\n"
    if path.exists() and path.read_text(encoding="utf-8") != text:
        return (
            path,
            text,
            (
                f"release {catalog.version} is already published and differs from the catalog; "
                "raise `catalog.version` to release the changes"
            ),
        )
    return path, text, None
