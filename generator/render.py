"""Render every artifact of a Catalog from its Jinja2 template.

Formatting lives in the templates; this module only chooses which template makes
which file and supplies the escaping filters each output format needs.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import json
import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from pns_errors._rules import page_path

from . import clients, scripts, translations
from .blocks import hosts_for, language_of, splice
from .checks import Check
from .fragments import Memo
from .history import Changes, changelog
from .i18n import name as language_name
from .i18n import translator
from .language_files import docs_dir, render_language_files, yaml_scalar
from .languages import Language, script_phrases
from .languages import load as load_languages
from .model import (
    DERIVED,
    FIX_BY,
    NESTED,
    RETRY,
    Catalog,
    Category,
    CategoryText,
    Deprecation,
    ErrorEntry,
    ErrorText,
    Field,
    Retirement,
    Variant,
    fields_of,
    translated_keys,
)
from .pagecache import PageCache, code_key, digest
from .schemas import json_schema, yaml_schema
from .search_terms import search_tags, segment

TEMPLATES = Path(__file__).parent / "templates"
HEADER = "generated from errors.yaml by `python -m generator`; do not edit"
# Folders the generator owns outright: every file in them is generated.
OWNED_DIRS = ("docs/errors", "docs-*/errors", "clients")  # patterns: every language's folder

# Every ASCII punctuation mark Markdown, its extensions or HTML could read as
# syntax; written as numeric character references they show as themselves.
_MARKDOWN_SPECIAL = {ord(c): f"&#{ord(c)};" for c in "!\"#$%&'()*+-./:;<=>?@[\\]^_`{|}~"}
# Link and image targets in Markdown: inline `](target` and reference definitions `[id]: target`.
_LINK_TARGET = re.compile(r"(\]\(\s*<?|^ {0,3}\[[^\]]+\]:[ \t]*<?)([^\s()<>]+)", re.M)
_CODE_SPANS = re.compile(r"(`+)(?:(?!\1).)+?\1|^ {0,3}(```|~~~).*?^ {0,3}\2", re.S | re.M)
_ABSOLUTE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:|//")
_INDEX_MD = re.compile(r"(^|/)index\.md$")


def markdown_text(text: str) -> str:
    """Plain text made inert inside Markdown: a table cell, a heading, a link text."""
    return text.translate(_MARKDOWN_SPECIAL)


def html_text(text: str) -> str:
    """Plain text for places MkDocs and Material output without escaping (page titles)."""
    return html.escape(text, quote=True)


def python_str(text: str) -> str:
    """A Python literal that reads back as exactly ``text``; repr escapes what could hide."""
    literal = repr(text)
    if literal.startswith("'") and '"' not in text:
        literal = '"' + literal[1:-1] + '"'  # repr escaped no quote: only the delimiters change
    return literal


def python_str_dict(value: dict[str, dict[str, tuple[str, str]]]) -> str:
    """A literal of nested dicts of string pairs, every string written by python_str."""
    return (
        "{"
        + ", ".join(
            f"{python_str(language)}: {{"
            + ", ".join(f"{python_str(w)}: ({python_str(a)}, {python_str(b)})" for w, (a, b) in words.items())
            + "}"
            for language, words in value.items()
        )
        + "}"
    )


def name_label(name: str) -> str:
    """``VIRTUAL_NUMBER_EXHAUSTED`` -> ``Virtual number exhausted``.

    Links to other codes use this rather than their message, so that editing one
    message rewrites only the files that show it, not every neighbour's page.
    """
    return name.replace("_", " ").capitalize()


def json_text(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        # Compiling the templates costs more than rendering 18 codes; the cache (in the
        # user's temp folder, keyed by each template's checksum) skips it on later runs.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # each format escapes with its own filter below
    )
    env.filters.update(
        md=markdown_text,
        html=html_text,
        json=json_text,
        py=python_str,
        label=name_label,
        member=enum_member,
        segment=segment,
        yaml=yaml_scalar,
        capitalize_first=lambda text: text[:1].upper() + text[1:],
        brackets=lambda text: text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]"),  # link text
    )
    # selectattr in Python: Jinja's costs 5 us an item, over 10,000 codes per table
    env.filters["having"] = lambda items, key, *value: [
        item for item in items if (getattr(item, key) == value[0] if value else getattr(item, key))
    ]
    env.globals["HEADER"] = HEADER
    env.globals["page_path"] = page_path  # the one rule for a code's page (pns_errors._rules)
    return env


_LAST_RELATED: list[tuple[Catalog, dict[int, list[ErrorEntry]]]] = []  # every language's pages ask


def _related(catalog: Catalog) -> dict[int, list[ErrorEntry]]:
    """Each code's related codes: its see_also first, then up to four same-category neighbours."""
    if _LAST_RELATED and _LAST_RELATED[0][0] is catalog:
        return _LAST_RELATED[0][1]
    related: dict[int, list[ErrorEntry]] = {}
    for category in catalog.categories:
        siblings = catalog.in_category(category.id)
        for at, entry in enumerate(siblings):
            found = [catalog.error(code) for code in entry.see_also]
            for other in siblings[max(at - 2, 0) : at] + siblings[at + 1 : at + 3]:
                if other.code not in entry.see_also:  # by code: comparing whole entries cost 0.2 s at 10k
                    found.append(other)
            related[entry.code] = found
    _LAST_RELATED[:] = [(catalog, related)]
    return related


@functools.cache  # errors.json and the enum ask for the same texts
def absolute_links(markdown: str, page: str, site_url: str) -> str:
    """Markdown whose relative links (written for the page ``page``, e.g. ``errors/1003.md``)
    become absolute URLs, for every reader outside the site: errors.json, the enum, the CLI."""
    if "](" not in markdown and "]:" not in markdown:
        return markdown  # no link at all: most descriptions
    out = []
    at = 0
    for code in _CODE_SPANS.finditer(markdown):
        out.append(
            _LINK_TARGET.sub(lambda m: m.group(1) + _absolute(m.group(2), page, site_url), markdown[at : code.start()])
        )
        out.append(code.group())
        at = code.end()
    out.append(_LINK_TARGET.sub(lambda m: m.group(1) + _absolute(m.group(2), page, site_url), markdown[at:]))
    return "".join(out)


def _absolute(target: str, page: str, site_url: str) -> str:
    if _ABSOLUTE_URL.match(target):
        return target  # already absolute
    path, _, anchor = target.partition("#")
    docs_path = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
    url = _INDEX_MD.sub(r"\1", docs_path)
    url = re.sub(r"\.md$", "/", url)
    return site_url + url.removeprefix("./").lstrip("/") + (f"#{anchor}" if anchor else "")


def public_value(value: Any, check: Check, page: str, site_url: str) -> Any:
    """A field's value as every artifact outside the site carries it: links absolute, lists for tuples."""
    if check.translations is not None:  # links go to the pages in that language, under /<language>/
        return {
            language: {
                "language": language,
                **{
                    f.key: public_value(getattr(text, f.key), f.check, page, f"{site_url}{language}/")
                    for f in fields_of(check.translations)
                    if f.public
                },
            }
            for language, text in (value or {}).items()
        }
    if value is None:
        return None
    if check.record is not None:
        return {
            f.key: public_value(getattr(value, f.key), f.check, page, site_url)
            for f in fields_of(check.record)
            if f.public
        }
    if check.markdown:
        return absolute_links(value, page, site_url)
    if isinstance(value, tuple):
        return [public_value(item, check.items or check, page, site_url) for item in value]
    return value


def python_value(value: Any, check: Check, page: str, site_url: str) -> str:
    """A field's value as a Python literal in _catalog.py (same content as public_value): a
    constant, so that the compiled module loads a whole row at once; an enum's member as its
    value, a record as the tuple of its fields. ``python_convert`` names what turns it back."""
    if check.translations is not None:
        texts = [
            f"{python_str(language)}: {python_text(check.translations, language, text, page, site_url)}"
            for language, text in (value or {}).items()
        ]
        return "{" + ", ".join(texts) + "}"
    if value is None:
        return "None"
    if check.record is not None:
        parts = [python_value(getattr(value, f.key), f.check, page, site_url) for f in fields_of(check.record)]
        return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
    if isinstance(value, tuple):
        items = [python_value(item, check.items or check, page, site_url) for item in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(value, str):
        return python_str(absolute_links(value, page, site_url) if check.markdown else value)
    return repr(value)


def python_convert(check: Check) -> str:
    """What turns a field's python_value into the member's attribute (_base.py): the enum
    member (``Category.PNS`` from ``"pns"``), the record, each item's; ``None``: the value as it is."""
    if check.enum:
        return f"by_value({check.python})"
    if check.record is not None:
        return f"one({check.record.__name__})"
    if check.items is not None and python_convert(check.items) != "None":
        return f"each({python_convert(check.items)})"
    return "None"


def python_text(model: type, language: str, text: Any, page: str, site_url: str) -> str:
    """One translation as a Python expression: ``ErrorText("zh", message, ...)``."""
    values = [
        python_value(getattr(text, f.key), f.check, page, f"{site_url}{language}/")
        for f in fields_of(model)
        if f.public
    ]
    return f"{model.__name__}({python_str(language)}, {', '.join(values)})"


def stored_fields(model: type) -> list[Field]:
    """The fields an enum member's row holds after its name, value and former names, in
    order. The translations are not among them: they live in a module per language,
    imported on first use."""
    return [f for f in fields_of(model) if f.stored and f.check.translations is None]


def python_row(obj: Category | ErrorEntry, page: str, site_url: str) -> str:
    """The stored fields of a category or error as Python literals, for its row in the enum
    module. One call per entry, not one per field: at 10,000 codes the template's
    per-field calls cost half of rendering the module."""
    return ", ".join(python_value(getattr(obj, f.key), f.check, page, site_url) for f in stored_fields(type(obj)))


def python_texts(catalog: Catalog, language: str) -> list[tuple[str, str]]:
    """Every category's translation into ``language``, as (key, expression) Python literals for
    its module, by the category's id (the codes' are error_text's, one memoized piece each)."""
    return [
        (
            python_str(c.id),
            python_text(CategoryText, language, c.translations[language], f"errors/{c.id}.md", catalog.site_url),
        )
        for c in catalog.categories
        if language in (c.translations or {})
    ]


def error_text(catalog: Catalog, language: str, e: ErrorEntry) -> str:
    """A code's translation into ``language`` as a Python expression, for its module."""
    return python_text(ErrorText, language, (e.translations or {})[language], f"errors/{e.code}.md", catalog.site_url)


def texts_module(language: str) -> str:
    """The module holding a language's texts: ``_catalog_zh`` (``pt-BR``: ``_catalog_pt_br``)."""
    return "_catalog_" + re.sub(r"[^a-z0-9]+", "_", language.lower())


def enum_member(category_id: str) -> str:
    return category_id.upper().replace("-", "_")


def public_record(obj: Any, model: type, page: str, catalog: Catalog) -> dict[str, Any]:
    return {
        f.key: public_value(getattr(obj, f.key), f.check, page, catalog.site_url) for f in fields_of(model) if f.public
    }


class PublicRecords(dict[int, dict[str, Any]]):
    """Each error's public record by code, made when first asked for."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog

    def __missing__(self, code: int) -> dict[str, Any]:
        self[code] = record = public_record(self.catalog.error(code), ErrorEntry, f"errors/{code}.md", self.catalog)
        return record


def json_document(
    catalog: Catalog, public: Mapping[int, dict[str, Any]] | None = None, with_errors: bool = True
) -> dict[str, Any]:
    """The content of docs/errors.json (without its errors: the template adds each one's record)."""
    if public is None:
        public = PublicRecords(catalog)
    document = {
        "$comment": HEADER,
        "catalog": public_record(catalog, Catalog, "index.md", catalog),
        "categories": [public_record(c, Category, f"errors/{c.id}.md", catalog) for c in catalog.categories],
    }
    if with_errors:
        document["errors"] = [error_record(catalog, public, e) for e in catalog.errors]
    return document


def error_record(catalog: Catalog, public: Mapping[int, dict[str, Any]], e: ErrorEntry) -> dict[str, Any]:
    """A code's record in errors.json: its public fields, then the derived ones."""
    return {**public[e.code], **{d.key: d.compute(catalog, e) for d in DERIVED}}


def _block(name: str, indent: str, common: dict[str, Any]) -> str:
    return _ENV.get_template(f"blocks/{name}.j2").render(common, indent=indent)


def _in_language(english: Any, text_model: type, language: str) -> Any:
    """The entry with its texts in ``language``; English where a translation is missing or empty."""
    text = (english.translations or {}).get(language) if language != "en" else None
    if text is None:
        return english
    changes = {key: getattr(text, key) for key in translated_keys(text_model) if getattr(text, key)}
    if hasattr(text, "synonyms"):  # a language's own words, never the English ones
        changes["synonyms"] = text.synonyms
    for key, (record, field_name) in NESTED.items():  # deprecated_reason -> deprecated.reason
        nested = getattr(english, record, None)
        translated = changes.pop(key, None)
        if nested is not None and translated:
            changes[record] = dataclasses.replace(nested, **{field_name: translated})
    return _replaced(english, changes)


def _replaced(entry: Any, changes: dict[str, Any]) -> Any:
    """``dataclasses.replace`` without running ``__init__`` again: the fields were checked when
    read, and at 10,000 codes a run makes 10,000 of these per language."""
    copy = object.__new__(type(entry))
    copy.__dict__.update(entry.__dict__)
    copy.__dict__.update(changes)
    return copy


def _terms(english: ErrorEntry) -> list[list[str]]:
    """An error's wordings (its message in every language, then its variants) and synonyms (English,
    then each translation's), as pns_errors._lookup.terms lists them, for the site's jump box."""
    texts: list[ErrorEntry | ErrorText] = [english, *(english.translations or {}).values()]
    wordings = [t.message for t in texts] + [v.text for v in english.also_sent]
    return [wordings, list(dict.fromkeys(s for t in texts for s in t.synonyms))]


@dataclass(frozen=True)
class Keys:
    """What each generated file is made from, as hashes (pagecache.py): ``base`` for what every
    file uses (the generator, the catalog's settings and categories), ``entry`` per code (its
    fields and translations), ``everything`` for the files made from the whole catalog."""

    base: str
    entry: dict[int, str]
    everything: str
    _pages: dict[int, str] = dataclasses.field(default_factory=dict, compare=False)

    def page_inputs(self, catalog: Catalog, related: dict[int, list[ErrorEntry]], i: int) -> str:
        """The entries a code's page shows, hashed: itself, its related codes, its neighbours, the
        code that replaces it (the "edit this error" link's line is in the entry's key). The same
        in every language, so worked out once."""
        found = self._pages.get(i)
        if found is None:
            english, errors = catalog.errors[i], catalog.errors
            uses = [english.code, *(r.code for r in related[english.code])]
            uses += [errors[i - 1].code if i else 0, errors[i + 1].code if i + 1 < len(errors) else 0]
            if english.deprecated and english.deprecated.replaced_by:
                uses.append(english.deprecated.replaced_by)
            found = self._pages[i] = "\0".join(self.entry.get(code, "") for code in uses)
        return found

    @classmethod
    def of(cls, catalog: Catalog, changes: list[Changes], language_data: dict[str, Language]) -> Keys:
        settings = [repr(getattr(catalog, f.key)) for f in fields_of(Catalog)]
        languages = [repr(language_data[tag]) for tag in sorted(language_data)]  # the phrases, the names
        base = digest(code_key(), *settings, *languages, repr(catalog.categories), repr(catalog.allow_breaking))
        keep_line = bool(catalog.repo_url)
        read = catalog.entry_keys  # the hash of each entry's text, when entrycache.py read it
        entry = {
            e.code: (read[e.code] + (f" {e.line}" if keep_line else ""))
            if e.code in read
            else digest(_without_line(e, keep_line))
            for e in catalog.errors
        }
        lines = ",".join(str(e.line) for e in catalog.errors)
        return cls(base, entry, digest(base, *entry.values(), lines, repr(changes)))


def _without_line(entry: ErrorEntry, keep: bool) -> str:
    """An entry's repr; its line only matters to a page when it links to the line (repo_url), so
    that an edit which moves later entries down does not render their pages again."""
    text = repr(entry)
    head, _, tail = text.rpartition(", line=")
    return text if keep or not tail[:-1].isdigit() else head + ")"


def _common(catalog: Catalog, language: str, errors: list[ErrorEntry], phrases: dict[str, Language]) -> dict[str, Any]:
    """What every page template of one language may use."""
    by_code = {e.code: e for e in errors}
    in_category: dict[str, list[ErrorEntry]] = {}
    for e in errors:
        in_category.setdefault(e.category, []).append(e)

    def link_label(entry: ErrorEntry) -> str:
        # Plain text (templates escape it). English links name a code by its enum name, so that
        # editing one message rewrites only that code's files; other languages have no such
        # name, so they use the message.
        return name_label(entry.name) if language == "en" else by_code[entry.code].message

    return {
        "catalog": catalog,
        "FIX_BY": FIX_BY,
        "RETRY": RETRY,
        "_": translator(language, phrases),
        "home": catalog.site_url if language == "en" else f"{catalog.site_url}{language}/",
        "categories": [_in_language(c, CategoryText, language) for c in catalog.categories],
        "errors": errors,
        "by_code": by_code,
        "in_category": lambda category_id: in_category.get(category_id, []),
        "link_label": link_label,
        "message_of": lambda e: by_code[e.code].message if e.code in by_code else e.message,
        "json_link": "../errors.json" if language == "en" else f"{catalog.site_url}errors.json",
        "handling": functools.partial(clients.snippets, _ENV, catalog=catalog, translate=translator(language, phrases)),
    }


def _code_pages(
    catalog: Catalog, language: str, common: dict[str, Any], cache: PageCache, keys: Keys
) -> dict[str, str]:
    """One page per code. Each is keyed by its own entry, its related codes, its neighbours and
    the entry that replaces it: all that the page shows of the catalog (see error.md.j2)."""
    files: dict[str, str] = {}
    folder = docs_dir(language)
    errors: list[ErrorEntry] = common["errors"]
    by_code: dict[int, ErrorEntry] = common["by_code"]
    categories = {c.id: c for c in common["categories"]}
    page = _ENV.get_template("error.md.j2")
    related = _related(catalog)

    def render_page(i: int) -> str:
        entry, english = errors[i], catalog.errors[i]
        return page.render(
            common,
            e=entry,
            english=english,
            state="current" if language == "en" else translations.state(english, ErrorText, language),
            english_url=catalog.doc_url(entry.code),
            category=categories[entry.category],
            related=[by_code[r.code] for r in related[english.code]],
            tags=search_tags(entry, english),
            previous=errors[i - 1] if i else None,
            next=errors[i + 1] if i + 1 < len(errors) else None,
        )

    for i, english in enumerate(catalog.errors):
        key = digest(keys.base, language, "code page", keys.page_inputs(catalog, related, i))
        path = f"{folder}/errors/{english.code}.md"
        files[path] = cache.file(path, key, functools.partial(render_page, i))
    return files


def _codes_json(catalog: Catalog, common: dict[str, Any], memo: Memo) -> str:
    """What the site's jump box, finder and 404 page need, small enough to fetch at once."""
    link_label = common["link_label"]

    # [code, category, label, status, message, names, wordings, synonyms]: the finder knows codes
    # by their enum names and wordings too (every language's message and the variants), and the
    # jump box searches these as `pns-errors search` does (pns_errors._lookup.terms).
    def code_row(e: ErrorEntry) -> list[Any]:
        names = [e.name, *e.aliases]
        return [e.code, e.category, link_label(e), e.status, e.message, names, *_terms(catalog.error(e.code))]

    return _ENV.get_template("codes.json.j2").render(
        categories={c.id: list(c.range) if c.range else None for c in catalog.categories},
        errors=common["errors"],
        code_row=code_row,
        memo=memo,
    )


def _pages(
    catalog: Catalog,
    language: str,
    changes: list[Changes],
    errors: list[ErrorEntry],
    phrases: dict[str, Language],
    cache: PageCache,
    keys: Keys,
) -> dict[str, str]:
    """The generated pages of one language's site, under its docs folder; ``errors`` in that language.
    The pages made from the whole catalog (the index, the categories, the changelog) are keyed by all of it."""
    folder = docs_dir(language)
    common = _common(catalog, language, errors, phrases)
    files = _code_pages(catalog, language, common, cache, keys)
    whole = functools.partial(digest, keys.everything, language)
    index = f"{folder}/errors/index.md"
    memo_for = cache.fragments.memo_for
    files[index] = cache.file(
        index, whole(index), lambda: _ENV.get_template("index.md.j2").render(common, memo=memo_for(index))
    )
    category_page = _ENV.get_template("category.md.j2")
    for category in common["categories"]:
        path = f"{folder}/errors/{category.id}.md"
        files[path] = cache.file(
            path,
            whole(path),
            functools.partial(_category_page, category_page, common, category, path, memo_for),
        )
    codes = f"{folder}/errors/codes.json"
    files[codes] = cache.file(
        codes, whole(codes), lambda: _codes_json(catalog, common, cache.fragments.memo_for(codes))
    )
    log = f"{folder}/changelog.md"
    files[log] = cache.file(
        log, whole(log), lambda: _ENV.get_template("changelog.md.j2").render(common, sections=changes)
    )
    return files


def _category_page(
    template: jinja2.Template,
    common: dict[str, Any],
    category: Category,
    path: str,
    memo_for: Callable[[str], Memo],
) -> str:
    return template.render(common, category=category, errors=common["in_category"](category.id), memo=memo_for(path))


def _switcher(catalog: Catalog, language_data: dict[str, Language]) -> list[dict[str, str]]:
    """The language switcher's entries, English first."""
    languages = ["en", *catalog.languages]
    return [
        {
            "tag": language,
            "name": language_name(language, language_data),
            "root": "" if language == "en" else f"{language}/",
            "url": catalog.site_url if language == "en" else f"{catalog.site_url}{language}/",
        }
        for language in languages
    ]


def _hosts(
    catalog: Catalog,
    hosts: dict[str, str],
    localized: dict[str, list[ErrorEntry]],
    language_data: dict[str, Language],
    cache: PageCache,
    keys: Keys,
) -> dict[str, str]:
    """The hand-written files that hold generated blocks, their blocks brought up to date."""
    switcher = _switcher(catalog, language_data)
    names = hosts_for(catalog.languages)
    files = {}
    for path, text in hosts.items():
        language = language_of(path)
        block_values: dict[str, Any] = {
            "catalog": catalog,
            "FIX_BY": FIX_BY,
            "RETRY": RETRY,
            "_": translator(language, language_data),
            "home": catalog.site_url if language == "en" else f"{catalog.site_url}{language}/",
            "errors": localized.get(language) or [_in_language(e, ErrorText, language) for e in catalog.errors],
            "languages": switcher,
            "memo": cache.fragments.memo_for(path),
        }
        make = functools.partial(splice, path, text, functools.partial(_block, common=block_values), names[path])
        # Reused, it is what was read: the block's output is the file as it is.
        files[path] = cache.file(path, digest(keys.everything, path, text), make) or text
    return files


def _catalog_module(catalog: Catalog, language_data: dict[str, Language], memo: Memo) -> str:
    """src/<package>/_catalog.py: the enum module."""
    common = {"catalog": catalog, "FIX_BY": FIX_BY, "RETRY": RETRY, "memo": memo}
    return _ENV.get_template("catalog.py.j2").render(
        common,
        python_row=functools.partial(python_row, site_url=catalog.site_url),
        python_convert=python_convert,
        stored_fields=stored_fields,
        category_model=Category,
        error_model=ErrorEntry,
        records=[(model, fields_of(model)) for model in (Deprecation, Retirement, Variant)],
        texts=[(model, [f for f in fields_of(model) if f.public]) for model in (CategoryText, ErrorText)],
        # The English of a nested translated key, on a member: deprecated_reason is deprecation.reason.
        english_expr={
            key: f'self.{member}.{name} if self.{member} else ""'
            for key, (record, name) in NESTED.items()
            for member in [next(f.member for f in fields_of(ErrorEntry) if f.key == record)]
        },
        choices=[f.check for f in fields_of(ErrorEntry) if f.check.choices],
        translated_words={
            f.check.python: python_str_dict(
                {
                    language: {
                        word: (
                            translator(language, language_data)(f.check.labels[word]),
                            translator(language, language_data)(meaning),
                        )
                        for word, meaning in f.check.choices.items()
                    }
                    for language in catalog.languages
                }
            )
            for f in fields_of(ErrorEntry)
            if f.check.choices and f.check.labels
        },
        category_fields=fields_of(Category),
        error_fields=fields_of(ErrorEntry),
        modules={language: texts_module(language) for language in catalog.languages},
        derived=DERIVED,
    )


def _data_files(catalog: Catalog, language_data: dict[str, Language], cache: PageCache, keys: Keys) -> dict[str, str]:
    """errors.json, llms*.txt, the enum module, the client libraries and the schemas: each made
    from the whole catalog, so keyed by all of it."""
    public = PublicRecords(catalog)  # each made on first use: by the pieces rendered again
    memo_for = cache.fragments.memo_for
    common = {"catalog": catalog, "FIX_BY": FIX_BY, "RETRY": RETRY}
    categories = {c.id: c for c in catalog.categories}
    makers: dict[str, Callable[[], str]] = {
        "docs/errors.json": lambda: _ENV.get_template("errors.json.j2").render(
            frame={**json_document(catalog, {}, with_errors=False), "errors": []},
            errors=catalog.errors,
            error_record=functools.partial(error_record, catalog, public),
            memo=memo_for("docs/errors.json"),
        ),
        # For AI assistants (llmstxt.org): an index and the full text, every link absolute.
        "docs/llms.txt": lambda: _ENV.get_template("llms.txt.j2").render(common, memo=memo_for("docs/llms.txt")),
        "docs/llms-full.txt": lambda: _ENV.get_template("llms-full.txt.j2").render(
            common, categories=categories, public=public, memo=memo_for("docs/llms-full.txt")
        ),
        f"src/{catalog.package}/_catalog.py": lambda: _catalog_module(
            catalog, language_data, memo_for(f"src/{catalog.package}/_catalog.py")
        ),
        **{
            f"src/{catalog.package}/{texts_module(language)}.py": functools.partial(
                lambda language: _ENV.get_template("catalog_texts.py.j2").render(
                    common,
                    language=language,
                    texts=python_texts(catalog, language),
                    translated=[e for e in catalog.errors if language in (e.translations or {})],
                    error_text=functools.partial(error_text, catalog, language),
                    memo=memo_for(f"src/{catalog.package}/{texts_module(language)}.py"),
                ),
                language,
            )
            for language in catalog.languages
        },
        "docs/errors.yaml.schema.json": lambda: _ENV.get_template("schema.json.j2").render(
            document={"$comment": HEADER, **yaml_schema(catalog.site_url)}
        ),
        "docs/errors.schema.json": lambda: _ENV.get_template("schema.json.j2").render(
            document={"$comment": HEADER, **json_schema(catalog.site_url)}
        ),
    }
    files = {path: cache.file(path, digest(keys.everything, path), make) for path, make in makers.items()}
    clients_of = functools.partial(clients.render_clients, catalog, public, _ENV, memo_for)
    files.update(cache.group("clients", keys.everything, clients_of))
    return files


def render(
    catalog: Catalog,
    changes: list[Changes] | None = None,
    hosts: dict[str, str] | None = None,
    language_data: dict[str, Language] | None = None,
    cache: PageCache | None = None,
) -> dict[str, str]:
    """Every generated file, by its path relative to the project root.

    ``changes`` comes from the published releases (history.changelog); without
    them, the whole catalog reads as one unreleased version. ``hosts`` is the
    current text of the hand-written files that hold generated blocks
    (blocks.hosts_for), whose blocks are then brought up to date. ``language_data`` is each
    catalog language's data (languages.load); by default this checkout's. ``cache`` gives
    back the files whose inputs did not change (pagecache.py); without it, every
    file is rendered.
    """
    if language_data is None:
        language_data = load_languages(Path(__file__).resolve().parent.parent, catalog.languages)
    if changes is None:
        changes = changelog(catalog, [])
    if cache is None:
        cache = PageCache(None)
    keys = Keys.of(catalog, changes, language_data)
    cache.fragments.start(keys.base, keys.entry)
    files: dict[str, str] = {}
    languages = ["en", *catalog.languages]
    localized = {language: [_in_language(e, ErrorText, language) for e in catalog.errors] for language in languages}
    for language in languages:
        files.update(_pages(catalog, language, changes, localized[language], language_data, cache, keys))
    files.update(_data_files(catalog, language_data, cache, keys))
    files.update(_hosts(catalog, hosts or {}, localized, language_data, cache, keys))
    switcher = _switcher(catalog, language_data)
    config = files.get("mkdocs.yml")
    files.update(
        cache.group(
            "language files",
            digest(keys.everything, config or ""),
            lambda: render_language_files(_ENV, catalog, language_data, switcher, config),
        )
    )
    # the site scripts' rules and words
    scripts_for = functools.partial(scripts.render_scripts, _ENV, script_phrases(catalog.languages, language_data))
    files.update(cache.group("scripts", keys.everything, scripts_for))
    return files


_ENV = _environment()
