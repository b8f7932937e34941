"""Python and the site's JavaScript agree: one table of inputs and answers, run through both.

pns_errors._lookup (the CLI, clients) declares the code-input pattern, the message key and
the search's scores (pns_errors._rules); overrides/assets/lookup.js (jump box, 404 page)
interprets the same declaration. tests/lookup_cases.json is the contract between them; here
on the built site, and in full, in every language, in tests/test_parity.py.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import REPO
from pns_errors import nearest, parse_code
from pns_errors._lookup import by_message, category_of, ranked

CASES = json.loads((REPO / "tests/lookup_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "code"), CASES["parse"], ids=repr)
def test_python_parses(text: str, code: int | None) -> None:
    assert parse_code(text) == code


@pytest.mark.parametrize(("code", "category"), CASES["category"])
def test_python_categories(code: int, category: str | None) -> None:
    found = category_of(code)
    assert (found.value if found else None) == category


@pytest.mark.parametrize(("code", "expected"), CASES["nearest"])
def test_python_nearest(code: int, expected: list[int]) -> None:
    assert [m.value for m in nearest(code)] == expected


@pytest.mark.parametrize(("text", "code"), CASES["message"], ids=repr)
def test_python_recognises_messages(text: str, code: int | None) -> None:
    # Bug caught: a wording (a translation's message, a variant) or a normalisation step
    # (case, spaces, quotes, trailing punctuation, full-width forms) that does not lead to its code.
    found = by_message(text)
    assert (found.value if found else None) == code


@pytest.mark.parametrize(("query", "codes"), CASES["search"], ids=repr)
def test_python_ranks_words(query: str, codes: list[int]) -> None:
    # Bug caught: words (a synonym, a Chinese fragment, an enum name) that rank the wrong code first.
    assert [m.value for m in ranked(query)] == codes


@pytest.mark.browser
def test_javascript_gives_the_same_answers(home_page: Any) -> None:
    got = home_page.evaluate(
        """async (cases) => ({
            parse: cases.parse.map(([text]) => [text, window.pnsErrors.parseCode(text)]),
            category: await Promise.all(cases.category.map(async ([code]) => [code, await window.pnsErrors.categoryOf(code)])),
            nearest: await Promise.all(cases.nearest.map(async ([code]) => [code, await window.pnsErrors.nearest(code)])),
            message: await Promise.all(cases.message.map(async ([text]) => [text, await window.pnsErrors.byMessage(text)])),
            search: await Promise.all(cases.search.map(async ([query]) => [query, await window.pnsErrors.search(query)])),
        })""",
        CASES,
    )
    for kind in ("parse", "category", "nearest", "message", "search"):
        assert got[kind] == CASES[kind], kind
