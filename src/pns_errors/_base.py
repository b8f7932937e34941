"""Behaviour of the generated enums; their members and fields live in ``_catalog.py``.

Modelled on :class:`http.HTTPStatus`: each member is an int (or str) that carries
its phrase and documentation as attributes. Which attributes a member has is
declared in the generated module (from the generator's one table of fields); this
module only knows how to build members (``add_members``) and read their fields.
"""

from __future__ import annotations

from enum import Enum, IntEnum

# `import typing` alone costs more than the rest of the package (2 ms), and every
# client process imports this: types are for the type checker only.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Self

    # A stored field: its place in a member's row, and what turns the row's value into the
    # attribute's (an enum's lookup, a record; None: the value as it is).
    Fields = dict[str, tuple[int, Callable[[Any], object] | None]]


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


def one(model: Callable[..., object]) -> Callable[[tuple[object, ...]], object]:
    """A record field's conversion: ``("1.1.0", "why")`` -> ``Deprecation("1.1.0", "why")``."""
    return lambda raw: model(*raw)


def each(convert: Callable[[Any], object]) -> Callable[[tuple[object, ...]], tuple[object, ...]]:
    """A list field's conversion: each item converted."""
    return lambda raw: tuple(convert(item) for item in raw)


def by_value(enum: type[Enum]) -> Callable[[Any], object]:
    """An enum field's conversion: ``"pns"`` -> ``Category.PNS``. The lookup ``Category("pns")``
    makes, without its two Python calls (30,000 fields at 10,000 codes)."""
    return enum._value2member_map_.__getitem__


class _Stored:
    """A stored field of the members (add_members). Its first read takes the value from the
    member's row, converts it and keeps it in the member's ``__dict__``, where every later read
    finds it first: a descriptor without ``__set__`` is consulted only when the instance has no
    such attribute."""

    __slots__ = ("at", "convert", "name")

    def __init__(self, name: str, at: int, convert: Callable[[Any], object] | None) -> None:
        self.name, self.at, self.convert = name, at, convert

    def __get__(self, member: Enum | None, owner: type | None = None) -> object:
        if member is None:  # `ErrorCode.message`: a field of the members, not of the class
            raise AttributeError(f"type object {getattr(owner, '__name__', '?')!r} has no attribute {self.name!r}")
        value = member.__dict__["_row"][self.at]
        if value is not None and self.convert is not None:
            value = self.convert(value)
        member.__dict__[self.name] = value
        return value


def add_members(cls: type[Enum], fields: Fields, rows: tuple[tuple[Any, ...], ...]) -> None:
    """Give an enum class, declared without members, one member per row:
    ``(name, value, former names, stored field values...)``, each field at the place
    ``fields`` gives, read on first use (``_Stored``).

    The same members, lookups, order, aliases and pickling as members declared in the
    class body, whose creation costs Enum ~7 µs each (``_EnumDict.__setitem__``,
    ``_proto_member.__set_name__``), 70 ms at 10,000 codes, where this loop costs a
    tenth of that and ``rows`` is one constant of the compiled module. The attributes
    set are those ``__set_name__`` sets, in Python 3.11 to 3.13.
    """
    taken = {name for base in cls.__mro__ for name in vars(base)}  # a method or property of that name
    for name, (at, convert) in fields.items():
        if name in taken:
            raise TypeError(f"{cls.__name__}: the field name {name!r} is already taken")
        type.__setattr__(cls, name, _Stored(name, at, convert))
        taken.add(name)
    names, by_name, by_value_ = cls._member_names_, cls._member_map_, cls._value2member_map_
    member_type = vars(cls)["_member_type_"]  # int for an IntEnum, str, or object
    plain = member_type is object
    for row in rows:
        name, value, aliases = row[0], row[1], row[2]
        member = object.__new__(cls) if plain else member_type.__new__(cls, value)
        attributes = member.__dict__
        attributes["_value_"] = value
        attributes["_name_"] = name
        attributes["__objclass__"] = cls
        attributes["_sort_order_"] = len(names)
        attributes["_row"] = row
        names.append(name)
        by_value_[value] = member
        for key in (name, *aliases):
            if key in taken or key in by_name:
                raise TypeError(f"{cls.__name__}: the member name {key!r} is already taken")
            by_name[key] = member
            type.__setattr__(cls, key, member)


class CategoryBase(Enum):
    """A group of error codes; the member's value is the category's id."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {getattr(self, 'title', self._value_)}>"


class ErrorCodeBase(IntEnum):
    """An error code of the API; the member's value is the code."""

    _value_: int

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
        return tuple(vars(self)["_row"][2])  # as add_members gave them: not a scan of every member

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
