"""Python's share of tests/clients/cases.json: the table every client library must agree on.

The other languages run the same table in their own test programs (tests/clients/<language>/,
driven by tests/test_clients.py); this is the reference they are held to.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import REPO
from pns_errors import SITE_URL, ErrorCode, NotAnEnvelope, PnsError, raise_for_response

CASES = json.loads((REPO / "tests/clients/cases.json").read_text(encoding="utf-8"))


def outcome(body: str) -> dict[str, Any]:
    """What a client made of the body, in the table's terms."""
    try:
        data = raise_for_response(body)
    except NotAnEnvelope:
        return {"kind": "not-an-envelope"}
    except PnsError as err:
        return {
            "kind": "error",
            "code": err.code,
            "known": err.error is not None,
            "name": err.error.name if err.error else None,
            "msg": err.msg,
            "requestId": err.request_id,
            "category": err.category.value if err.category else None,
            "retry": err.retry.value,
            "fixBy": err.fix_by.value if err.fix_by else None,
            "url": err.doc_url.removeprefix(SITE_URL),
        }
    return {"kind": "success", "data": data}


@pytest.mark.parametrize("case", CASES["envelopes"], ids=[c["name"] for c in CASES["envelopes"]])
def test_python_agrees_with_the_table(case: dict[str, Any]) -> None:
    # Bug caught: an envelope rule changed in Python alone (a string code accepted, a numeric
    # requestId dropped, an unknown code crashing); the other languages are held to the same rows.
    assert outcome(case["body"]) == case["expect"]


def test_unknown_codes_are_unknown() -> None:
    assert [ErrorCode.get(code) for code in CASES["unknown_codes"]] == [None] * len(CASES["unknown_codes"])
