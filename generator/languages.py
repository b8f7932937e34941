"""A language's data: ``languages/<tag>/phrases.yaml``, read as strictly as errors.yaml.

Each language of ``catalog.languages`` has a folder ``languages/<tag>/``: its phrase catalog
(every fixed phrase of the pages, the command line, the site's scripts, English as the key),
its display name, and optionally its search settings and a jieba word list for the search.
The generator reads them here and writes what the pages, the package and the site need.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .problems import Problem
from .yamlsource import STR, Mapping, Node, Scalar, parse

# The consumers of phrases, each a section of the catalog.
SECTIONS = {
    "pages": "the generated pages and the site's config (generator/templates, mkdocs.<tag>.yml)",
    "cli": "the command line (src/pns_errors/cli.py)",
    "site": "the site's 404 page and scripts (overrides/)",
    "signing": "the signing diagnosis (the signature tool and `pns-errors sign --check`)",
}
TOP_KEYS = ("name", "search", "theme", *SECTIONS)
ENGLISH_NAME = "English"  # English is the key language: it has no catalog of its own
_PLACEHOLDER = re.compile(r"\{\w*\}|%[sd]")  # {0}, {code}, %s, %d


def phrases_path(tag: str) -> str:
    return f"languages/{tag}/phrases.yaml"


def search_words_path(tag: str) -> str:
    return f"languages/{tag}/search-words.txt"


@dataclass(frozen=True)
class Language:
    tag: str
    name: str
    phrases: dict[str, dict[str, str]]  # section -> English -> this language
    separator: str | None = None  # the site search's separator, if not mkdocs.yml's
    theme: str | None = None  # Material's translation to borrow, for a tag Material lacks
    search_words: str | None = None  # a jieba word list (Chinese-like languages), relative to the root
    lines: dict[str, int] = field(default_factory=dict)  # section -> its line, for problems


class BadLanguage(Exception):
    """One or more language files are wrong; ``lines`` are ``FILE:LINE:COL: message``."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def _text(node: Node | None, what: str, problems: list[Problem]) -> str | None:
    if node is None:
        return None
    if not isinstance(node, Scalar):
        problems.append(Problem(node.line, node.col, f"{what} must be text"))
        return None
    if node.tag != STR:
        kind = node.tag.rsplit(":", 1)[-1]
        problems.append(Problem(node.line, node.col, f"{what} `{node.text}` reads as YAML {kind}; quote it"))
        return None
    return node.text


def _section(node: Node | None, name: str, problems: list[Problem]) -> dict[str, str]:
    if not isinstance(node, Mapping):
        line, col = (node.line, node.col) if node is not None else (1, 1)
        problems.append(Problem(line, col, f"needs the section `{name}`: English phrase -> translation"))
        return {}
    table: dict[str, str] = {}
    for key, value in node.items:
        text = _text(value, f"the translation of {key.text!r}", problems)
        if text is None:
            continue
        if not text.strip():
            problems.append(Problem(value.line, value.col, f"the translation of {key.text!r} is empty"))
        elif Counter(_PLACEHOLDER.findall(key.text)) != Counter(_PLACEHOLDER.findall(text)):
            wanted = " ".join(_PLACEHOLDER.findall(key.text)) or "none"
            message = f"the translation of {key.text!r} must keep the placeholders of the English ({wanted})"
            problems.append(Problem(value.line, value.col, message))
        table[key.text] = text
    return table


def read(tag: str, data: bytes) -> tuple[Language | None, list[Problem]]:
    """One language's phrases.yaml, with every problem in it."""
    root, problems = parse(data)
    if root is None:
        return None, problems
    if not isinstance(root, Mapping):
        return None, [*problems, Problem(root.line, root.col, "must be a mapping: name, search, pages, cli, ...")]
    for key, _ in root.items:
        if key.text not in TOP_KEYS:
            problems.append(Problem(key.line, key.col, f"unknown key `{key.text}`; the keys are {', '.join(TOP_KEYS)}"))
    name = _text(root.get("name"), "name", problems)
    if not name:
        problems.append(Problem(root.line, root.col, "needs `name`: the language's name in itself, for the switcher"))
    search = root.get("search")
    separator = None
    if isinstance(search, Mapping):
        for key, _ in search.items:
            if key.text != "separator":
                problems.append(Problem(key.line, key.col, f"unknown key `{key.text}` in search; it has `separator`"))
        separator = _text(search.get("separator"), "search.separator", problems)
    elif search is not None:
        problems.append(Problem(search.line, search.col, "search must be a mapping with `separator`"))
    theme = _text(root.get("theme"), "theme", problems)
    phrases = {section: _section(root.get(section), section, problems) for section in SECTIONS}
    lines = {s: node.line for s in SECTIONS for node in [root.get(s)] if node is not None}
    language = Language(tag, name or tag, phrases, separator, theme, lines=lines)
    return language, problems


def _gaps(languages: dict[str, Language]) -> list[str]:
    """A phrase another language translates and this one lacks: the catalogs stay complete."""
    found = []
    for tag, language in languages.items():
        for section, table in language.phrases.items():
            for other in languages.values():
                for phrase in other.phrases[section]:
                    if phrase not in table:
                        found.append(
                            f"{phrases_path(tag)}:{language.lines.get(section, 1)}:1: section `{section}` lacks "
                            f"{phrase!r}, which {phrases_path(other.tag)} translates; add its translation"
                        )
    return list(dict.fromkeys(found))


def _declared_script_phrases() -> dict[str, str]:
    """What the site's scripts and the signing diagnosis say, declared in English once in
    pns_errors (``_script_phrases``, ``signing``), by phrase: the section that translates it."""
    from pns_errors import _script_phrases, signing

    declared = {english: "site" for english in _script_phrases.SCRIPT_PHRASES.values()}
    declared.update({_script_phrases.SCRIPT_PHRASES[name]: "signing" for name in _script_phrases.SIGNING_NAMES})
    declared.update({english: "signing" for english in signing.english_phrases()})
    return declared


def _untranslated_script_phrases(languages: dict[str, Language]) -> list[str]:
    """A phrase the scripts or the diagnosis say that a language lacks: it would show in English."""
    found = []
    for tag, language in languages.items():
        for english, section in _declared_script_phrases().items():
            if english not in language.phrases[section]:
                found.append(
                    f"{phrases_path(tag)}:{language.lines.get(section, 1)}:1: section `{section}` lacks "
                    f"{english!r}, which pns_errors says; add its translation"
                )
    return found


def script_phrases(tags: tuple[str, ...] | list[str], languages: dict[str, Language]) -> dict[str, dict[str, str]]:
    """Each language's words for the scripts and the diagnosis (both engines' pages and the CLI)."""
    return {tag: {**languages[tag].phrases["site"], **languages[tag].phrases["signing"]} for tag in tags}


def load(root: Path, tags: tuple[str, ...] | list[str]) -> dict[str, Language]:
    """Every catalog language's data, by tag; BadLanguage lists every problem in every file."""
    languages: dict[str, Language] = {}
    lines: list[str] = []
    for tag in tags:
        path = phrases_path(tag)
        try:
            data = (root / path).read_bytes()
        except OSError as error:
            lines.append(
                f"{path}: cannot read: {error.strerror}; catalog.languages lists `{tag}`, so it needs its "
                f"phrases (copy {phrases_path('zh')} and translate each value)"
            )
            continue
        language, problems = read(tag, data)
        lines.extend(problem.format(path) for problem in sorted(problems))
        if language is not None and not problems:
            words = search_words_path(tag)
            languages[tag] = dataclasses.replace(language, search_words=words if (root / words).exists() else None)
    lines.extend(_gaps(languages))
    lines.extend(_untranslated_script_phrases(languages))
    if lines:
        raise BadLanguage(lines)
    return languages
