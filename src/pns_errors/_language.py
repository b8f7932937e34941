"""Which language the command line speaks, and its own phrases in each.

The catalog's texts come from ``localized()``; the command's fixed phrases come
from ``_phrases`` (generated from each ``languages/<tag>/phrases.yaml``, section
``cli``). English is the key; a language without a phrase says it in English.
"""

from __future__ import annotations

from ._base import language_candidates
from ._catalog import LANGUAGES
from ._phrases import PHRASES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

# POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


class UnknownLanguage(ValueError):
    """``--lang`` names a language this catalog has no texts in."""


def choose(explicit: str | None, environ: Mapping[str, str]) -> str:
    """The output language: ``--lang`` if given (it must exist), else the locale's, else English."""
    if explicit is not None:
        for tag in language_candidates(explicit):
            if tag in LANGUAGES:
                return tag
        raise UnknownLanguage(f"no texts in {explicit!r}; this catalog has: {', '.join(LANGUAGES)}")
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:  # the first one set decides, even if it is "C"
            return next((tag for tag in language_candidates(value) if tag in LANGUAGES), "en")
    return "en"


def phrase(language: str, text: str, *values: object) -> str:
    """``text`` in ``language``, with ``{0}``, ``{1}`` ... filled in."""
    return PHRASES.get(language, {}).get(text, text).format(*values)
