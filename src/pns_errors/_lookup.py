"""Finding codes the way people type them, and the nearest known ones."""

from __future__ import annotations

from ._catalog import Category, ErrorCode

# "10004", " 10004 ", "#10004", "E10004", "error 10004", "code: 10004", "err#10004".
# overrides/assets/jump.js holds the same pattern for the site's jump box; a test
# feeds both the same inputs. Compiled on first use: most clients never call it.
CODE_INPUT = r"^\s*(?:(?:error|err|code)\s*[:#]?\s*|[#eE]\s*)?([0-9]{1,20})\s*$"


def normalize(text: str) -> str:
    """Full-width forms as their ASCII twins (NFKC): a Chinese input method types `１００３`,
    `＃１０００４` or `Ｅ１０００４`, and an ideographic space; overrides/assets/jump.js does the same."""
    if text.isascii():
        return text
    import unicodedata  # here, not at the top: `import pns_errors` stays light for clients

    return unicodedata.normalize("NFKC", text)


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


def nearest(code: int, count: int = 5) -> list[ErrorCode]:
    """Known codes closest to ``code``: those of its category first, then by distance."""
    category = category_of(code)
    return sorted(ErrorCode, key=lambda m: (m.category is not category, abs(m.value - code), m.value))[:count]


def search(query: str) -> list[ErrorCode]:
    """Codes matching every word of ``query`` (code, name, message, solution; any language), best first."""
    import re

    words = [w for w in re.split(r"[\s,;]+", query.lower()) if w]
    if not words:
        return []
    scored = []
    for member in ErrorCode:
        # Every language's texts: `pns-errors search 签名` finds 1003 whatever the output language.
        texts = [member.localized("en"), *member.translations.values()]
        fields = (
            str(member.value),
            member.name.lower(),
            " ".join(text.message for text in texts).lower(),
            " ".join(text.solution + " " + text.description for text in texts).lower(),
        )
        score = 0
        for word in words:
            weight = 0
            if word == fields[0] or parse_code(word) == member.value:
                weight = 100
            elif word in fields[1] or word.replace(" ", "_") in fields[1]:
                weight = 20
            elif re.search(rf"\b{re.escape(word)}", fields[2]):
                weight = 10
            elif word in fields[2]:
                weight = 5
            elif word in fields[3]:
                weight = 1
            if weight == 0:
                break
            score += weight
        else:
            scored.append((-score, member.value, member))
    return [member for _, _, member in sorted(scored)]
