"""PnsError and raise_for_response, as client code calling the API uses them."""

from __future__ import annotations

import pytest

from pns_errors import Category, ErrorCode, NotAnEnvelope, PnsError, raise_for_response, search

# The real error body from the API's documentation (api-facts.md).
DOCUMENTED_BODY = {
    "code": 10013,
    "msg": "binding not exist",
    "requestId": "1640920940635361280",
    "data": {"action": "queryAXB", "requestParams": {"caller": "852121199", "did": "85299999999"}},
}


def test_success_returns_data() -> None:
    assert raise_for_response({"code": 0, "msg": "success", "requestId": "1", "data": {"bindId": "b1"}}) == {
        "bindId": "b1"
    }
    assert raise_for_response('{"code": 0, "data": [1, 2]}') == [1, 2]
    assert raise_for_response(b'{"code": 0}') is None


def test_error_raises_pns_error_with_everything_a_log_needs() -> None:
    with pytest.raises(PnsError) as caught:
        raise_for_response(DOCUMENTED_BODY)
    err = caught.value
    assert err.code == 10013 and err.error is ErrorCode.NO_BINDING_NUMBER
    assert err.msg == "binding not exist" and err.request_id == "1640920940635361280"
    assert err.data["action"] == "queryAXB"
    assert err.doc_url == "https://pns-errors.example.org/errors/10013/"
    text = str(err)
    for part in ("10013", "NO_BINDING_NUMBER", "binding not exist", "1640920940635361280", err.doc_url):
        assert part in text


def test_unknown_code_from_a_newer_server_does_not_crash() -> None:
    with pytest.raises(PnsError) as caught:
        raise_for_response({"code": 10099, "msg": "something new", "requestId": "7"})
    err = caught.value
    assert err.code == 10099 and err.error is None
    assert err.category is Category.PNS  # by the category's range
    assert "10099" in str(err) and "unknown code" in str(err)
    assert err.doc_url.endswith("?code=10099")


def test_catch_by_category_without_listing_codes() -> None:
    for code, category in ((1003, Category.COMMON), (10004, Category.PNS), (10500, Category.PNS)):
        with pytest.raises(PnsError.of(category)):
            raise_for_response({"code": code})
    with pytest.raises(PnsError) as caught:
        raise_for_response({"code": 1003})
    assert not isinstance(caught.value, PnsError.of(Category.PNS))
    with pytest.raises(PnsError) as outside:
        raise_for_response({"code": 77})  # in no category's range
    assert type(outside.value) is PnsError
    assert PnsError.of(Category.PNS) is PnsError.of(Category.PNS)


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (None, "JSON NoneType, not an object with a `code`"),
        ([], "JSON list, not an object"),
        ("not json", "is not JSON"),
        (b"\xff", "is not JSON"),
        ("[1]", "JSON list, not an object"),
        (42, "JSON int, not an object"),
        ({}, "has no `code` field (keys: none)"),
        ({"msg": "x"}, "has no `code` field (keys: msg)"),
        ({"code": "10004"}, "`code` is '10004', not an integer"),
        ({"code": True}, "`code` is True, not an integer"),
        ({"code": 1.5}, "`code` is 1.5, not an integer"),
    ],
)
def test_not_an_envelope_is_a_value_error_never_pns_error(body: object, says: str) -> None:
    with pytest.raises(NotAnEnvelope) as caught:
        raise_for_response(body)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError) and not isinstance(caught.value, PnsError)
    assert says in str(caught.value)  # the words that tell a developer what came back instead


def test_odd_but_valid_envelopes() -> None:
    with pytest.raises(PnsError) as caught:
        raise_for_response({"code": 1004, "requestId": 123456, "msg": None})
    assert caught.value.request_id == "123456" and caught.value.msg == ""


@pytest.mark.parametrize(
    ("query", "first"),
    [("signature", 1003), ("exhausted", 10010), ("INVALID_SIGNATURE", 1003), ("10004", 10004), ("TIMESTAMP", 1004)],
)
def test_search_ranks_the_right_code_first(query: str, first: int) -> None:
    assert search(query)[0].value == first


def test_search_needs_every_word() -> None:
    assert [m.value for m in search("virtual exhausted")] == [10010]
    assert search("no such words anywhere") == []
