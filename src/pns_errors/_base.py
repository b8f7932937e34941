"""Behaviour of the generated enums; their members and fields live in ``_catalog.py``.

Modelled on :class:`http.HTTPStatus`: each member is an int (or str) that carries
its phrase and documentation as attributes set once, when the class is built.
Which attributes a member has is declared in the generated module (from the
generator's one table of fields); this module only knows how to build members.
"""

from __future__ import annotations

from enum import Enum, IntEnum

# `import typing` alone costs more than the rest of the package (2 ms), and every
# client process imports this: types are for the type checker only.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


def public(value: object) -> object:
    """A member's attribute as errors.json writes it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, tuple):
        return [public(item) for item in value]
    if isinstance(value, dict):
        return {key: public(item) for key, item in value.items()}
    return value


def language_candidates(tag: str) -> list[str]:
    """The catalog languages to try for a tag or locale, most specific first:
    ``"zh_CN.UTF-8"`` -> ``["zh-cn", "zh"]``; ``"zh-Hant-TW"`` -> ``["zh-hant-tw", "zh-hant", "zh"]``."""
    base = tag.strip().split(".")[0].split("@")[0].replace("_", "-").lower()
    parts = [part for part in base.split("-") if part]
    return ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]


class Record:
    """A small immutable-by-convention record (e.g. a deprecation); fields are its ``__slots__``."""

    __slots__: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {name: public(getattr(self, name)) for name in self.__slots__}

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, Record) and other._values() == self._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class CategoryBase(Enum):
    """A group of error codes; the member's value is the category's id."""

    # Hidden from type checkers, so that `Category("pns")` reads as the lookup it is.
    if not TYPE_CHECKING:

        def __new__(cls, category_id, attributes):
            member = object.__new__(cls)
            member._value_ = category_id
            member.__dict__.update(attributes)  # one call, not one setattr per field: 10,000 members
            return member

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {getattr(self, 'title', self._value_)}>"


class ErrorCodeBase(IntEnum):
    """An error code of the API; the member's value is the code."""

    _value_: int

    # Hidden from type checkers, so that `ErrorCode(1003)` reads as the lookup it is.
    if not TYPE_CHECKING:

        def __new__(cls, code, attributes):
            member = int.__new__(cls, code)
            member._value_ = code
            member.__dict__.update(attributes)  # one call, not one setattr per field: 10,000 members
            return member

    @property
    def code(self) -> int:
        return self._value_

    @property
    def deprecated(self) -> bool:
        """True when the API still returns the code but clients should move on."""
        return getattr(self, "deprecation", None) is not None

    @property
    def retired(self) -> bool:
        """True when the API no longer returns the code; it is kept for old logs."""
        return getattr(self, "retirement", None) is not None

    @property
    def status(self) -> str:
        """``"active"``, ``"deprecated"`` or ``"retired"``, as in errors.json."""
        return "retired" if self.retired else "deprecated" if self.deprecated else "active"

    @property
    def replaced_by(self) -> Self | None:
        """The code that replaces a deprecated one, if the catalog names one."""
        target = getattr(getattr(self, "deprecation", None), "replaced_by", None)
        return type(self).get(target)

    @property
    def retryable(self) -> bool:
        """True when the request may succeed if sent again (``retry`` is not ``no``)."""
        retry = getattr(self, "retry", None)
        return retry is not None and retry != "no"

    @property
    def aliases(self) -> tuple[str, ...]:
        """Former names of this member; they still resolve to it."""
        return tuple(n for n, m in type(self).__members__.items() if m is self and n != self.name)

    @classmethod
    def get(cls, value: object) -> Self | None:
        """The member for an int or a numeric string such as ``" 10004 "``, else None."""
        if isinstance(value, str):
            if not value.isascii():  # full-width digits from a Chinese input method: `１００３`
                import unicodedata

                value = unicodedata.normalize("NFKC", value)
            text = value.strip()
            if not (text.isascii() and text.isdigit()) or len(text) > 12:
                return None
            value = int(text)
        elif isinstance(value, bool) or not isinstance(value, int):
            return None
        return cls._value2member_map_.get(value)  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {self._value_} {getattr(self, 'message', '')}>"
