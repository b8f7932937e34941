"""The fixed phrases of the site's scripts (jump box, finder, 404 page, index filter,
signature tool) and of the signing diagnosis, which ``pns-errors sign --check`` prints too.

English is the key: each phrase is written once, here (or, for a signing mistake, in
``signing.MISTAKES``), with named placeholders such as ``{code}``; the generator writes
them into ``overrides/assets/generated/rules.js`` for the browser. A language without a
phrase says it in English. The translations are each language's ``site`` and ``signing``
sections (languages/<tag>/phrases.yaml, generated into ``_phrases.py`` and rules.js).
"""

from __future__ import annotations

# What the scripts say, by the name the scripts use.
SCRIPT_PHRASES = {
    "copy": "Copy",
    "copy_label": "Copy {text}",
    "copied": "Copied",
    "not_in_catalog_nearest": "{code} — not in this catalog (nearest: {nearest})",
    "success": "This response is a success (code 0): there is no error in it.",
    "none_found": (
        "No error code found in what you pasted, and no code's message or synonyms match it. "
        "Try the search at the top of the page."
    ),
    "matching": "No error code in that; the codes whose words match it, best first:",
    "by_message": " (recognised by its message)",
    "found_one": "1 error code found",
    "found_many": "{count} error codes found",
    "and_success": " (and a success, code 0)",
    "list_follows": "{text}:",
    "not_a_code": "“{text}” is not an error code. Type its digits, such as 10004, or use the search at the top of the page.",
    "type_a_code": "Type an error code, such as 10004.",
    "zero": "Code 0 is not an error: it means the request succeeded.",
    "unknown": "Error code {code} is not in this catalog. Nearest known codes:",
    "load_failed": "Could not load the list of codes ({error}). Opening the page for {code}.",
    "unknown_heading": "Error code {code} is not in this catalog",
    "unknown_detail": "It may be newer than this catalog, or mistyped. The nearest known codes:",
    "matches": "{shown} of {total} codes match",
    "search": "Search",
    # The signature tool's verdict; `pns-errors sign --check` says the same.
    "verdict_empty": "Paste the sign the client sent to compare.",
    "verdict_match": "Match: the client's sign is right.",
    "verdict_mismatch": "Mismatch: the client's sign is wrong.",
    "algorithm_conflict": "the algorithm header says {said} but {chosen} was asked for",
    # One finding of the diagnosis: what is wrong, then what to do (signing.MISTAKES).
    "finding": "{message}; {fix}",
}

# The phrases of the signing diagnosis (a language's `signing` section); the rest are `site`'s.
SIGNING_NAMES = ("verdict_empty", "verdict_match", "verdict_mismatch", "algorithm_conflict", "finding")


def translate(language: str, english: str) -> str:
    """``english`` in ``language`` (its own phrases, else its primary language's, as phrases.js
    reads them); English where neither has the phrase."""
    from ._phrases import SCRIPTS  # generated from languages/<tag>/phrases.yaml

    for tag in (language, language.split("-")[0]):
        if english in SCRIPTS.get(tag, {}):
            return SCRIPTS[tag][english]
    return english


def fill(template: str, params: dict[str, object]) -> str:
    """``{name}`` replaced by ``params[name]``; overrides/assets/phrases.js fills the same way."""
    import re

    return re.sub(r"\{(\w+)\}", lambda m: str(params[m.group(1)]), template)
