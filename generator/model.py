"""The validated catalog, and the one declaration of every field's shape.

Each field of the classes below is declared once, with ``spec(...)``: its key
(the attribute's name, which is also the YAML key and the errors.json key), its
type and rule (a ``Check``), whether it is required, its default, and what it
means. From these declarations come the validation (validate.py), both JSON
Schemas (schemas.py), the errors.json record and the enum member's data
(render.py, catalog.py.j2). Adding an optional field is one line here, plus
whatever page shows it.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pns_errors._rules import page_path

from . import checks
from .checks import Check


def version_key(version: str) -> tuple[int, ...]:
    """``"1.10.0"`` -> ``(1, 10, 0)``, so that versions compare as numbers."""
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True)
class Field:
    key: str
    check: Check
    doc: str
    required: bool
    default: Any
    public: bool  # in errors.json and on the enum
    member: str  # the attribute that holds it on an enum member
    stored: bool  # passed to the member when it is built (not: code, name, aliases)

    @property
    def python(self) -> str:
        """The attribute's type on the enum member."""
        if self.check.translations:
            return self.check.python  # an empty dict when there are none
        return f"{self.check.python} | None" if self.default is None and not self.required else self.check.python


def spec(
    check: Check,
    doc: str,
    *,
    required: bool = False,
    default: Any = None,
    public: bool = True,
    member: str = "",
    stored: bool = True,
) -> Any:
    """Declare a field: ``code: int = spec(checks.CODE, "...", required=True)``."""
    meta = {"spec": (check, doc, required, default, public, member, stored)}
    return field(metadata=meta) if required else field(default=default, metadata=meta)


_FIELDS: dict[type, list[Field]] = {}  # fields_of is called for every error read and rendered


def fields_of(model: type) -> list[Field]:
    """The declared fields of a model class, in order."""
    if model in _FIELDS:
        return _FIELDS[model]
    found = _FIELDS[model] = []
    for f in dataclasses.fields(model):
        if "spec" in f.metadata:
            check, doc, required, default, public, member, stored = f.metadata["spec"]
            found.append(Field(f.name, check, doc, required, default, public, member or f.name, stored))
    return found


CATEGORY_ID = checks.Check(
    checks.LINE.read,
    {"type": "string", "description": "The id of a category."},
    {"type": "string"},
    "Category",
    enum=True,
)


SOURCE = checks.pattern(r"[0-9a-f]{8}", "must be the 8 hex digits `python -m generator --check` prints")
SOURCE_DOC = (
    "The fingerprint of the English text this translation was made from. When the English "
    "changes, the fingerprint no longer matches and --check lists the translation as stale."
)


@dataclass(frozen=True, kw_only=True)
class CategoryText:
    """A category's title and description in one language."""

    title: str = spec(checks.LINE, "The category's heading.", required=True)
    description: str = spec(checks.MARKDOWN, "What the codes of this category have in common.", required=True)
    source: str = spec(SOURCE, SOURCE_DOC, required=True, public=False)


@dataclass(frozen=True, kw_only=True)
class ErrorText:
    """An error's texts in one language; the English `message` stays the API's own."""

    message: str = spec(checks.LINE, "The message, translated for readers (the API sends the English).", required=True)
    description: str = spec(checks.MARKDOWN, "What the error means.", default="")
    solution: str = spec(checks.MARKDOWN, "Causes and fixes.", required=True)
    ask_for: str = spec(checks.MARKDOWN, "What support asks the customer for.", default="")
    triage_note: str = spec(checks.LINE, "Why fix_by and retry are what they are.", default="")
    synonyms: tuple[str, ...] = spec(
        checks.list_of(checks.LINE),
        "Words people of this language use for the code's concepts (not a translation of the English ones); "
        "the site's search and `pns-errors search` find the code by them.",
        default=(),
    )
    deprecated_reason: str = spec(checks.LINE, "`deprecated.reason`, translated.", default="")
    retired_reason: str = spec(checks.LINE, "`retired.reason`, translated.", default="")
    source: str = spec(SOURCE, SOURCE_DOC, required=True, public=False)


# Translated keys that name a field of a nested English record: deprecated_reason is deprecated.reason.
NESTED = {"deprecated_reason": ("deprecated", "reason"), "retired_reason": ("retired", "reason")}


# Keys of a translation that are its language's own, not a translation of the English:
# they neither make a translation stale nor are required when the English has them.
OWN_KEYS = {"source", "synonyms"}


@functools.cache  # asked twice per entry and language on every run
def translated_keys(text_model: type) -> tuple[str, ...]:
    """The English fields a translation model translates (all its fields but OWN_KEYS)."""
    return tuple(f.key for f in fields_of(text_model) if f.key not in OWN_KEYS)


def english_text(english: Any, key: str) -> str:
    """The English a translated key covers; "" where the English has none."""
    if key in NESTED:
        record, field_name = NESTED[key]
        nested = getattr(english, record)
        return getattr(nested, field_name) if nested is not None else ""
    return str(getattr(english, key))


def fingerprint(english: Any, text_model: type) -> str:
    """8 hex digits that change whenever any English text a translation covers changes."""
    import hashlib
    import json

    keys = translated_keys(text_model)
    texts: list[str | list[str]] = [english_text(english, key) for key in keys if key not in NESTED]
    # Appended only when present, so that adding these keys left existing fingerprints as they were.
    texts += [[key, english_text(english, key)] for key in NESTED if key in keys and english_text(english, key)]
    return hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode("utf-8")).hexdigest()[:8]


TRANSLATIONS_DOC = "The texts in other languages, keyed by language tag (each must be listed in catalog.languages)."


@dataclass(frozen=True, kw_only=True)
class Category:
    id: str = spec(
        checks.pattern(
            r"[a-z][a-z0-9_-]*",
            "must be lowercase letters, digits, `-` or `_`, starting with a letter",
            **{"not": {"const": "index"}},
        ),
        "Lowercase id; also the page errors/<id>/ and the Category enum member's value.",
        required=True,
        member="value",
        stored=False,
    )
    title: str = spec(checks.LINE, "The category's heading.", required=True)
    description: str = spec(checks.MARKDOWN, "What the codes of this category have in common.", required=True)
    range: tuple[int, int] | None = spec(
        checks.RANGE, "The first and last code of the category; every code of it lies here, also ones added later."
    )
    translations: dict[str, CategoryText] = spec(checks.translations(CategoryText), TRANSLATIONS_DOC, default=None)
    line: int = 0  # where the entry starts in errors.yaml


@dataclass(frozen=True, kw_only=True)
class Deprecation:
    """The API still returns the code, but clients should move on (to ``replaced_by``)."""

    since: str = spec(checks.VERSION, "The catalog version that deprecated it.", required=True)
    reason: str = spec(checks.LINE, "Why, in one line.", required=True)
    replaced_by: int | None = spec(checks.CODE, "The code to use instead, if any.")


@dataclass(frozen=True, kw_only=True)
class Retirement:
    """The API no longer returns the code; it stays documented for old logs and clients."""

    since: str = spec(checks.VERSION, "The catalog version that retired it.", required=True)
    reason: str = spec(checks.LINE, "Why, in one line.", required=True)


@dataclass(frozen=True, kw_only=True)
class Variant:
    """Another wording of the message that the API is known to send, and where it was seen."""

    text: str = spec(checks.LINE, "The wording, verbatim (plain text).", required=True)
    seen_in: str = spec(checks.LINE, "Where it was seen: a page of the API's documentation, a log.", required=True)


@dataclass(frozen=True, kw_only=True)
class AllowBreaking:
    code: int = spec(checks.CODE, "The published code whose breaking change is deliberate.", required=True)
    reason: str = spec(checks.LINE, "Why; printed as a warning on every run.", required=True)


# Triage: whose side must act, and whether a client may send the request again.
# The words are what support reads to a customer (code pages, the CLI).
FIX_BY = checks.one_of(
    "FixBy",
    {
        "caller": ("Developer", "the customer's developer: the request or the client's code is wrong"),
        "account": (
            "Account",
            "the customer's account administrator or account manager: settings, permissions or numbers",
        ),
        "provider": ("NXCLOUD", "NXCLOUD: a failure on the service's side; escalate with the requestId"),
    },
)
RETRY = checks.one_of(
    "Retry",
    {
        "no": ("No", "no: the same request fails again until something changes"),
        "refresh": ("Rebuilt, at once", "yes, at once, with a rebuilt request (a new ts and sign)"),
        "backoff": (
            "Later, with backoff",
            "yes, later: the failure is transient; retry with exponential backoff and a limit",
        ),
    },
)


@dataclass(frozen=True, kw_only=True)
class ErrorEntry:
    code: int = spec(checks.CODE, "The integer the API returns in `code`.", required=True, stored=False)
    name: str = spec(checks.NAME, "The member of pns_errors.ErrorCode.", required=True, stored=False)
    category: str = spec(CATEGORY_ID, "The id of one of the categories.", required=True)
    message: str = spec(checks.LINE, "The API's error message, verbatim; plain text.", required=True)
    description: str = spec(checks.MARKDOWN, "What the error means; may be empty.", default="")
    solution: str = spec(checks.MARKDOWN, "Causes and fixes.", required=True)
    see_also: tuple[int, ...] = spec(checks.list_of(checks.CODE), "Related codes, shown first.", default=())
    since: str | None = spec(checks.VERSION, "The catalog version that added the code.")
    deprecated: Deprecation | None = spec(
        checks.record(Deprecation), "Set when clients should move on.", member="deprecation"
    )
    retired: Retirement | None = spec(
        checks.record(Retirement), "Set when the API no longer returns it.", member="retirement"
    )
    fix_by: str | None = spec(FIX_BY, "Who must act.")
    retry: str | None = spec(RETRY, "Whether a client may send the request again, and how.")
    triage_note: str = spec(
        checks.LINE,
        "Why fix_by and retry are what they are, where the solution does not say; or what was assumed.",
        default="",
    )
    ask_for: str = spec(checks.MARKDOWN, "What support asks the customer for, beyond the requestId.", default="")
    also_sent: tuple[Variant, ...] = spec(
        checks.list_of(checks.record(Variant)),
        "Other wordings of `message` the API is known to send, each with where it was seen; recognised as this "
        "code wherever a person types or pastes a message.",
        default=(),
    )
    synonyms: tuple[str, ...] = spec(
        checks.list_of(checks.LINE),
        "Words people use in English for this code's concepts (`pagination`, `clock skew`); the site's search "
        "and `pns-errors search` find the code by them. Each translation has its own.",
        default=(),
    )
    aliases: tuple[str, ...] = spec(
        checks.list_of(checks.NAME), "Former names of the enum member; they still resolve.", default=(), stored=False
    )
    translations: dict[str, ErrorText] = spec(checks.translations(ErrorText), TRANSLATIONS_DOC, default=None)
    line: int = 0  # where the entry starts in errors.yaml, for "edit this error" links

    @property
    def status(self) -> str:
        if self.retired:
            return "retired"
        return "deprecated" if self.deprecated else "active"


@dataclass(frozen=True)
class Derived:
    """A fact of every error computed from its fields, never written in errors.yaml."""

    key: str
    member: str  # the enum member's property
    json_schema: dict[str, Any]
    doc: str
    compute: Callable[[Catalog, ErrorEntry], Any]


DERIVED = [
    Derived("url", "doc_url", {"type": "string", "format": "uri"}, "The code's page.", lambda c, e: c.doc_url(e.code)),
    Derived(
        "status",
        "status",
        {"enum": ["active", "deprecated", "retired"]},
        "From deprecated and retired.",
        lambda c, e: e.status,
    ),
]


@dataclass(frozen=True, kw_only=True)
class Catalog:
    title: str = spec(checks.LINE, "The site's and the package's title.", required=True)
    package: str = spec(
        checks.pattern(r"pns_errors", "must be `pns_errors`, the package name pyproject.toml builds"),
        "The Python package the enum is generated into.",
        required=True,
    )
    site_url: str = spec(
        checks.pattern(r"https?://[^\s<>\"']+/", "must be an http(s) URL ending with `/`"),
        "Base of every page's URL; ends with /.",
        required=True,
    )
    version: str = spec(checks.VERSION, "The catalog's semantic version.", required=True)
    repo_url: str = spec(
        checks.pattern(r"https?://[^\s<>\"']+[^/]", "must be an http(s) URL without a final `/`"),
        "Repository web URL, for 'edit this error' links.",
        default="",
        public=False,
    )
    languages: tuple[str, ...] = spec(
        checks.list_of(checks.LANGUAGE),
        "Languages besides English: every code and category must be translated into each (--check lists gaps).",
        default=(),
    )
    require: tuple[str, ...] = spec(
        checks.list_of(checks.pattern(r"[a-z][a-z0-9_]*", "must be the key of an optional error field")),
        "Optional error fields that every error of this catalog must have, e.g. [fix_by, retry].",
        default=(),
        public=False,
    )
    categories: tuple[Category, ...] = ()
    errors: tuple[ErrorEntry, ...] = ()  # sorted by code
    allow_breaking: dict[int, str] = field(default_factory=dict)  # code -> reason (see history.py)
    _by_code: dict[int, ErrorEntry] = field(default_factory=dict, compare=False, repr=False)
    # code -> a hash of the text its entry was read from, in its context (entrycache.py): the page
    # cache's key for the entry, cheaper than hashing the entry again. Empty: render.py hashes it.
    entry_keys: dict[int, str] = field(default_factory=dict, compare=False, repr=False)
    # code -> fingerprint(entry, ErrorText), kept with the entry by entrycache.py; else computed
    fingerprints: dict[int, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update((e.code, e) for e in self.errors)

    def doc_url(self, code: int) -> str:
        return self.site_url + page_path(code)

    def error(self, code: int) -> ErrorEntry:
        return self._by_code[code]

    def in_category(self, category_id: str) -> list[ErrorEntry]:
        return [e for e in self.errors if e.category == category_id]


# What an error's name may not be: besides IntEnum's own, every attribute a member has.
checks.RESERVED_NAMES.update(f.member for f in fields_of(ErrorEntry))
checks.RESERVED_NAMES.update(d.member for d in DERIVED)
checks.RESERVED_NAMES.update({"code", "get", "to_dict", "aliases", "deprecated", "retired", "replaced_by", "retryable"})
