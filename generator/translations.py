"""Which translations are missing or older than their English text.

A translation records the fingerprint of the English it was made from (its
`source`); when the English changes, the fingerprints differ. ``gaps`` lists each
such case for ``--check`` (which fails on them) and for generate (which warns and
still writes: the page then says the translation is missing or out of date).
"""

from __future__ import annotations

from typing import Any

from .model import Catalog, CategoryText, ErrorText, english_text, fingerprint, translated_keys
from .problems import Problem


def state(english: Any, text_model: type, language: str) -> str:
    """``"current"``, ``"stale"`` or ``"missing"`` for one entry in one language."""
    text = (english.translations or {}).get(language)
    if text is None:
        return "missing"
    return "current" if text.source == fingerprint(english, text_model) else "stale"


def gaps(catalog: Catalog) -> list[Problem]:
    problems = []
    entries: list[tuple[Any, type, str]] = [(c, CategoryText, f"category `{c.id}`") for c in catalog.categories]
    entries += [(e, ErrorText, f"code {e.code}") for e in catalog.errors]
    for english, model, what in entries:
        known = catalog.fingerprints.get(english.code) if model is ErrorText else None
        now = known or fingerprint(english, model)
        for language in catalog.languages:
            text = (english.translations or {}).get(language)
            if text is None:
                keys = [k for k in translated_keys(model) if english_text(english, k)]
                problems.append(
                    Problem(
                        english.line,
                        3,
                        f"{what} has no `{language}` translation (catalog.languages requires it); add "
                        f"`translations: {{{language}: {{...}}}}` with {', '.join(keys)} and `source: {now}`",
                    )
                )
                continue
            if text.source != now:
                problems.append(
                    Problem(
                        english.line,
                        3,
                        f"{what}: the `{language}` translation was made from an older English text "
                        f"(source {text.source}, the English is now {now}); bring it up to date, "
                        f"then set `source: {now}`",
                    )
                )
            lacking = [k for k in translated_keys(model) if english_text(english, k) and not getattr(text, k)]
            if lacking:
                problems.append(
                    Problem(
                        english.line,
                        3,
                        f"{what}: the `{language}` translation lacks {', '.join(f'`{k}`' for k in lacking)}, "
                        "which the English has",
                    )
                )
    return problems
