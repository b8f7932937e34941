"""Turn the node tree of errors.yaml into a Catalog, or report every problem.

The rules here and generator/errors.schema.json describe the same file; the
schema serves editors, this module adds what a schema cannot say (uniqueness,
ranges, cross-references) and line numbers.
"""

from __future__ import annotations

import difflib
import keyword
import re
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any, TypeVar

from .model import Catalog, Category, Deprecation, ErrorEntry, Retirement, version_key
from .problems import InvalidCatalog, Problem
from .sanitize import MarkdownAudit
from .yamlsource import NULL, STR, Mapping, Node, Scalar, Sequence, parse

MAX_CODE = 2**31 - 1  # the API's codes are 32-bit integers
_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\Z")
_ID = re.compile(r"[a-z][a-z0-9_-]*\Z")
_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\Z")
_URL = re.compile(r"https?://[^\s<>\"']+/\Z")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# Names an IntEnum member may not take: the enum's own attributes, and ours.
# (UPPER_SNAKE_CASE already avoids them all; the check names the reason when not.)
_RESERVED = set(dir(IntEnum)) | set(keyword.kwlist) | {"name", "value", "mro"}
_RESERVED |= {"code", "message", "category", "description", "solution", "doc_url", "since", "get"}
_RESERVED |= {"deprecation", "retirement", "deprecated", "retired", "replaced_by", "status"}

# Raw HTML in a solution: "<" followed by a tag, comment or declaration, except
# Markdown's own autolinks <https://...> and <name@example.com>.
_RAW_HTML = re.compile(r"<(?!https?://[^\s<>]*>|[^\s<>@]+@[^\s<>@]+>)[A-Za-z/!?]")
_CODE_SPANS = re.compile(r"(`+)(?:(?!\1).)+?\1|^ {0,3}(```|~~~).*?^ {0,3}\2", re.S | re.M)

T = TypeVar("T")


class _Bad(Exception):
    def __init__(self, node: Node, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


def _where(node: Node) -> tuple[int, int]:
    return node.line, node.col


# --- value checkers: each returns the Python value or raises _Bad -------------


def _text(node: Node, what: str) -> str:
    if not isinstance(node, Scalar):
        raise _Bad(node, f"{what} must be text, not a {'list' if isinstance(node, Sequence) else 'mapping'}")
    if node.tag == NULL and node.plain:
        raise _Bad(node, f"{what} is empty; write it out")
    if node.tag != STR:
        kind = node.tag.rsplit(":", 1)[-1]
        raise _Bad(node, f'{what} reads as YAML {kind} `{node.text}`; quote it if you mean text: "{node.text}"')
    if not node.text.strip():
        raise _Bad(node, f"{what} is empty or only whitespace; write it out")
    control = _CONTROL.search(node.text.replace("\r\n", "\n"))
    if control:
        raise _Bad(node, f"{what} contains the control character U+{ord(control.group()):04X}; remove it")
    return node.text


def _line(node: Node, what: str) -> str:
    text = _text(node, what)
    if "\n" in text.strip() or "\r" in text.strip():
        raise _Bad(node, f"{what} must be one line; move the details to `solution`")
    return text.strip()


def _markdown(node: Node, what: str) -> str:
    text = _text(node, what).replace("\r\n", "\n").strip() + "\n"
    prose = _CODE_SPANS.sub("", text)
    html = _RAW_HTML.search(prose)
    if html:
        snippet = prose[html.start() : html.start() + 20].split("\n")[0]
        raise _Bad(node, f"{what} contains raw HTML `{snippet}`; write Markdown, or put code in backticks")
    return text  # links, images and attribute lists: see sanitize.py, on the rendered HTML


def _code(node: Node, what: str = "code") -> int:
    # Only plain decimal digits: YAML 1.1 also reads 0x3E9, 1_001 and 16:41 as 1001.
    if not isinstance(node, Scalar) or not node.plain or not re.fullmatch(r"-?[0-9]+", node.text):
        shown = node.text if isinstance(node, Scalar) else "a collection"
        raise _Bad(node, f"{what} must be a plain decimal integer such as 1001, not `{shown}`")
    value = int(node.text)
    if node.text.startswith("0") and value != 0:
        raise _Bad(node, f"{what} `{node.text}` has a leading zero; write {value}")
    if value <= 0:
        raise _Bad(node, f"{what} must be positive, not {value}")
    if value > MAX_CODE:
        raise _Bad(node, f"{what} {value} is too large; codes go up to {MAX_CODE}")
    return value


def _version(node: Node, what: str) -> str:
    text = _line(node, what)
    if not _VERSION.match(text):
        raise _Bad(node, f"{what} must be a version like 1.2.0, not `{text}`")
    return text


def _pattern(pattern: re.Pattern[str], hint: str) -> Callable[[Node, str], str]:
    def check(node: Node, what: str) -> str:
        text = _line(node, what)
        if not pattern.match(text):
            raise _Bad(node, f"{what} `{text}` {hint}")
        return text

    return check


def _name(node: Node, what: str) -> str:
    text = _line(node, what)
    if text.startswith("_"):
        raise _Bad(node, f"{what} `{text}` starts with `_`, which Enum reserves; remove it")
    if text in _RESERVED:
        raise _Bad(node, f"{what} `{text}` is reserved by Python's IntEnum; use an UPPER_SNAKE_CASE name")
    if not _NAME.match(text):
        suggestion = re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_")
        raise _Bad(node, f"{what} `{text}` must be UPPER_SNAKE_CASE, e.g. {suggestion}")
    return text


def _list(check: Callable[[Node, str], T]) -> Callable[[Node, str], tuple[T, ...]]:
    def read(node: Node, what: str) -> tuple[T, ...]:
        if not isinstance(node, Sequence):
            raise _Bad(node, f"{what} must be a list, e.g. [{what}]")
        return tuple(check(item, f"{what} item") for item in node.items)

    return read


def _range(node: Node, what: str) -> tuple[int, int]:
    if not isinstance(node, Sequence) or len(node.items) != 2:
        raise _Bad(node, f"{what} must be two codes [first, last], e.g. [1000, 1999]")
    low, high = (_code(item, f"{what} bound") for item in node.items)
    if low > high:
        raise _Bad(node, f"{what} [{low}, {high}] is backwards; write [{high}, {low}]")
    return low, high


# --- mappings ----------------------------------------------------------------

Spec = dict[str, tuple[bool, Callable[[Node, str], Any]]]


class _Reader:
    def __init__(self, lines: list[str], audit: MarkdownAudit | None) -> None:
        self.problems: list[Problem] = []
        self.lines = lines
        self.audit = audit

    def report(self, node: Node, message: str) -> None:
        self.problems.append(Problem(*_where(node), message))

    def audit_markdown(self, node: Node, what: str, text: str) -> None:
        """Report what the rendered text would run or fetch, on the line that writes it."""
        if self.audit is None:
            return
        for finding in self.audit.findings(text):
            line, col = self.locate(node, text, finding.needles)
            self.problems.append(Problem(line, col, f"{what} {finding.message}"))

    def locate(self, node: Node, text: str, needles: list[str]) -> tuple[int, int]:
        # A block scalar starts on the line after its key; folded text spans more lines than it has.
        last = min(len(self.lines), node.line + text.count("\n") + 50)
        for needle in needles:
            for number in range(node.line, last + 1):
                at = self.lines[number - 1].lower().find(needle.lower())
                if at >= 0:
                    return number, at + 1
        return _where(node)

    def mapping(self, node: Node, spec: Spec, what: str) -> dict[str, Any] | None:
        """Check keys and values; return the good values (absent when bad)."""
        if not isinstance(node, Mapping):
            self.report(node, f"{what} must be a mapping of `key: value` lines")
            return None
        values: dict[str, Any] = {"": node}
        for key, value in node.items:
            if key.text not in spec:
                close = difflib.get_close_matches(key.text, list(spec), n=1)
                hint = f"; did you mean `{close[0]}`?" if close else f"; known keys: {', '.join(spec)}"
                self.report(key, f"unknown key `{key.text}` in {what}{hint}")
                continue
            try:
                values[key.text] = spec[key.text][1](value, key.text)
                if spec[key.text][1] is _markdown:
                    self.audit_markdown(value, key.text, values[key.text])
            except _Bad as bad:
                self.report(bad.node, bad.message)
                values[key.text] = _Bad
        for name, (required, _) in spec.items():
            if required and name not in values:
                self.report(node, f"{what} is missing `{name}`")
        return values

    def items(self, root: Mapping, key: str) -> list[Node]:
        node = root.get(key)
        if node is None:
            return []
        if not isinstance(node, Sequence):
            self.report(node, f"`{key}` must be a list of entries starting with `- `")
            return []
        if not node.items:
            self.report(node, f"`{key}` is empty; it needs at least one entry")
        return node.items


def _good(values: dict[str, Any], *keys: str) -> bool:
    return all(k in values and values[k] is not _Bad for k in keys)


_TOP: Spec = {
    "catalog": (True, lambda n, w: n),
    "categories": (True, lambda n, w: n),
    "errors": (True, lambda n, w: n),
    "allow_breaking": (False, lambda n, w: n),
}
_CATALOG: Spec = {
    "title": (True, _line),
    "package": (
        True,
        _pattern(re.compile(r"pns_errors\Z"), "must be `pns_errors`, the package name pyproject.toml builds"),
    ),
    "site_url": (True, _pattern(_URL, "must be an http(s) URL ending with `/`")),
    "version": (True, _version),
    "repo_url": (
        False,
        _pattern(re.compile(r"https?://[^\s<>\"']+[^/]\Z"), "must be an http(s) URL without a final `/`"),
    ),
}
_CATEGORY: Spec = {
    "id": (True, _pattern(_ID, "must be lowercase letters, digits, `-` or `_`, starting with a letter")),
    "title": (True, _line),
    "description": (True, _markdown),
    "range": (False, _range),
}
_DEPRECATED: Spec = {"since": (True, _version), "reason": (True, _line), "replaced_by": (False, _code)}
_ALLOW: Spec = {"code": (True, _code), "reason": (True, _line)}
_RETIRED: Spec = {"since": (True, _version), "reason": (True, _line)}
_ERROR: Spec = {
    "code": (True, _code),
    "name": (True, _name),
    "category": (True, _line),
    "message": (True, _line),
    "description": (False, _markdown),
    "solution": (True, _markdown),
    "see_also": (False, _list(_code)),
    "since": (False, _version),
    "deprecated": (False, lambda n, w: n),
    "retired": (False, lambda n, w: n),
    "aliases": (False, _list(_name)),
}


def load(data: bytes, published_version: str | None = None, audit: MarkdownAudit | None = None) -> Catalog:
    """Parse and validate errors.yaml; raise InvalidCatalog listing every problem.

    ``published_version`` is the newest released version: the catalog's may not be lower.
    ``audit`` renders Markdown fields as the site does (default: this checkout's mkdocs.yml).
    """
    root, problems = parse(data)
    if root is None:
        raise InvalidCatalog(problems)
    if audit is None:
        audit = MarkdownAudit(Path(__file__).resolve().parent.parent / "mkdocs.yml")
    text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    reader = _Reader(text.splitlines(), audit)
    reader.problems.extend(problems)
    catalog = _read_catalog(reader, root, published_version)
    if reader.problems or catalog is None:
        raise InvalidCatalog(sorted(set(reader.problems)))
    audit.save()
    return catalog


def _read_catalog(reader: _Reader, root: Node, published_version: str | None) -> Catalog | None:
    top = reader.mapping(root, _TOP, "the top level")
    if top is None:
        return None
    assert isinstance(root, Mapping)
    catalog_node = root.get("catalog")
    meta = reader.mapping(catalog_node, _CATALOG, "`catalog`") if catalog_node else None
    version = meta.get("version") if meta and _good(meta, "version") else None
    if meta and _good(meta, "site_url") and reader.audit:
        reader.audit.site_url = meta["site_url"]  # images may come from the site itself
    if catalog_node and version and published_version and version_key(version) < version_key(published_version):
        reader.report(
            _value_node(catalog_node, "version"),
            f"catalog version {version} is lower than the published {published_version} "
            f"(releases/{published_version}.json); versions only go up: use {published_version} or higher",
        )
    categories = _read_categories(reader, reader.items(root, "categories"))
    errors = [e for node in reader.items(root, "errors") if (e := _read_error(reader, node, categories))]
    _cross_check(reader, errors, categories, meta)
    allow = _read_allow_breaking(reader, root.get("allow_breaking"))
    if meta is None or not _good(meta, "title", "package", "site_url", "version") or reader.problems:
        return None
    assert catalog_node is not None
    return Catalog(
        title=meta["title"],
        package=meta["package"],
        site_url=meta["site_url"],
        version=meta["version"],
        repo_url=meta.get("repo_url", ""),
        allow_breaking=allow,
        categories=tuple(c for c, _ in categories.values()),
        errors=tuple(sorted((e for e, _ in errors), key=lambda e: e.code)),
    )


def _read_allow_breaking(reader: _Reader, node: Node | None) -> dict[int, str]:
    """Deliberate breaking changes: each code with the reason, shown on every run."""
    if node is None:
        return {}
    if not isinstance(node, Sequence):
        reader.report(node, "`allow_breaking` must be a list of `- code: ...` / `reason: ...` entries")
        return {}
    allowed = {}
    for item in node.items:
        values = reader.mapping(item, _ALLOW, "an allow_breaking entry")
        if values is not None and _good(values, "code", "reason"):
            allowed[values["code"]] = values["reason"]
    return allowed


def _read_categories(reader: _Reader, nodes: list[Node]) -> dict[str, tuple[Category, Node]]:
    found: dict[str, tuple[Category, Node]] = {}
    for node in nodes:
        values = reader.mapping(node, _CATEGORY, "a category")
        if values is None or not _good(values, "id", "title", "description"):
            continue
        cid = values["id"]
        if cid == "index":
            reader.report(values[""], "category id `index` is taken by the errors index page; choose another")
        elif cid in found:
            reader.report(values[""], f"category `{cid}` is defined twice (first at line {found[cid][1].line})")
        else:
            span = values.get("range") if values.get("range") is not _Bad else None
            found[cid] = (Category(cid, values["title"], values["description"], span), node)
    spans = sorted((c.range, c.id, n) for c, n in found.values() if c.range)
    for (a, a_id, _), (b, b_id, b_node) in zip(spans, spans[1:], strict=False):
        if b[0] <= a[1]:
            reader.report(b_node, f"range of `{b_id}` {list(b)} overlaps the range of `{a_id}` {list(a)}")
    return found


def _read_error(
    reader: _Reader, node: Node, categories: dict[str, tuple[Category, Node]]
) -> tuple[ErrorEntry, Node] | None:
    values = reader.mapping(node, _ERROR, "an error")
    if values is None:
        return None
    deprecated = retired = None
    if "deprecated" in values:
        sub = reader.mapping(values["deprecated"], _DEPRECATED, "`deprecated`")
        if sub is not None and _good(sub, "since", "reason"):
            deprecated = Deprecation(
                sub["since"], sub["reason"], sub.get("replaced_by") if _good(sub, "replaced_by") else None
            )
    if "retired" in values:
        sub = reader.mapping(values["retired"], _RETIRED, "`retired`")
        if sub is not None and _good(sub, "since", "reason"):
            retired = Retirement(sub["since"], sub["reason"])
    category: str = values.get("category", "")
    if _good(values, "category") and category not in categories:
        close = difflib.get_close_matches(category, list(categories), n=1)
        hint = f"did you mean `{close[0]}`?" if close else f"known: {', '.join(categories) or 'none'}"
        reader.report(_value_node(node, "category"), f"unknown category `{category}`; {hint}")
    elif _good(values, "category", "code"):
        span = categories[category][0].range
        if span and not span[0] <= values["code"] <= span[1]:
            reader.report(
                _value_node(node, "code"),
                f"code {values['code']} lies outside the range {list(span)} of category `{category}`",
            )
    if not _good(values, "code", "name", "category", "message", "solution"):
        return None
    entry = ErrorEntry(
        code=values["code"],
        name=values["name"],
        category=category,
        message=values["message"],
        solution=values["solution"],
        line=node.line,
        description=values.get("description", "") if _good(values, "description") else "",
        see_also=values.get("see_also", ()) if _good(values, "see_also") else (),
        since=values.get("since", "") if _good(values, "since") else "",
        deprecated=deprecated,
        retired=retired,
        aliases=values.get("aliases", ()) if _good(values, "aliases") else (),
    )
    return entry, node


def _value_node(node: Node, key: str) -> Node:
    assert isinstance(node, Mapping)
    return node.get(key) or node


def _cross_check(
    reader: _Reader,
    errors: list[tuple[ErrorEntry, Node]],
    categories: dict[str, tuple[Category, Node]],
    meta: dict[str, Any] | None,
) -> None:
    codes: dict[int, int] = {}
    names: dict[str, tuple[int, str]] = {}
    for entry, node in errors:
        if entry.code in codes:
            reader.report(
                _value_node(node, "code"), f"code {entry.code} is used twice (first at line {codes[entry.code]})"
            )
        else:
            codes[entry.code] = node.line
        for name, what in [(entry.name, "name")] + [(alias, "alias") for alias in entry.aliases]:
            if name in names:
                first_line, first_what = names[name]
                reader.report(
                    _value_node(node, "name" if what == "name" else "aliases"),
                    f"{what} `{name}` is already used as a {first_what} (first at line {first_line})",
                )
            else:
                names[name] = (node.line, what)
    version = meta.get("version") if meta and _good(meta, "version") else None
    for entry, node in errors:
        for ref in entry.see_also:
            if ref not in codes:
                reader.report(
                    _value_node(node, "see_also"), f"see_also refers to code {ref}, which is not in the catalog"
                )
            elif ref == entry.code:
                reader.report(_value_node(node, "see_also"), f"see_also of code {ref} refers to itself; remove it")
        target = entry.deprecated.replaced_by if entry.deprecated else None
        if target is not None and (target not in codes or target == entry.code):
            reader.report(_value_node(node, "deprecated"), f"replaced_by {target} is not another code in the catalog")
        if version:
            for what, since in [
                ("since", entry.since),
                ("deprecated.since", entry.deprecated and entry.deprecated.since),
                ("retired.since", entry.retired and entry.retired.since),
            ]:
                if since and version_key(since) > version_key(version):
                    reader.report(
                        _value_node(node, what.split(".")[0]),
                        f"{what} {since} is newer than the catalog version {version}; raise `catalog.version`",
                    )
    used = {entry.category for entry, _ in errors}
    for cid, (_, node) in categories.items():
        if cid not in used and errors:
            reader.report(node, f"category `{cid}` has no errors; add one or remove the category")
