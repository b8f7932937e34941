"""The rules that Python and the site's scripts both run, declared once, as data.

The generator writes this module's values into ``overrides/assets/generated/rules.js``
(``generator/scripts.py``), so the browser's interpreters (``overrides/assets/lookup.js``,
``finder.js``) run the same patterns, limits and scores as ``_lookup`` and ``_finder``;
``tests/test_parity.py`` holds both to every case of the shared tables.

The patterns are written in the subset of regular expressions Python and JavaScript
share, with ASCII classes spelled out, and both match them case-insensitively.
This module imports nothing, so the generator can read it without the catalog.
"""

from __future__ import annotations

# --- limits -------------------------------------------------------------------------------
MAX_CODE = 2**31 - 1  # the largest code the API's int32 can carry
MAX_RECORD = 64 * 1024  # a JSON object longer than this is read as separate lines
MAX_REQUEST_IDS = 1000  # per code: a huge log keeps constant memory
MAX_MESSAGE = 300  # a text longer than this is no code's wording
FIRST_TEXT = 100  # rule 4 reads a paste's first characters only
MAX_TYPED = 40  # what the jump box reads as a typed code; longer, or several lines, is a paste
NEAREST = 5  # how many nearest codes are offered for an unknown one

# --- what a person types ------------------------------------------------------------------
# "10004", " 10004 ", "#10004", "E10004", "error 10004", "code: 10004", "err#10004".
CODE_INPUT = r"^\s*(?:(?:error|err|code)\s*[:#]?\s*|[#eE]\s*)?([0-9]{1,20})\s*$"
# A message as people paste it: trailing punctuation (ASCII, or CJK after NFKC) and quotes dropped.
MESSAGE_TRIM = r"""^[\s"'`]+|[\s"'`.!?;:,。、]+$"""
# How a search query splits into words, and where a word starts inside a term.
WORD_SPLIT = r"[\s,;]+"
WORD_START = r"(?:^|[^a-z0-9_])"

# The search's points (pns_errors._lookup.score): the whole query as a wording, as a synonym,
# as the start of a wording; otherwise each word, by where it matches first.
SCORES = {
    "wording": 1000,
    "synonym": 500,
    "wording_start": 200,
    "code": 100,
    "name": 20,
    "wording_word": 10,
    "in_wording": 5,
    "synonym_word": 8,
    "in_synonym": 4,
    "wording_chars": 3,  # Chinese is written without spaces: 号码耗尽 in 虚拟号码已耗尽
    "synonym_chars": 2,
}

# --- the finder (pns_errors._finder) ------------------------------------------------------
# Rule 1: a field named exactly `code` (also `?code=` in a URL), then its integer value.
FIELD = r"""(?<![A-Za-z0-9_$-])["']?code["']?\s*[:=]\s*["']?(-?[0-9]+)(?![0-9.])"""
# Rule 2: a marker, then the number (4 to 9 digits after the one-letter markers).
MARKER = (
    r"(?:(?<![A-Za-z0-9_])(?:pns\s+)?(?:error|err)\s*[:#：]?\s*|错误码\s*[:：]?\s*|错误代码\s*[:：]?\s*|/errors/)"
    r"([0-9]{1,10})(?![0-9]|[.:/-][0-9])"
    r"|(?<![A-Za-z0-9_#&])(?:E|#)\s?([0-9]{4,9})(?![0-9.])"
)
# Rule 3: an enum name or alias, as a whole word (the names are put between these).
NAME_BEFORE = r"(?<![A-Za-z0-9_])(?:"
NAME_AFTER = r")(?![A-Za-z0-9_])"
# Rule 5: a field named `msg` or `message`, then its value (quoted, or up to , ; } or the line's end).
MESSAGE_FIELD = (
    r"""(?<![A-Za-z0-9_$-])["']?(?:msg|message)["']?\s*[:=]\s*"""
    r"""(?:"([^"\n]{1,300})"|'([^'\n]{1,300})'|([^"',;}\n][^,;}\n]{0,299}))"""
)
# `requestId: "r-1"`, `request_id='r-1'`, `requestId=r-1`; after a bare space only a token
# with a digit (PnsError's own "requestId 1640920940635361280", not "request id is missing").
REQUEST_ID = (
    r"""request[_-]?id["']?(?:\s*[:=]\s*["']?([A-Za-z0-9][A-Za-z0-9_-]{0,63})"""
    r"|\s+([A-Za-z0-9_-]*[0-9][A-Za-z0-9_-]{0,63}))"
)

# --- pages ----------------------------------------------------------------------------------
PAGE_PATH = "errors/{code}/"  # a code's page, below a language's root of the site
CODES_PATH = "errors/codes.json"  # what the site's scripts fetch (generator/templates/codes.json.j2)


def page_path(code: int | str, language: str = "en") -> str:
    """A code's page below the site's root: ``errors/1003/``, or ``zh/errors/1003/``."""
    return ("" if language == "en" else f"{language}/") + PAGE_PATH.format(code=code)
