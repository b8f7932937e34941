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
    assert len(CASES) >= 55
    assert sum(any(len(found) == 4 for found in case[2]) for case in CASES) >= 8  # rule 5: by message


def _found(codes: list[Any]) -> list[list[Any]]:
    """As the table writes them: [code, count, requestIds], and "message" when found by its message."""
    return [[f.code, f.count, f.request_ids] + (["message"] if f.by_message else []) for f in codes]


@pytest.mark.parametrize(("what", "text", "expected", "success"), CASES, ids=[c[0] for c in CASES])
def test_python_finds(what: str, text: str, expected: list[Any], success: bool) -> None:
    result = scan(text)
    assert _found(result.codes) == expected
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
                out.push([what, result.found.map(f => [f.code, f.count, f.requestIds].concat(f.byMessage ? ["message"] : [])),
                          result.success]);
            }
            return out;
        }""",
        CASES,
    )
    assert got == [[what, expected, success] for what, _, expected, success in CASES]


FRAGMENTS = [case[1] for case in CASES] + [
    "INFO bind ok ts=1655710885431\n",
    "{\n",
    "}\n",
    '"requestId": "q-1",\n',
    "\n",
    "2026-11-30 10:01:02 INFO request 4821 served in 312 ms for user 5521 phone 85291234567\n",
    '{"ts": "2026-11-30T10:01:02Z", "level": "info", "duration_ms": 725, "phone": "85213967869"}\n',
    '{"level": "error", "response": {"msg": "binding not exist", "requestId": "7987"}}\n',
    "2026-11-30 10:01:02 信息 号码池同步完成：共 5173 条，用时 725 毫秒\n",
    "接口返回：签名无效\n",
    "签名无效\n",
    "Ｅ１０００４\n",
    "İnvalid signature\n",
    "Invalid signature",
    "ｍｓｇ＝binding not exist\n",
]


# What the prefilter is up against: pieces of log lines, codes, markers, messages, names.
PIECES = st.sampled_from(
    ["code", "err", "E", "e", "#", " ", "=", ":", "：", "1003", "10004", "12", "phone", "msg", "message", "'", '"']
    + ["Invalid signature", "binding not exist", "签名无效", "错误码", "错误代码", "Ｅ", "１００３", "　", "İ", "ß"]
    + ["INVALID_SIGNATURE", "_X", "/errors/", "PNS error ", "{", "}", "\n", "requestId", "。", "!"]
    + ["，", "（", "＃", "＿X", "ｅ", "１", "“", "\u00a0", "\u2003", "①", "ｃｏｄｅ", "ＥＲＲ"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(PIECES, max_size=8).map("".join), min_size=1, max_size=6))
def test_the_prefilter_never_skips_a_line_a_rule_matches(lines: list[str]) -> None:
    # Soundness line by line: a line the prefilter does not mark must hold no code, no
    # success and no message for any rule (bug caught: a clue missing from the prefilter).
    lines = [line + "\n" for line in lines]
    for line, could in zip(lines, _finder._could_hold_a_code(lines), strict=True):
        if not could:
            alone = _finder.Scan()
            alone.add(line)
            assert not alone.found and not alone.successes, line


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
    assert [(f.code, f.count, f.request_ids, f.by_message) for f in fast.codes] == [
        (f.code, f.count, f.request_ids, f.by_message) for f in slow.codes
    ]
    assert fast.successes == slow.successes
