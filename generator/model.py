"""The validated catalog: what every template renders from."""

from __future__ import annotations

from dataclasses import dataclass, field


def version_key(version: str) -> tuple[int, ...]:
    """``"1.10.0"`` -> ``(1, 10, 0)``, so that versions compare as numbers."""
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    description: str  # Markdown
    range: tuple[int, int] | None


@dataclass(frozen=True)
class Deprecation:
    since: str
    reason: str
    replaced_by: int | None = None


@dataclass(frozen=True)
class Retirement:
    since: str
    reason: str


@dataclass(frozen=True)
class ErrorEntry:
    code: int
    name: str
    category: str
    message: str  # plain text, one line
    solution: str  # Markdown without raw HTML
    line: int  # where the entry starts in errors.yaml, for "edit this error" links
    description: str = ""  # Markdown: what the error means
    see_also: tuple[int, ...] = ()
    since: str = ""
    deprecated: Deprecation | None = None
    retired: Retirement | None = None
    aliases: tuple[str, ...] = ()

    @property
    def status(self) -> str:
        if self.retired:
            return "retired"
        return "deprecated" if self.deprecated else "active"


@dataclass(frozen=True)
class Catalog:
    title: str
    package: str
    site_url: str  # ends with "/"
    version: str
    categories: tuple[Category, ...]
    errors: tuple[ErrorEntry, ...]  # sorted by code
    repo_url: str = ""  # where errors.yaml can be edited online, if anywhere
    allow_breaking: dict[int, str] = field(default_factory=dict)  # code -> reason (see history.py)
    _by_code: dict[int, ErrorEntry] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update((e.code, e) for e in self.errors)

    def doc_url(self, code: int) -> str:
        return f"{self.site_url}errors/{code}/"

    def error(self, code: int) -> ErrorEntry:
        return self._by_code[code]

    def in_category(self, category_id: str) -> list[ErrorEntry]:
        return [e for e in self.errors if e.category == category_id]
