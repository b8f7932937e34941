"""Python and the site find the same codes in the same pastes: tests/finder_cases.json through both."""

from __future__ import annotations

import json
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from pns_errors import _finder, scan

_finder_batches = _finder._batches

CASES = json.loads((REPO / "tests/finder_cases.json").read_text(encoding="utf-8"))["cases"]


def test_the_table_is_big_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(("what", "text", "expected", "success"), CASES, ids=[c[0] for c in CASES])
def test_python_finds(what: str, text: str, expected: list[Any], success: bool) -> None:
    result = scan(text)
    assert [[f.code, f.count, f.request_ids] for f in result.codes] == expected
    assert (result.successes > 0) == success
    for found in result.codes:
        assert (found.error is not None) == (found.code != 10099)


@pytest.mark.browser
def test_javascript_finds_the_same(home_page: Any) -> None:
    got = home_page.evaluate(
        """async (cases) => {
            const out = [];
            for (const [what, text] of cases) {
                const result = await window.pnsErrors.findCodes(text);
                out.push([what, result.found.map(f => [f.code, f.count, f.requestIds]), result.success]);
            }
            return out;
        }""",
        CASES,
    )
    assert got == [[what, expected, success] for what, _, expected, success in CASES]


@pytest.mark.browser
def test_javascript_holds_the_same_patterns(home_page: Any) -> None:
    from pns_errors._finder import FIELD, MARKER, REQUEST_ID

    assert home_page.evaluate("window.pnsErrors.patterns") == {
        "field": FIELD,
        "marker": MARKER,
        "requestId": REQUEST_ID,
    }


FRAGMENTS = [case[1] for case in CASES] + [
    "INFO bind ok ts=1655710885431\n",
    "{\n",
    "}\n",
    '"requestId": "q-1",\n',
    "\n",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12), st.integers(1, 5))
def test_the_batch_prefilter_never_changes_the_answer(parts: list[str], batch: int) -> None:
    # The quick test of whole batches only skips lines no rule could match: scanning
    # without it, one line at a time, must find exactly the same.
    text = "".join(parts)
    fast = scan(text)
    with (
        patch.object(_finder, "_could_hold_a_code", lambda lines: [True] * len(lines)),
        patch.object(_finder, "_batches", lambda lines, size=4096: _finder_batches(lines, batch)),
    ):
        slow = scan(text)
    assert [(f.code, f.count, f.request_ids) for f in fast.codes] == [
        (f.code, f.count, f.request_ids) for f in slow.codes
    ]
    assert fast.successes == slow.successes
