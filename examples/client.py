"""An example client of the PNS API that uses every public name of pns_errors.

`mypy --strict` checks this file in `make test`, so the package's types stay
useful to client code; tests/test_wheel.py runs it against the installed wheel.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, reveal_type

import pns_errors
from pns_errors import (
    SITE_URL,
    VERSION,
    Category,
    Deprecation,
    ErrorCode,
    NotAnEnvelope,
    PnsError,
    Retirement,
    nearest,
    parse_code,
    raise_for_response,
    search,
)


def bind(response_text: str) -> dict[str, Any]:
    """Handle the reply to a bindAXB request."""
    try:
        data = raise_for_response(response_text)
    except PnsError.of(Category.COMMON) as err:
        # 1001-1005: the request itself is wrong (headers, signature, ts): a bug to fix, not retry.
        raise RuntimeError(f"request rejected: {err}") from err
    except PnsError as err:
        if err.error is ErrorCode.BINDING_NUMBER_PREFIX_MISMATCH:
            return {"retry": False, "hint": err.error.message}
        if err.error is None:
            return {"retry": False, "hint": f"code {err.code} is newer than pns_errors {VERSION}"}
        return {"retry": err.error in (ErrorCode.FAILED_TO_GET_NUMBER, ErrorCode.BINDING_NUMBER_EXCEPTION)}
    except NotAnEnvelope:
        return {"retry": True, "hint": "not an API response (a proxy error page?)"}
    return {"bound": data}


def from_body(body: dict[str, Any]) -> ErrorCode | None:
    """The first line most clients write: the member for the body's code (ValueError if unknown)."""
    code = body.get("code")
    if not isinstance(code, int) or code == 0:
        return None
    member = ErrorCode(code)
    same = ErrorCode[member.name]
    assert same is member and member.category in list(Category) and Category(member.category.value) is member.category
    return member


def codes_by_category() -> dict[Category, list[int]]:
    found: dict[Category, list[int]] = {category: [] for category in Category}
    for member in ErrorCode:
        found[member.category].append(member.code)
    return found


def record_of(member: ErrorCode) -> dict[str, object]:
    return member.to_dict()  # the same record as in errors.json


def describe(text: str) -> str:
    code = parse_code(text)
    member = ErrorCode.get(code) if code is not None else None
    if member is None:
        return "unknown; nearest: " + ", ".join(str(m.value) for m in nearest(code or 0, 3))
    deprecation: Deprecation | None = member.deprecation
    retirement: Retirement | None = member.retirement
    status = "retired" if retirement else "deprecated" if deprecation else "active"
    return f"{member.value} {member.name} [{member.category.title}] {status}: {member.doc_url}"


if TYPE_CHECKING:
    reveal_type(ErrorCode(1003))  # ErrorCode
    reveal_type(ErrorCode["INVALID_SIGNATURE"])  # ErrorCode
    reveal_type(Category("pns"))  # Category
    reveal_type(ErrorCode.INVALID_SIGNATURE.message)  # str
    reveal_type(ErrorCode.get("1003"))  # ErrorCode | None
    reveal_type(ErrorCode.INVALID_SIGNATURE.category)  # Category

if __name__ == "__main__":
    assert SITE_URL.startswith("http") and pns_errors.__version__ == VERSION
    print(bind(json.dumps({"code": 0, "data": {"bindId": "b-1", "did": "85200000000"}})))
    print(bind(json.dumps({"code": 10004, "msg": "prefix", "requestId": "r-1"})))
    print(bind(json.dumps({"code": 10500, "msg": "new", "requestId": "r-2"})))
    print(bind("<html>502 Bad Gateway</html>"))
    print(describe("E1003"), "|", describe("#10099"))
    print([m.value for m in search("binding")])
    print(from_body({"code": 1003}), codes_by_category()[Category.COMMON], record_of(ErrorCode(1003))["url"])
