"""Finding codes the way people type them, and the nearest known ones."""

from __future__ import annotations

from ._catalog import Category, ErrorCode
from ._rules import CODE_INPUT, MAX_MESSAGE, MESSAGE_TRIM, NEAREST, SCORES, WORD_SPLIT, WORD_START

# The patterns, limits and scores are declared in _rules, which the site's scripts get too
# (overrides/assets/generated/rules.js); tests/test_parity.py runs the shared case tables
# through both. Patterns are compiled on first use: most clients never call them.


def normalize(text: str) -> str:
    """Full-width forms as their ASCII twins (NFKC): a Chinese input method types `１００３`,
    `＃１０００４` or `Ｅ１０００４`, and an ideographic space; overrides/assets/lookup.js does the same."""
    if text.isascii():
        return text
    import unicodedata  # here, not at the top: `import pns_errors` stays light for clients

    return unicodedata.normalize("NFKC", text)


def message_key(text: str) -> str:
    """The form in which a message is compared with the catalog's: full-width forms as ASCII
    (NFKC), lower case, runs of whitespace as one space, no surrounding quotes or trailing
    punctuation. ``"Invalid  Signature."`` and ``invalid signature`` have the same key."""
    import re

    return re.sub(MESSAGE_TRIM, "", re.sub(r"\s+", " ", normalize(text).lower()))


_MESSAGES: dict[str, ErrorCode] = {}


def messages() -> dict[str, ErrorCode]:
    """Every wording of every code, by its message_key: the English message (what the API
    sends), each translation's message, and each variant the API is known to send (also_sent)."""
    if not _MESSAGES:
        for member in ErrorCode:
            texts = [member.message, *(t.message for t in member.translations.values())]
            for text in texts + [variant.text for variant in member.also_sent]:
                _MESSAGES.setdefault(message_key(text), member)
    return _MESSAGES


def by_message(text: str) -> ErrorCode | None:
    """The code whose message (in any language) or known variant ``text`` is, or None."""
    if len(text) > MAX_MESSAGE:
        return None
    return messages().get(message_key(text))


def parse_code(text: str) -> int | None:
    """The code in what a person typed, or None when it is not one."""
    import re  # here, not at the top: `import pns_errors` stays light for clients

    match = re.match(CODE_INPUT, normalize(text), re.IGNORECASE)  # re caches the compiled pattern
    return int(match.group(1)) if match else None


def category_of(code: int) -> Category | None:
    """The category a code belongs to, also for a code this catalog does not know yet."""
    known = ErrorCode.get(code)
    if known is not None:
        return known.category
    return next((c for c in Category if c.range and c.range[0] <= code <= c.range[1]), None)


def nearest(code: int, count: int = NEAREST) -> list[ErrorCode]:
    """Known codes closest to ``code``: those of its category first, then by distance."""
    category = category_of(code)
    return sorted(ErrorCode, key=lambda m: (m.category is not category, abs(m.value - code), m.value))[:count]


def terms(member: ErrorCode) -> tuple[str, str, list[str], list[str]]:
    """What the search matches a code by, lower-cased: its code, its names, its wordings (every
    language's message and the variants) and its synonyms (every language's). The site's jump box
    gets the same from codes.json."""
    texts = [member.localized("en"), *member.translations.values()]
    wordings = [t.message for t in texts] + [v.text for v in member.also_sent]
    names = " ".join([member.name, *member.aliases])
    return (
        str(member.value),
        names.lower(),
        [message_key(w) for w in wordings],
        [message_key(s) for s in dict.fromkeys(s for t in texts for s in t.synonyms)],
    )


def score(query: str, code: str, names: str, wordings: list[str], synonyms: list[str]) -> int:
    """How well ``query`` matches one code's terms (see terms); 0: not at all.

    The whole query as a wording scores 1000, as a synonym 500, as the start of a wording 200;
    otherwise every word must match somewhere: the code 100, a name 20, a wording's word 10
    (anywhere in it 5), a synonym's word 8 (anywhere in one 4): _rules.SCORES. lookup.js's score
    is the same function; tests/lookup_cases.json ("search") runs both."""
    import re

    key = message_key(query)
    if not key:
        return 0
    if key in wordings:
        return SCORES["wording"]
    if key in synonyms:
        return SCORES["synonym"]
    if any(w.startswith(key) for w in wordings):
        return SCORES["wording_start"]
    total = 0
    for word in [w for w in re.split(WORD_SPLIT, key) if w]:
        points = _word_score(word, code, names, wordings, synonyms)
        if not points:
            return 0
        total += points
    return total


def _word_score(word: str, code: str, names: str, wordings: list[str], synonyms: list[str]) -> int:
    """One word's points: where it matches first, in the order of _rules.SCORES."""
    import re

    at_start = re.compile(WORD_START + re.escape(word))
    said, others = " | ".join(wordings), " | ".join(synonyms)
    if word == code or parse_code(word) == int(code):
        return SCORES["code"]
    if word in names:
        return SCORES["name"]
    if at_start.search(said):
        return SCORES["wording_word"]
    if word in said:
        return SCORES["in_wording"]
    if at_start.search(others):
        return SCORES["synonym_word"]
    if word in others:
        return SCORES["in_synonym"]
    if not word.isascii() and any(_in_order(word, w) for w in wordings):
        return SCORES["wording_chars"]
    if not word.isascii() and any(_in_order(word, s) for s in synonyms):
        return SCORES["synonym_chars"]
    return 0


def _in_order(word: str, text: str) -> bool:
    """Whether the characters of ``word`` occur in ``text`` in this order."""
    at = 0
    for char in word:
        at = text.find(char, at) + 1
        if not at:
            return False
    return True


def ranked(query: str) -> list[ErrorCode]:
    """The codes whose terms match ``query`` (score > 0), best first: what the site's jump box offers."""
    scored = sorted((-score(query, *terms(m)), m.value, m) for m in ErrorCode)
    return [member for points, _, member in scored if points]


def search(query: str) -> list[ErrorCode]:
    """Codes matching ``query``, best first: by code, name, message or variant, and synonym, in
    every language (see score); when none matches so, by the words of the descriptions and solutions."""
    import re

    found = ranked(query)
    if found:
        return found
    words = [w for w in re.split(WORD_SPLIT, query.lower()) if w]
    if not words:
        return []
    return [
        member
        for member in ErrorCode
        if all(
            word
            in " ".join(
                t.solution + " " + t.description for t in [member.localized("en"), *member.translations.values()]
            ).lower()
            for word in words
        )
    ]
