"""The client libraries of other languages (TypeScript, Go, Java, C#, PHP), from one model.

Every file under ``templates/clients/<language>/`` is rendered to
``clients/<language>/`` (the path without ``.j2``); files whose name starts with
``_`` are partials (the code page's snippet, shared macros) and are not written.
Each template gets the same language-neutral ``client`` model, built from the
public records that errors.json carries, so every library says what errors.json
says. The string filters write a text as a literal of each language.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from pns_errors._rules import PAGE_PATH

from .fragments import Memo
from .model import FIX_BY, RETRY, Catalog

TEMPLATES = Path(__file__).parent / "templates" / "clients"
OUT = "clients"
# Each library's folder and its name on the code page's tab (after Python's), in tab order.
LABELS = {"typescript": "TypeScript", "go": "Go", "java": "Java", "csharp": "C#", "php": "PHP"}
# The texts each library carries per catalog language (the API's own message stays English).
TEXT_KEYS = ("message", "description", "solution")


def languages() -> list[str]:
    """The client languages that have templates, in tab order."""
    return [name for name in LABELS if (TEMPLATES / name).is_dir()]


def pascal(name: str) -> str:
    """``VIRTUAL_NUMBER_EXHAUSTED`` / ``fix_by`` -> ``VirtualNumberExhausted`` / ``FixBy``."""
    return "".join(part[:1].upper() + part[1:].lower() for part in re.split(r"[_\-\s]+", name) if part)


def _json_literal(text: str) -> str:
    # JSON's escapes (\" \\ \n \uXXXX) mean the same in TypeScript, Go, Java and C#
    # string literals; ASCII-only output keeps Java's early \u processing harmless,
    # since a quote or backslash is never written as \u0022 or \u005c.
    return json.dumps(text, ensure_ascii=True)


def _utf8_literal(text: str) -> str:
    # TypeScript and Go read UTF-8 source and JSON's escapes alike: Chinese stays readable.
    return json.dumps(text, ensure_ascii=False)


def _csharp_literal(text: str) -> str:
    # UTF-8 too, but C# ends a line at U+0085, U+2028 and U+2029: those stay escaped.
    return _utf8_literal(text).translate({0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"})


def php_literal(text: str) -> str:
    """A single-quoted PHP string: nothing in it is interpolated ($, {) or escaped but \\ and '."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _namespace(catalog: Catalog) -> dict[str, str]:
    """Package names in each ecosystem, derived from the site's host, e.g.
    pns-errors.example.org -> org.example.pnserrors (Java), example.org/pns-errors/go (Go)."""
    host = urlsplit(catalog.site_url).hostname or "example.org"
    labels = host.split(".")
    project = catalog.package.replace("_", "-")  # pns-errors
    domain = ".".join(labels[1:]) if len(labels) > 2 else host
    reversed_domain = ".".join(reversed(domain.split(".")))
    # A Go module is fetched from its repository: with repo_url set, the module is the
    # repository's clients/go folder (tag clients/go/vX.Y.Z to publish it).
    repo = urlsplit(catalog.repo_url)
    go_module = f"{repo.hostname}{repo.path}/clients/go" if catalog.repo_url else f"{domain}/{project}/go"
    return {
        "npm": project,
        "go_module": go_module,
        "go_package": catalog.package.replace("_", ""),  # pnserrors
        "java_group": reversed_domain,
        "java_artifact": project,
        "java_package": f"{reversed_domain}.{catalog.package.replace('_', '')}",
        "dotnet": pascal(catalog.package),  # PnsErrors
        "composer": f"{domain.split('.')[0]}/{project}",
        "php_namespace": pascal(catalog.package),
    }


class ClientError(dict[str, Any]):
    """One code as every library carries it. Its ``texts`` are made on first use: a template
    that memoizes its piece of this code (fragments.py) asks for them only when it is new."""

    def __init__(self, fields: dict[str, Any], texts: Callable[[], dict[str, dict[str, str]]]) -> None:
        super().__init__(fields)
        self._texts = texts

    @property
    def code(self) -> int:  # how fragments.py knows the piece's code
        code: int = self["code"]
        return code

    def __missing__(self, key: str) -> Any:
        if key != "texts":
            raise KeyError(key)
        self["texts"] = value = self._texts()
        return value


def client_model(catalog: Catalog, public: Mapping[int, dict[str, Any]]) -> dict[str, Any]:
    """What every library carries, as plain data (from errors.json's records)."""
    catalog_languages = ["en", *catalog.languages]

    def texts(record: dict[str, Any]) -> dict[str, dict[str, str]]:
        out = {"en": {key: record.get(key) or "" for key in TEXT_KEYS}}
        for language in catalog.languages:
            translated = (record.get("translations") or {}).get(language) or {}
            out[language] = {key: translated.get(key) or out["en"][key] for key in TEXT_KEYS}
        return out

    errors = [
        ClientError(
            {
                "code": entry.code,
                "name": entry.name,
                "message": entry.message,
                "category": entry.category,
                "fix_by": entry.fix_by,
                "retry": entry.retry,
                "url": catalog.doc_url(entry.code),
                "status": entry.status,
            },
            functools.partial(lambda code: texts(public[code]), entry.code),
        )
        for entry in catalog.errors
    ]
    return {
        "header": "generated from errors.yaml by `python -m generator`; do not edit",
        "version": catalog.version,
        "title": catalog.title,
        "site_url": catalog.site_url,
        # A code's page below site_url, around the code: pns_errors._rules.PAGE_PATH, the one rule.
        "page_path": dict(zip(("before", "after"), PAGE_PATH.split("{code}"), strict=True)),
        "repo_url": catalog.repo_url,
        "languages": catalog_languages,
        "names": _namespace(catalog),
        "categories": [
            {
                "id": c.id,
                "title": c.title,
                "range": list(c.range) if c.range else None,
            }
            for c in catalog.categories
        ],
        # [{"word": "caller", "meaning": "..."}]: the triage words, in their declared order
        "fix_by": [{"word": w, "meaning": m} for w, m in (FIX_BY.choices or {}).items()],
        "retry": [{"word": w, "meaning": m} for w, m in (RETRY.choices or {}).items()],
        "errors": errors,  # in code order, as the catalog keeps them (Go's lookup searches them)
        # field -> word -> its codes in order, e.g. by["fix_by"]["caller"]: a match on a field
        # lists each word's codes (filtering all of them once per word cost 0.5 s at 10k)
        "by": {key: _grouped(errors, key) for key in ("category", "fix_by", "retry")},
    }


def _grouped(errors: list[ClientError], key: str) -> dict[str, list[ClientError]]:
    groups: dict[str, list[ClientError]] = {}
    for error in errors:
        groups.setdefault(error[key], []).append(error)
    return groups


@functools.cache  # one overlay per base environment: the code pages ask once per code
def environment(base: jinja2.Environment) -> jinja2.Environment:
    env = base.overlay(loader=jinja2.FileSystemLoader(TEMPLATES))
    env.filters.update(
        ts=_utf8_literal,
        go=_utf8_literal,
        java=_json_literal,
        cs=_csharp_literal,
        php=php_literal,
        pascal=pascal,
        upper_snake=lambda name: re.sub(r"[^A-Za-z0-9]+", "_", name).upper(),
    )
    return env


def wanted(catalog: Catalog) -> bool:
    """Client libraries carry each code's triage data, so only a catalog that requires it
    (``require: [fix_by, retry]``) gets them: every code then has both."""
    return {"fix_by", "retry"} <= set(catalog.require)


def render_clients(
    catalog: Catalog,
    public: Mapping[int, dict[str, Any]],
    base: jinja2.Environment,
    memo_for: Callable[[str], Memo],
) -> dict[str, str]:
    """Every client library's files, by path under the project root (none without triage data);
    ``memo_for(path)`` gives the templates of that file their ``memo`` (fragments.py)."""
    if not wanted(catalog):
        return {}
    env = environment(base)
    model = client_model(catalog, public)
    files: dict[str, str] = {}
    for language in languages():
        for template in sorted((TEMPLATES / language).rglob("*.j2")):
            rel = template.relative_to(TEMPLATES).as_posix()
            if template.name.startswith("_"):
                continue
            path = f"{OUT}/{rel.removesuffix('.j2')}"
            files[path] = env.get_template(rel).render(client=model, memo=memo_for(path))
    return files


def snippets(
    base: jinja2.Environment, entry: Any, *, catalog: Catalog, translate: Callable[[str], str]
) -> list[tuple[str, str]]:
    """The code page's "handling it" examples, (tab label, code) per client language, each
    from its ``_snippet.j2`` with ``e`` (the entry), ``names`` and ``_`` (the page's phrases)."""
    if not wanted(catalog):
        return []
    env = environment(base)
    names = _namespace(catalog)
    return [
        (LABELS[language], env.get_template(f"{language}/_snippet.j2").render(e=entry, names=names, _=translate))
        for language in languages()
    ]
