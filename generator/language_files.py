"""What each language's data becomes: the files that the CLI, the site and its builds read.

- ``src/<package>/_phrases.py``: the command line's phrases and the signing diagnosis's, by language
  (the site's scripts read the same ``site`` and ``signing`` sections from generated/rules.js);
- ``mkdocs.<tag>.yml``: the language's site, inheriting mkdocs.yml, its nav titles translated;
- ``overrides/partials/languages/<tag>.html``: for a tag Material has no translation for.
"""

from __future__ import annotations

import json
import re
from typing import Any

import jinja2
import yaml

from .i18n import MissingPhrase, translator
from .languages import Language, phrases_path, script_phrases
from .model import Catalog

_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#,\[\]{}\"']*")


def yaml_scalar(text: str) -> str:
    """``text`` as a YAML scalar that reads back as itself: plain where that is safe (also inside
    a flow mapping), else double-quoted."""
    if _PLAIN.fullmatch(text) and text == text.strip() and yaml.safe_load(text) == text:
        return text
    return json.dumps(text, ensure_ascii=False)


def docs_dir(language: str) -> str:
    """Where a language's pages live: ``docs`` for English, ``docs-zh`` for Chinese."""
    return "docs" if language == "en" else f"docs-{language}"


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as data; a tag MkDocs resolves (``!!python/name:``, ``!ENV``) reads as null,
    since only the titles, the nav and the palette are read from it."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _nav(items: Any, translate: Any) -> Any:
    """mkdocs.yml's nav with each title in the language (the pages keep their paths)."""
    if isinstance(items, list):
        return [_nav(item, translate) for item in items]
    if isinstance(items, dict):
        return {translate(title): _nav(value, translate) for title, value in items.items()}
    return items


def _palette(palette: Any, translate: Any) -> str | None:
    """mkdocs.yml's palette (a list, so a language's config replaces it whole), its toggles' names translated."""
    if not palette:
        return None
    schemes = [
        {**s, "toggle": {**s["toggle"], "name": translate(s["toggle"]["name"])}} if "toggle" in s else s
        for s in palette
    ]
    text = yaml.safe_dump(schemes, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)
    return "".join(f"    {line}\n" for line in text.splitlines())


def _nav_lines(items: Any, indent: str) -> list[str]:
    lines = []
    for item in items:
        if isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, list):
                    lines.append(f"{indent}- {yaml_scalar(title)}:")
                    lines.extend(_nav_lines(value, indent + "    "))
                else:
                    lines.append(f"{indent}- {yaml_scalar(title)}: {yaml_scalar(value)}")
        else:
            lines.append(f"{indent}- {yaml_scalar(item)}")
    return lines


def _config(
    env: jinja2.Environment, catalog: Catalog, language: Language, english: dict[str, Any], common: dict[str, Any]
) -> str:
    translate = translator(language.tag, common["languages_data"])
    try:
        nav = _nav(english.get("nav") or [], translate)
        palette = _palette(english.get("theme", {}).get("palette"), translate)
        site_name = translate(english["site_name"])
        description = translate(english["site_description"]) if english.get("site_description") else ""
    except MissingPhrase as missing:
        raise MissingPhrase(
            f"{missing} (mkdocs.yml's site name, description, palette toggles and nav titles are phrases)"
        ) from None
    return env.get_template("mkdocs.language.yml.j2").render(
        common,
        language=language,
        site_name=site_name,
        site_description=description,
        nav="\n".join(_nav_lines(nav, "  ")),
        palette=palette,
        site_url=f"{catalog.site_url}{language.tag}/",
        docs=docs_dir(language.tag),
        separator="'" + language.separator.replace("'", "''") + "'" if language.separator else None,
        words=language.phrases["site"],
    )


def render_language_files(
    env: jinja2.Environment,
    catalog: Catalog,
    languages: dict[str, Language],
    switcher: list[dict[str, str]],
    mkdocs_yml: str | None,
) -> dict[str, str]:
    """Every file made from languages/<tag>/, by its path. ``mkdocs_yml``: the English config
    (the languages' configs inherit it and translate its titles); None writes no config."""
    common = {"catalog": catalog, "languages": switcher, "languages_data": languages}
    files: dict[str, str] = {}
    files[f"src/{catalog.package}/_phrases.py"] = env.get_template("phrases.py.j2").render(
        common,
        cli={tag: languages[tag].phrases["cli"] for tag in catalog.languages},
        scripts=script_phrases(catalog.languages, languages),
        sources=", ".join(phrases_path(tag) for tag in catalog.languages) or "no language besides English",
    )
    english = yaml.load(mkdocs_yml, Loader=_ConfigLoader) if mkdocs_yml is not None else None
    for tag in catalog.languages:
        language = languages[tag]
        if english is not None:
            files[f"mkdocs.{tag}.yml"] = _config(env, catalog, language, english, common)
        if language.theme:
            files[f"overrides/partials/languages/{tag}.html"] = env.get_template("material-language.html.j2").render(
                common, language=language
            )
    return files
