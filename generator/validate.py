"""Turn the node tree of errors.yaml into a Catalog, or report every problem.

The rules here and docs/errors.yaml.schema.json describe the same file; the
schema serves editors, this module adds what a schema cannot say (uniqueness,
ranges, cross-references) and line numbers.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .checks import LANGUAGE, Bad
from .entrycache import EntryCache, context_key, split
from .model import AllowBreaking, Catalog, Category, ErrorEntry, Field, fields_of, version_key
from .problems import InvalidCatalog, Problem
from .sanitize import MarkdownAudit
from .yamlsource import MAX_BYTES, NULL, Mapping, Node, Scalar, Sequence, parse

T = TypeVar("T")
_INVALID: Any = object()  # a value that was reported bad: its field counts as not given


def _where(node: Node) -> tuple[int, int]:
    return node.line, node.col


class _Reader:
    def __init__(self, lines: list[str], audit: MarkdownAudit | None) -> None:
        self.problems: list[Problem] = []
        self.lines = lines
        self.audit = audit
        self.languages: tuple[str, ...] = ()  # catalog.languages, once read

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

    def keys(self, node: Node, known: dict[str, bool], what: str) -> list[tuple[Scalar, Node]] | None:
        """The known `key: value` pairs of a mapping; unknown and missing keys are reported."""
        if not isinstance(node, Mapping):
            self.report(node, f"{what} must be a mapping of `key: value` lines")
            return None
        pairs = []
        for key, value in node.items:
            if key.text not in known:
                close = difflib.get_close_matches(key.text, list(known), n=1)
                hint = f"; did you mean `{close[0]}`?" if close else f"; known keys: {', '.join(known)}"
                self.report(key, f"unknown key `{key.text}` in {what}{hint}")
            else:
                pairs.append((key, value))
        present = {key.text for key, _ in pairs}
        for name, required in known.items():
            if required and name not in present:
                self.report(node, f"{what} is missing `{name}`")
        return pairs

    def mapping(self, node: Node, model: type, what: str) -> dict[str, Any] | None:
        """Read a mapping by the fields ``model`` declares; bad values are marked ``_Bad``."""
        fields, known = _declared(model)
        pairs = self.keys(node, known, what)
        if pairs is None:
            return None
        values: dict[str, Any] = {"": node}
        for key, value in pairs:
            check = fields[key.text].check
            try:
                values[key.text] = check.read(value, key.text)
            except Bad as bad:
                self.report(bad.node, bad.message)
                values[key.text] = _INVALID
                continue
            if check.record is not None:
                values[key.text] = self.record(value, check.record, f"`{key.text}`") or _INVALID
            elif check.items is not None and check.items.record is not None:
                items = [self.record(item, check.items.record, f"an item of `{key.text}`") for item in values[key.text]]
                values[key.text] = tuple(items) if all(item is not None for item in items) else _INVALID
            elif check.translations is not None:
                values[key.text] = self.translations(value, check.translations)
            elif check.markdown:
                self.audit_markdown(value, key.text, values[key.text])
        return values

    def translations(self, node: Node, model: type[T]) -> dict[str, T] | Any:
        """``translations: {zh: {...}}``: each language must be one the catalog declares."""
        if not isinstance(node, Mapping) or not node.items:
            self.report(node, "translations must map a language to its texts, e.g. `zh:` followed by indented keys")
            return _INVALID
        found: dict[str, T] = {}
        for key, value in node.items:
            try:
                language = LANGUAGE.read(key, "language")
            except Bad as bad:
                self.report(bad.node, bad.message)
                continue
            if language not in self.languages:
                declared = ", ".join(self.languages) or "none"
                self.report(
                    key, f"language `{language}` is not in catalog.languages (declared: {declared}); add it there"
                )
                continue
            text = self.record(value, model, f"the `{language}` translation")
            if text is not None:
                found[language] = text
        return found if len(found) == len(node.items) else _INVALID

    def record(self, node: Node, model: type[T], what: str, **extra: Any) -> T | None:
        """An instance of ``model`` when every required field is good; else None."""
        values = self.mapping(node, model, what)
        if values is None or not _good(values, *(f.key for f in fields_of(model) if f.required)):
            return None
        given = {f.key: values[f.key] for f in fields_of(model) if _good(values, f.key)}
        return model(**given, **extra)

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


@functools.cache  # read for each of 10,000 errors
def _declared(model: type) -> tuple[dict[str, Field], dict[str, bool]]:
    """A model's fields by key, and whether each key is required."""
    fields = {f.key: f for f in fields_of(model)}
    return fields, {k: f.required for k, f in fields.items()}


def _good(values: dict[str, Any], *keys: str) -> bool:
    return all(k in values and values[k] is not _INVALID for k in keys)


def load(
    data: bytes,
    published_version: str | None = None,
    audit: MarkdownAudit | None = None,
    cache: EntryCache | None = None,
) -> Catalog:
    """Parse and validate errors.yaml; raise InvalidCatalog listing every problem.

    ``published_version`` is the newest released version: the catalog's may not be lower.
    ``audit`` renders Markdown fields as the site does (default: this checkout's mkdocs.yml).
    ``cache`` keeps the checked entries between runs (entrycache.py); by default, this read only.
    """
    if audit is None:
        audit = MarkdownAudit(Path(__file__).resolve().parent.parent / "mkdocs.yml")
    catalog = _load_by_entry(data, published_version, audit, cache or EntryCache(None))
    if catalog is None:  # not plain: the whole file, read the one way that finds every problem
        catalog = _load_whole(data, published_version, audit)
    audit.save()
    return catalog


def _load_whole(data: bytes, published_version: str | None, audit: MarkdownAudit) -> Catalog:
    root, problems = parse(data)
    if root is None:
        raise InvalidCatalog(problems)
    text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    reader = _Reader(text.splitlines(), audit)
    reader.problems.extend(problems)
    catalog = _read_catalog(reader, root, published_version)
    if reader.problems or catalog is None:
        raise InvalidCatalog(sorted(set(reader.problems)))
    return catalog


class _NotPlain(Exception):
    """An entry the chunked read does not vouch for: read the whole file instead."""


def _load_by_entry(
    data: bytes, published_version: str | None, audit: MarkdownAudit, cache: EntryCache
) -> Catalog | None:
    """The catalog read entry by entry (entrycache.py), or None when anything is not plain."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    chunks = split(text) if len(data) <= MAX_BYTES and not text.startswith("\ufeff") else None
    if chunks is None:
        return None
    root, problems = parse(chunks.skeleton.encode("utf-8"))
    if problems or not isinstance(root, Mapping):
        return None
    errors = root.get("errors")
    if not isinstance(errors, Scalar) or errors.tag != NULL:
        return None
    reader = _Reader([], audit)
    keys: dict[int, str] = {}
    fingerprints: dict[int, str] = {}

    def entries(head: _Head) -> list[tuple[ErrorEntry, Node]]:
        context = context_key(
            [(c.id, c.range) for c, _ in head.categories.values()],
            head.require,
            reader.languages,
            audit.site_url,
            (audit.extensions, audit.settings),
        )
        found = [
            _entry(reader, cache, context, start, chunk, head)
            for start, chunk in zip(chunks.starts, chunks.texts, strict=True)
        ]
        keys.update((entry.code, key) for entry, _, key, _ in found)
        fingerprints.update((entry.code, english) for entry, _, _, english in found)
        cache.save(context)
        return [(entry, node) for entry, node, _, _ in found]

    try:
        catalog = _read_catalog(reader, root, published_version, entries)
    except _NotPlain:
        return None
    if reader.problems or catalog is None:
        return None
    catalog.entry_keys.update(keys)
    catalog.fingerprints.update(fingerprints)
    return catalog


def _entry(
    reader: _Reader, cache: EntryCache, context: str, start: int, chunk: str, head: _Head
) -> tuple[ErrorEntry, Node, str, str]:
    """One entry, its key and its English's fingerprint: from the cache when this text was checked
    in this context, else read alone."""
    stand_in = Mapping(start, 1)  # where a cross-check would point; any problem reads the whole file
    cached = cache.lookup(context, chunk)
    if cached is not None:
        object.__setattr__(cached[0], "line", start)  # a fresh copy, its line where the text is now
        return cached[0], stand_in, cached[1], cached[2]
    root, problems = parse(chunk.encode("utf-8"))
    if problems or not isinstance(root, Sequence) or len(root.items) != 1:
        raise _NotPlain
    node = _shifted(root.items[0], start - 1)
    found = _read_error(reader, node, head.categories, head.require)
    if found is None or reader.problems:
        raise _NotPlain
    return found[0], stand_in, *cache.remember(context, chunk, found[0])


def _shifted(node: Node, lines: int) -> Node:
    """A chunk's tree, its lines counted from the top of the file."""
    node.line += lines
    if isinstance(node, Sequence):
        for item in node.items:
            _shifted(item, lines)
    elif isinstance(node, Mapping):
        for key, value in node.items:
            _shifted(key, lines)
            _shifted(value, lines)
    return node


# The top level: each key and whether it is required.
_TOP = {"catalog": True, "categories": True, "errors": True, "allow_breaking": False}


@dataclass
class _Head:
    """What reading an entry needs from the rest of the file."""

    meta: dict[str, Any] | None
    categories: dict[str, tuple[Category, Node]]
    require: tuple[str, ...]


def _read_head(reader: _Reader, root: Mapping, published_version: str | None) -> _Head:
    catalog_node = root.get("catalog")
    meta = reader.mapping(catalog_node, Catalog, "`catalog`") if catalog_node else None
    version = meta.get("version") if meta and _good(meta, "version") else None
    if meta and _good(meta, "languages") and "languages" in meta:
        reader.languages = meta["languages"]
        if "en" in reader.languages:
            reader.report(
                _value_node(catalog_node, "languages"),  # type: ignore[arg-type]
                "languages lists `en`, the language of the source texts; list only the translations",
            )
    if meta and _good(meta, "site_url") and reader.audit:
        reader.audit.site_url = meta["site_url"]  # images may come from the site itself
    if catalog_node and version and published_version and version_key(version) < version_key(published_version):
        reader.report(
            _value_node(catalog_node, "version"),
            f"catalog version {version} is lower than the published {published_version} "
            f"(releases/{published_version}.json); versions only go up: use {published_version} or higher",
        )
    categories = _read_categories(reader, reader.items(root, "categories"))
    return _Head(meta, categories, _required_fields(reader, catalog_node, meta))


def _read_catalog(
    reader: _Reader,
    root: Node,
    published_version: str | None,
    entries: Callable[[_Head], list[tuple[ErrorEntry, Node]]] | None = None,
) -> Catalog | None:
    """The catalog; ``entries`` reads the errors (default: from the tree, under `errors`)."""
    if reader.keys(root, _TOP, "the top level") is None:
        return None
    assert isinstance(root, Mapping)
    head = _read_head(reader, root, published_version)
    if entries is not None:
        errors = entries(head)
    else:
        nodes = reader.items(root, "errors")
        errors = [e for node in nodes if (e := _read_error(reader, node, head.categories, head.require))]
    meta, categories = head.meta, head.categories
    _cross_check(reader, errors, categories, meta)
    allow = _read_allow_breaking(reader, root.get("allow_breaking"))
    required = [f.key for f in fields_of(Catalog) if f.required]
    if meta is None or not _good(meta, *required) or reader.problems:
        return None
    return Catalog(
        **{f.key: meta[f.key] for f in fields_of(Catalog) if _good(meta, f.key)},
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
    entries = (reader.record(item, AllowBreaking, "an allow_breaking entry") for item in node.items)
    return {entry.code: entry.reason for entry in entries if entry}


def _read_categories(reader: _Reader, nodes: list[Node]) -> dict[str, tuple[Category, Node]]:
    found: dict[str, tuple[Category, Node]] = {}
    for node in nodes:
        category = reader.record(node, Category, "a category", line=node.line)
        if category is None:
            continue
        if category.id == "index":
            reader.report(node, "category id `index` is taken by the errors index page; choose another")
        elif category.id in found:
            reader.report(
                node, f"category `{category.id}` is defined twice (first at line {found[category.id][1].line})"
            )
        else:
            found[category.id] = (category, node)
    spans = sorted((c.range, c.id, n) for c, n in found.values() if c.range)
    for (a, a_id, _), (b, b_id, b_node) in zip(spans, spans[1:], strict=False):
        if b[0] <= a[1]:
            reader.report(b_node, f"range of `{b_id}` {list(b)} overlaps the range of `{a_id}` {list(a)}")
    return found


def _required_fields(reader: _Reader, catalog_node: Node | None, meta: dict[str, Any] | None) -> tuple[str, ...]:
    """``catalog.require``: optional error fields this catalog wants on every code."""
    if not meta or not _good(meta, "require") or "require" not in meta:
        return ()
    optional = [f.key for f in fields_of(ErrorEntry) if not f.required]
    for key in meta["require"]:
        if key not in optional:
            assert catalog_node is not None
            reader.report(
                _value_node(catalog_node, "require"),
                f"require names `{key}`, which is not an optional error field; known: {', '.join(optional)}",
            )
    return tuple(k for k in meta["require"] if k in optional)


def _read_error(
    reader: _Reader, node: Node, categories: dict[str, tuple[Category, Node]], require: tuple[str, ...] = ()
) -> tuple[ErrorEntry, Node] | None:
    values = reader.mapping(node, ErrorEntry, "an error")
    if values is None:
        return None
    for key in require:
        if key not in values:
            code = f"code {values['code']}" if _good(values, "code") else "an error"
            reader.report(node, f"{code} is missing `{key}`, which this catalog requires (`catalog.require`)")
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
    fields = fields_of(ErrorEntry)
    if not _good(values, *(f.key for f in fields if f.required)):
        return None
    entry = ErrorEntry(**{f.key: values[f.key] for f in fields if _good(values, f.key)}, line=node.line)
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
