"""Behaviour of the generated enums; their members live in ``_catalog.py``.

Modelled on :class:`http.HTTPStatus`: each member is an int (or str) that carries
its phrase and documentation as attributes set once, when the class is built.
"""

from __future__ import annotations

from enum import Enum, IntEnum

# `import typing` alone costs more than the rest of the package (2 ms), and every
# client process imports this: types are for the type checker only.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class Deprecation:
    """The API still returns the code, but clients should move on (to ``replaced_by``)."""

    __slots__ = ("since", "reason", "replaced_by")

    def __init__(self, since: str, reason: str, replaced_by: int | None = None) -> None:
        self.since = since
        self.reason = reason
        self.replaced_by = replaced_by

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Deprecation) and (self.since, self.reason, self.replaced_by) == (
            other.since,
            other.reason,
            other.replaced_by,
        )

    def __hash__(self) -> int:
        return hash((self.since, self.reason, self.replaced_by))

    def __repr__(self) -> str:
        return f"Deprecation(since={self.since!r}, reason={self.reason!r}, replaced_by={self.replaced_by!r})"


class Retirement:
    """The API no longer returns the code; it stays documented for old logs and clients."""

    __slots__ = ("since", "reason")

    def __init__(self, since: str, reason: str) -> None:
        self.since = since
        self.reason = reason

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Retirement) and (self.since, self.reason) == (other.since, other.reason)

    def __hash__(self) -> int:
        return hash((self.since, self.reason))

    def __repr__(self) -> str:
        return f"Retirement(since={self.since!r}, reason={self.reason!r})"


class CategoryBase(Enum):
    """A group of error codes; the member's value is the category's id."""

    title: str
    description: str
    range: tuple[int, int] | None

    def __new__(cls, category_id: str, title: str, description: str, low: int = 0, high: int = 0) -> Self:
        member = object.__new__(cls)
        member._value_ = category_id
        member.title = title
        member.description = description
        member.range = (low, high) if high else None
        return member

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {self.title}>"


class ErrorCodeBase(IntEnum):
    """An error code of the API; the member's value is the code."""

    message: str
    category: CategoryBase
    solution: str
    description: str
    doc_url: str
    since: str
    deprecation: Deprecation | None
    retirement: Retirement | None

    def __new__(
        cls,
        code: int,
        message: str,
        category: CategoryBase,
        description: str,
        solution: str,
        doc_url: str,
        since: str = "",
        deprecation: Deprecation | None = None,
        retirement: Retirement | None = None,
    ) -> Self:
        member = int.__new__(cls, code)
        member._value_ = code
        member.message = message
        member.category = category
        member.description = description
        member.solution = solution
        member.doc_url = doc_url
        member.since = since
        member.deprecation = deprecation
        member.retirement = retirement
        return member

    @property
    def code(self) -> int:
        return self._value_

    @property
    def deprecated(self) -> bool:
        """True when the API still returns the code but clients should move on."""
        return self.deprecation is not None

    @property
    def retired(self) -> bool:
        """True when the API no longer returns the code; it is kept for old logs."""
        return self.retirement is not None

    @property
    def status(self) -> str:
        """``"active"``, ``"deprecated"`` or ``"retired"``, as in errors.json."""
        return "retired" if self.retirement else "deprecated" if self.deprecation else "active"

    @property
    def replaced_by(self) -> Self | None:
        """The code that replaces a deprecated one, if the catalog names one."""
        target = self.deprecation.replaced_by if self.deprecation else None
        return type(self).get(target)

    @classmethod
    def get(cls, value: object) -> Self | None:
        """The member for an int or a numeric string such as ``" 10004 "``, else None."""
        if isinstance(value, str):
            text = value.strip()
            if not (text.isascii() and text.isdigit()) or len(text) > 12:
                return None
            value = int(text)
        elif isinstance(value, bool) or not isinstance(value, int):
            return None
        return cls._value2member_map_.get(value)  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {self._value_} {self.message}>"
