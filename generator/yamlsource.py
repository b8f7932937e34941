"""Read errors.yaml into a tree of nodes that remember their line and column.

PyYAML's loaders hide what a reviewer of errors.yaml needs to see: they keep the
last of two duplicate keys, expand aliases (an alias bomb expands in memory),
honour tags, and drop line numbers. So the file is read event by event, and this
module builds its own small tree, refusing anchors, aliases and tags outright.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from .problems import Problem

# libyaml's parser is several times faster; the pure-Python one is the fallback.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 64 * 1024 * 1024  # 10,000 codes as rich as the real ones (with Chinese) are about 21 MB
_BOM = b"\xef\xbb\xbf"

STR = "tag:yaml.org,2002:str"
NULL = "tag:yaml.org,2002:null"


@dataclass(slots=True)
class Scalar:
    line: int
    col: int
    text: str
    tag: str  # the YAML 1.1 type PyYAML would give it, e.g. ...:int for `0x3E9`
    plain: bool  # written without quotes or block style


@dataclass(slots=True)
class Sequence:
    line: int
    col: int
    items: list[Node] = field(default_factory=list)


@dataclass(slots=True)
class Mapping:
    line: int
    col: int
    items: list[tuple[Scalar, Node]] = field(default_factory=list)

    def get(self, key: str) -> Node | None:
        for k, v in self.items:
            if k.text == key:
                return v
        return None


Node = Scalar | Sequence | Mapping


def _pos(mark: Any) -> tuple[int, int]:  # yaml.Mark, or libyaml's own Mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def _utf8_problem(data: bytes, error: UnicodeDecodeError) -> Problem:
    line = data.count(b"\n", 0, error.start) + 1
    col = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
    bad = data[error.start : error.start + 1].hex()
    return Problem(line, col, f"byte 0x{bad} is not valid UTF-8; save the file as UTF-8")


def _syntax_problem(text: str, error: yaml.MarkedYAMLError) -> Problem:
    if error.context == "while scanning a quoted scalar" and error.context_mark:
        # PyYAML points at the end of the file; the mistake is where the quote opens.
        line, col = _pos(error.context_mark)
        return Problem(line, col, "this quoted text is never closed; add the closing quote")
    line, col = _pos(error.problem_mark or error.context_mark)
    runaway = _runaway_quote(text, line)
    if runaway:
        return runaway
    lines = text.splitlines()
    if 0 < line <= len(lines):
        indent = lines[line - 1][: len(lines[line - 1]) - len(lines[line - 1].lstrip())]
        if "\t" in indent:
            return Problem(line, indent.index("\t") + 1, "tab used for indentation; indent with spaces")
    what = error.problem or error.context or "invalid YAML"
    return Problem(line, col, f"YAML syntax error: {what}")


def _runaway_quote(text: str, error_line: int) -> Problem | None:
    """A quote left open is closed by the next quote in the file, often lines later
    (`message: "text` ... `retry: "no"`), and YAML stumbles only after it. When the
    last quoted text before the error spans lines and ends on the error's line, the
    mistake is where that text opens."""
    last: Any = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if token.start_mark.line + 1 > error_line:
                break
            if isinstance(token, yaml.ScalarToken) and token.style in ("'", '"'):
                last = token
    except yaml.YAMLError:
        pass  # the scan stops where the parse did
    if last is None or last.start_mark.line == last.end_mark.line or last.end_mark.line + 1 != error_line:
        return None
    line, col = _pos(last.start_mark)
    end = last.end_mark.line + 1
    return Problem(
        line, col, f"this quoted text is never closed: it runs on to a quote on line {end}; add the closing quote"
    )


def parse(data: bytes) -> tuple[Node | None, list[Problem]]:
    """Return the document's tree, or None with the problems that stop reading it.

    Problems that do not stop reading (duplicate keys, anchors, tags) are returned
    beside a tree from which the offending parts are dropped.
    """
    if len(data) > MAX_BYTES:
        return None, [Problem(1, 1, f"file is {len(data):,} bytes; the limit is {MAX_BYTES:,}")]
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [_utf8_problem(data, error)]
    problems: list[Problem] = []
    try:
        root = _build(_Loader(text), problems)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(text, error)]
    except yaml.YAMLError as error:  # e.g. a control character libyaml refuses
        return None, [Problem(1, 1, f"YAML error: {error}")]
    if root is None:
        return None, [Problem(1, 1, "file is empty; it needs `catalog`, `categories` and `errors`")]
    return root, problems


class _Builder:
    """Attaches each node to the open collection above it, checking keys."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.root: Node | None = None
        # Open collections; for a mapping, the key awaiting its value and the keys seen.
        self.stack: list[tuple[Mapping | Sequence, list[Scalar | None], dict[str, int]]] = []

    def add(self, node: Node) -> None:
        if not self.stack:
            self.root = node
        else:
            parent, pending, seen = self.stack[-1]
            if isinstance(parent, Sequence):
                parent.items.append(node)
            elif pending[0] is None:
                if not isinstance(node, Scalar):
                    self.problems.append(Problem(node.line, node.col, "a mapping key must be a plain word"))
                    node = Scalar(node.line, node.col, f"<complex key at line {node.line}>", STR, True)
                pending[0] = node
            else:
                key, pending[0] = pending[0], None
                first = seen.get(key.text)
                if first is not None:
                    message = f"key `{key.text}` is repeated (first at line {first}); keep one"
                    self.problems.append(Problem(key.line, key.col, message))
                else:
                    seen[key.text] = key.line
                    parent.items.append((key, node))
        if isinstance(node, (Mapping, Sequence)):
            self.stack.append((node, [None], {}))

    def close(self) -> None:
        self.stack.pop()


def _build(loader: yaml.SafeLoader, problems: list[Problem]) -> Node | None:
    builder = _Builder(problems)
    add, close = builder.add, builder.close
    next_event, more = loader.get_event, loader.check_event
    # Dispatch on the event's exact class: ten times cheaper than a chain of isinstance
    # over 300,000 events (a 10,000-code catalog).
    nodes = {yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.AliasEvent}
    ends = {yaml.MappingEndEvent, yaml.SequenceEndEvent}
    plain_tags: dict[str, str] = {}  # keys repeat on every entry: resolve each spelling once
    documents = 0
    try:
        while more():
            event = next_event()  # type: ignore[no-untyped-call]
            kind = type(event)
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents == 2:
                    line, col = _pos(event.start_mark)
                    problems.append(Problem(line, col, "a second YAML document (`---`); keep everything in one"))
            if documents != 1:
                continue
            if kind in ends:
                close()
            elif kind in nodes:
                add(_node(loader, event, kind, plain_tags, problems))
            # else: stream and document boundaries
    finally:
        loader.dispose()
    return builder.root


def _node(loader: yaml.SafeLoader, event: Any, kind: type, plain_tags: dict[str, str], problems: list[Problem]) -> Node:
    """The node an event opens or is, with a problem for what this catalog refuses (aliases,
    anchors, tags)."""
    mark = event.start_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    if kind is yaml.AliasEvent:
        problems.append(Problem(line, col, f"alias *{event.anchor} is not allowed; write the value out in full"))
        return Scalar(line, col, "", NULL, True)
    if event.anchor is not None:
        problems.append(Problem(line, col, f"anchor &{event.anchor} is not allowed; write values out in full"))
    # A quoted scalar carries the non-specific tag "!"; anything else was written.
    tag = event.tag
    tagged = tag is not None and tag != "!"
    if tagged:
        shown = tag.replace("tag:yaml.org,2002:", "!!")
        problems.append(Problem(line, col, f"YAML tag {shown} is not allowed; remove it"))
    if kind is yaml.MappingStartEvent:
        return Mapping(line, col)
    if kind is yaml.SequenceStartEvent:
        return Sequence(line, col)
    value = event.value
    if tagged or not event.implicit[0]:
        resolved = STR  # quoted, block or tagged: text
    else:  # plain: PyYAML's YAML 1.1 rules (`0x3E9` is an int)
        resolved = plain_tags.get(value) or plain_tags.setdefault(
            value,
            loader.resolve(yaml.ScalarNode, value, event.implicit),  # type: ignore[no-untyped-call]
        )
    return Scalar(line, col, value, resolved, not event.style)
