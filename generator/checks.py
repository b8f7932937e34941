"""The value rules of errors.yaml: each reads one node, and knows its schemas.

A ``Check`` is what a field of the model (model.py) declares as its type: the
function that validates and converts the YAML node, the JSON-Schema fragment an
editor uses for it, the fragment of its value in errors.json, and its Python type
on the enum. Everything else is derived from these, never written out again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from pns_errors._rules import MAX_CODE  # the API's codes are 32-bit integers: one limit for the catalog and the finder

from .yamlsource import NULL, STR, Node, Scalar, Sequence

NAME_PATTERN = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*"
_NAME = re.compile(NAME_PATTERN + r"\Z")
_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\Z")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# Raw HTML in Markdown: "<" followed by a tag, comment or declaration, except
# Markdown's own autolinks <https://...> and <name@example.com>.
_RAW_HTML = re.compile(r"<(?!https?://[^\s<>]*>|[^\s<>@]+@[^\s<>@]+>)[A-Za-z/!?]")
_CODE_SPANS = re.compile(r"(`+)(?:(?!\1).)+?\1|^ {0,3}(```|~~~).*?^ {0,3}\2", re.S | re.M)


class Bad(Exception):
    """One problem with one node; the reader reports it with the node's position."""

    def __init__(self, node: Node, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


Reader = Callable[[Node, str], Any]


@dataclass(frozen=True)
class Check:
    read: Reader  # node, the key's name -> the value, or raise Bad
    yaml_schema: dict[str, Any]  # for docs/errors.yaml.schema.json
    json_schema: dict[str, Any]  # for the value in docs/errors.json (docs/errors.schema.json)
    python: str  # the value's type on the enum member, as written in _catalog.py
    markdown: bool = False  # rendered on the site: audited as HTML (sanitize.py)
    record: type | None = None  # a nested mapping read into this model class
    choices: dict[str, str] | None = None  # one_of: each word and what it means (python names the StrEnum)
    labels: dict[str, str] | None = None  # one_of: each word's short label, e.g. for a table column
    enum: bool = False  # on the enum, a member of the enum named `python` (its value upper-cased)
    translations: type | None = None  # a mapping language -> a record of this model class
    defs: dict[str, dict[str, Any]] = field(default_factory=dict)  # named YAML-schema parts it uses
    items: Check | None = None  # list_of: the check of each item


def _text(node: Node, what: str) -> str:
    if not isinstance(node, Scalar):
        raise Bad(node, f"{what} must be text, not a {'list' if isinstance(node, Sequence) else 'mapping'}")
    if node.tag == NULL and node.plain:
        raise Bad(node, f"{what} is empty; write it out")
    if node.tag != STR:
        kind = node.tag.rsplit(":", 1)[-1]
        raise Bad(node, f'{what} reads as YAML {kind} `{node.text}`; quote it if you mean text: "{node.text}"')
    if not node.text.strip():
        raise Bad(node, f"{what} is empty or only whitespace; write it out")
    control = _CONTROL.search(node.text.replace("\r\n", "\n"))
    if control:
        raise Bad(node, f"{what} contains the control character U+{ord(control.group()):04X}; remove it")
    return node.text


def _line(node: Node, what: str) -> str:
    text = _text(node, what)
    if "\n" in text.strip() or "\r" in text.strip():
        raise Bad(node, f"{what} must be one line; move the details to `solution`")
    return text.strip()


def _markdown(node: Node, what: str) -> str:
    text = _text(node, what).replace("\r\n", "\n").strip() + "\n"
    prose = _CODE_SPANS.sub("", text)
    html = _RAW_HTML.search(prose)
    if html:
        snippet = prose[html.start() : html.start() + 20].split("\n")[0]
        raise Bad(node, f"{what} contains raw HTML `{snippet}`; write Markdown, or put code in backticks")
    return text  # links, images and attribute lists: sanitize.py checks the rendered HTML


def _code(node: Node, what: str) -> int:
    # Only plain decimal digits: YAML 1.1 also reads 0x3E9, 1_001 and 16:41 as 1001.
    if not isinstance(node, Scalar) or not node.plain or not re.fullmatch(r"-?[0-9]+", node.text):
        shown = node.text if isinstance(node, Scalar) else "a collection"
        raise Bad(node, f"{what} must be a plain decimal integer such as 1001, not `{shown}`")
    value = int(node.text)
    if node.text.startswith("0") and value != 0:
        raise Bad(node, f"{what} `{node.text}` has a leading zero; write {value}")
    if value <= 0:
        raise Bad(node, f"{what} must be positive, not {value}")
    if value > MAX_CODE:
        raise Bad(node, f"{what} {value} is too large; codes go up to {MAX_CODE}")
    return value


def _version(node: Node, what: str) -> str:
    text = _line(node, what)
    if not _VERSION.match(text):
        raise Bad(node, f"{what} must be a version like 1.2.0, not `{text}`")
    return text


# Names an IntEnum member may not take: the enum's own attributes. (UPPER_SNAKE_CASE
# already avoids them all; the check names the reason when not.) model.py adds ours.
RESERVED_NAMES = set(dir(IntEnum)) | {"name", "value", "mro"}


def _name(node: Node, what: str) -> str:
    import keyword

    text = _line(node, what)
    if text.startswith("_"):
        raise Bad(node, f"{what} `{text}` starts with `_`, which Enum reserves; remove it")
    if text in RESERVED_NAMES or keyword.iskeyword(text):
        raise Bad(node, f"{what} `{text}` is reserved by Python's IntEnum; use an UPPER_SNAKE_CASE name")
    if not _NAME.match(text):
        suggestion = re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_")
        raise Bad(node, f"{what} `{text}` must be UPPER_SNAKE_CASE, e.g. {suggestion}")
    return text


def _range(node: Node, what: str) -> tuple[int, int]:
    if not isinstance(node, Sequence) or len(node.items) != 2:
        raise Bad(node, f"{what} must be two codes [first, last], e.g. [1000, 1999]")
    low, high = (_code(item, f"{what} bound") for item in node.items)
    if low > high:
        raise Bad(node, f"{what} [{low}, {high}] is backwards; write [{high}, {low}]")
    return low, high


_DEFS: dict[str, dict[str, Any]] = {
    "code": {"type": "integer", "minimum": 1, "maximum": MAX_CODE},
    "name": {"type": "string", "pattern": f"^{NAME_PATTERN.replace('(?:', '(')}$"},
    "version": {"type": "string", "pattern": "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},
    "line": {"type": "string", "pattern": "^[^\\n\\r]*\\S[^\\n\\r]*\\n?$"},
    "markdown": {
        "type": "string",
        "pattern": "\\S",
        "description": "Markdown without raw HTML, event handlers or images from other hosts (the generator checks).",
    },
}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _def(name: str) -> dict[str, dict[str, Any]]:
    return {name: _DEFS[name]}


CODE = Check(_code, _ref("code"), {"type": "integer", "minimum": 1}, "int", defs=_def("code"))
NAME = Check(_name, _ref("name"), {"type": "string", "pattern": _DEFS["name"]["pattern"]}, "str", defs=_def("name"))
LINE = Check(_line, _ref("line"), {"type": "string"}, "str", defs=_def("line"))
MARKDOWN = Check(_markdown, _ref("markdown"), {"type": "string"}, "str", markdown=True, defs=_def("markdown"))
VERSION = Check(
    _version, _ref("version"), {"type": "string", "pattern": _DEFS["version"]["pattern"]}, "str", defs=_def("version")
)
RANGE = Check(
    _range,
    {"type": "array", "items": _ref("code"), "minItems": 2, "maxItems": 2},
    {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
    "tuple[int, int]",
    defs=_def("code"),
)


def pattern(regex: str, hint: str, **schema_extra: Any) -> Check:
    """One line of text matching ``regex`` (a pattern valid in Python and in JSON Schema)."""
    compiled = re.compile(regex + r"\Z")

    def read(node: Node, what: str) -> str:
        text = _line(node, what)
        if not compiled.match(text):
            raise Bad(node, f"{what} `{text}` {hint}")
        return text

    return Check(read, {"type": "string", "pattern": f"^{regex}$", **schema_extra}, {"type": "string"}, "str")


def one_of(enum: str, words: dict[str, tuple[str, str]]) -> Check:
    """One of a few words, each with a short label and its meaning; on the enum, a member of the StrEnum ``enum``."""
    choices = {word: meaning for word, (_, meaning) in words.items()}

    def read(node: Node, what: str) -> str:
        import difflib

        text = _line(node, what)
        if text not in choices:
            close = difflib.get_close_matches(text, list(choices), n=1)
            hint = f"did you mean `{close[0]}`?" if close else f"use one of: {', '.join(choices)}"
            raise Bad(node, f"{what} `{text}` is not allowed; {hint}")
        return text

    schema = {"enum": list(choices), "description": "; ".join(f"`{k}`: {v}" for k, v in choices.items())}
    labels = {word: label for word, (label, _) in words.items()}
    return Check(read, schema, {"enum": list(choices)}, enum, choices=choices, labels=labels, enum=True)


def list_of(item: Check, unique: bool = True) -> Check:
    def read(node: Node, what: str) -> tuple[Any, ...]:
        if not isinstance(node, Sequence):
            raise Bad(node, f"{what} must be a list, e.g. [{what}]")
        return tuple(item.read(child, f"{what} item") for child in node.items)

    schema: dict[str, Any] = {"type": "array", "items": item.yaml_schema}
    if unique:
        schema["uniqueItems"] = True
    return Check(
        read,
        schema,
        {"type": "array", "items": item.json_schema},
        f"tuple[{item.python}, ...]",
        defs=item.defs,
        items=item,
    )


def record(model: type) -> Check:
    """A nested mapping, read field by field into ``model`` (its schemas come from model.py)."""

    def read(node: Node, what: str) -> Node:
        return node  # validate.py reads records itself, to report every problem inside

    return Check(read, {}, {}, model.__name__, record=model)


LANGUAGE_PATTERN = r"[a-z]{2,3}(-[a-z0-9]{2,8})*"
LANGUAGE = pattern(LANGUAGE_PATTERN, "must be a lowercase language tag such as `zh` or `zh-hant`")


def translations(model: type) -> Check:
    """Texts in other languages: ``zh: {...}``, each read into ``model`` (validate.py reads them)."""

    def read(node: Node, what: str) -> Node:
        return node

    return Check(read, {}, {}, f"dict[str, {model.__name__}]", translations=model)
