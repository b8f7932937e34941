"""The wording of generated pages in each language besides English.

Templates wrap every fixed phrase in ``_()``; English is the key, and each other
language's catalog, ``languages/<tag>/phrases.yaml`` (section ``pages``), maps it to
its translation (read by generator/languages.py). A phrase missing there stops the
generator (``MissingPhrase``), so a new template phrase cannot reach a page untranslated.
The catalog's own texts (messages, solutions) are translated in errors.yaml.
"""

from __future__ import annotations

from collections.abc import Callable

from .languages import ENGLISH_NAME, Language, phrases_path


class MissingPhrase(Exception):
    """A template phrase has no translation in a catalog language."""


def name(language: str, languages: dict[str, Language]) -> str:
    """What the language switcher shows for ``language``."""
    return ENGLISH_NAME if language == "en" else languages[language].name


def translator(language: str, languages: dict[str, Language], section: str = "pages") -> Callable[[str], str]:
    """``_`` for the templates: the phrase in ``language``; English returns it unchanged."""
    if language == "en":
        return lambda phrase: phrase
    if language not in languages:
        raise MissingPhrase(f"catalog.languages lists `{language}`, but {phrases_path(language)} was not read")
    table = languages[language].phrases[section]

    def translate(phrase: str) -> str:
        try:
            return table[phrase]
        except KeyError:
            raise MissingPhrase(
                f"{phrases_path(language)}: the phrase {phrase!r} has no `{language}` translation; "
                f"add it to the section `{section}`"
            ) from None

    return translate
