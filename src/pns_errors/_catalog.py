# generated from errors.yaml by `python -m generator`; do not edit
"""The error catalog, version 1.0.0: one enum member per code."""

from __future__ import annotations

from ._base import CategoryBase, ErrorCodeBase

__all__ = ["VERSION", "TITLE", "SITE_URL", "Category", "ErrorCode"]

VERSION = "1.0.0"
TITLE = "NXCLOUD PNS API error codes"
SITE_URL = "https://pns-errors.example.org/"


class Category(CategoryBase):
    """The categories of error codes."""

    COMMON = (
        "common",
        "Common errors",
        "Returned by every product of the NXCLOUD HTTP API, before the request\nreaches a product: missing or wrong public headers, a bad signature, an\nexpired timestamp, or an account without the right permission.\n",
        1000,
        1999,
    )
    PNS = (
        "pns",
        "Privacy number (PNS) errors",
        "Returned by the privacy-number service (`bizType` 5): number masking, where\ntwo real numbers A and B are bound to a virtual number X (an *AXB binding*).\n",
        10000,
        19999,
    )


class ErrorCode(ErrorCodeBase):
    """The error codes the API returns in the ``code`` field of its responses."""

    category: Category

    MISSING_PUBLIC_PARAMETERS = (
        1001,
        "Missing public parameters",
        Category.COMMON,
        "At least one of the public headers that every request must carry is absent.\n",
        "All required [public parameters](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0)\nmust be included in the Header, such as `accessKey`, `ts`, `bizType`, `action`\nand `sign`.\n\nSend all five headers with every request (see\n[public headers](../guides/calling-conventions.md#public-headers)). `algorithm`\nis the only optional one; it defaults to `md5`.\n",
        "https://pns-errors.example.org/errors/1001/",
        "1.0.0",
        None,
        None,
    )
    PARAMETER_ERROR = (
        1002,
        "Parameter error",
        Category.COMMON,
        "The headers are present, but a header value or a field of the request body is\nnot what the called action accepts.\n",
        "1. Check that the `bizType` and `action` parameters in the Header are correct:\n   `bizType` is `5` for the privacy-number service, and `action` names an\n   existing method such as `bindAXB` or `queryAXB`.\n2. Check that the parameters in the Body are correct: every field the action\n   requires is present, with the right type and within its range.\n\nSee [public headers](../guides/calling-conventions.md#public-headers).\n",
        "https://pns-errors.example.org/errors/1002/",
        "1.0.0",
        None,
        None,
    )
    INVALID_SIGNATURE = (
        1003,
        "Invalid signature",
        Category.COMMON,
        "The `sign` header does not match the signature the server computed for the\nrequest.\n",
        "Check that the `sign` value is calculated correctly. The common reasons are:\n\n1. **Incorrect request method or Content-Type.** Set the Content-Type that the\n   API interface documentation gives for the action (`application/json` for\n   the privacy-number actions).\n2. **The signed JSON differs from the sent JSON.** The JSON string used to\n   compute the signature must be byte for byte the body that is sent; a\n   re-serialised body (other key order, spaces or newlines) changes the hash.\n3. **Signature calculation error**, including a wrong `accessSecret`. Please\n   refer to the [signature algorithm](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)\n   and check your code against its worked example\n   ([local copy](../guides/calling-conventions.md#signature-algorithm)).\n",
        "https://pns-errors.example.org/errors/1003/",
        "1.0.0",
        None,
        None,
    )
    TIMESTAMP_EXPIRED = (
        1004,
        "Timestamp expired",
        Category.COMMON,
        "The `ts` header is too far from the server's clock.\n",
        "The `ts` parameter in the Header is incorrect. The maximum time difference\nallowed between the client and the server is 60 seconds.\n\n- `ts` is the request time in **milliseconds** since the Unix epoch (13 digits,\n  e.g. `1655710885431`), not seconds.\n- Synchronise the client's clock (NTP) and compute `ts` just before sending.\n- Compute `sign` with the same `ts` that is sent.\n\nSee [the `ts` window](../guides/calling-conventions.md#the-ts-window).\n",
        "https://pns-errors.example.org/errors/1004/",
        "1.0.0",
        None,
        None,
    )
    INSUFFICIENT_PERMISSIONS = (
        1005,
        "Insufficient permissions",
        Category.COMMON,
        "The account is unknown, or it is not allowed to use the requested business.\n",
        "Either the `accessKey` is incorrect, or the current account does not have the\ncorresponding business permissions.\n\n- Check the `accessKey` header against the key shown for the account.\n- Check that the business named by `bizType` (5 for privacy numbers) is enabled\n  for the account; if it is not, ask the account manager to enable it.\n\nSee [public headers](../guides/calling-conventions.md#public-headers).\n",
        "https://pns-errors.example.org/errors/1005/",
        "1.0.0",
        None,
        None,
    )
    EMPTY_BINDING_NUMBER = (
        10001,
        "Empty binding number",
        Category.PNS,
        "A binding request (`bindAXB`) arrived without one of the two real numbers.\n",
        "The A or B number is empty. Send both `phoneA` and `phoneB`, each a non-empty\nnumber with its country code.\n",
        "https://pns-errors.example.org/errors/10001/",
        "1.0.0",
        None,
        None,
    )
    SAME_BINDING_NUMBER = (
        10002,
        "Same binding number",
        Category.PNS,
        "A binding request gave the same number for both parties.\n",
        "The A and B numbers are the same. A binding connects two different parties:\nsend two different numbers in `phoneA` and `phoneB`.\n",
        "https://pns-errors.example.org/errors/10002/",
        "1.0.0",
        None,
        None,
    )
    USER_DOES_NOT_EXIST = (
        10003,
        "User does not exist",
        Category.PNS,
        "The privacy-number service has no user for this account.\n",
        "The user does not exist. Check the `accessKey`; if it is right, ask the account\nmanager to open the privacy-number service for the account.\n",
        "https://pns-errors.example.org/errors/10003/",
        "1.0.0",
        None,
        None,
    )
    BINDING_NUMBER_PREFIX_MISMATCH = (
        10004,
        "Different prefix for binding numbers",
        Category.PNS,
        "A real number of the binding is not in the same country as the virtual number.\n",
        "The A or B number does not contain the country code of the virtual number.\n\n- Write `phoneA` and `phoneB` with the country code of the virtual number in\n  front (for a Hong Kong virtual number `852…`: `85291234567`).\n- Check that the number is not written in national form (a leading `0`, or no\n  country code at all).\n",
        "https://pns-errors.example.org/errors/10004/",
        "1.0.0",
        None,
        None,
    )
    FAILED_TO_GET_NUMBER = (
        10005,
        "Failed to get number",
        Category.PNS,
        "The service could not pick a virtual number (DID) for the binding.\n",
        "An error occurred while getting the number of bound DIDs. Retry the request\nlater; if it keeps failing, contact support with the `requestId`.\n",
        "https://pns-errors.example.org/errors/10005/",
        "1.0.0",
        None,
        None,
    )
    BINDING_NUMBER_EXCEPTION = (
        10006,
        "Exception in binding numbers",
        Category.PNS,
        "The service failed while creating the binding on a virtual number (DID).\n",
        "An exception occurred in the number of bound DIDs. Retry the request later; if\nit keeps failing, contact support with the `requestId`.\n",
        "https://pns-errors.example.org/errors/10006/",
        "1.0.0",
        None,
        None,
    )
    VIRTUAL_NUMBER_WITHOUT_PREFIX = (
        10007,
        "Virtual number without prefix",
        Category.PNS,
        "The virtual number chosen for the binding has no country code configured.\n",
        "The virtual number does not have a country code. This is a configuration\nproblem of the account's number pool, not of the request: contact support with\nthe `requestId` and the virtual number.\n",
        "https://pns-errors.example.org/errors/10007/",
        "1.0.0",
        None,
        None,
    )
    NO_VIRTUAL_NUMBER = (
        10008,
        "User has no virtual number",
        Category.PNS,
        "The account has no virtual number to bind with.\n",
        "The user has no virtual number. Buy or assign virtual numbers to the account\nbefore creating bindings.\n",
        "https://pns-errors.example.org/errors/10008/",
        "1.0.0",
        None,
        None,
    )
    FAILED_TO_RETRIEVE_DATA = (
        10009,
        "Failed to retrieve data",
        Category.PNS,
        "A query or list request failed on the server side.\n",
        "An exception occurred while retrieving data. Retry the request later; if it\nkeeps failing, contact support with the `requestId`.\n",
        "https://pns-errors.example.org/errors/10009/",
        "1.0.0",
        None,
        None,
    )
    VIRTUAL_NUMBER_EXHAUSTED = (
        10010,
        "Virtual number exhausted",
        Category.PNS,
        "Every virtual number of the account is already in use for these parties.\n",
        "The user's virtual numbers have been exhausted. Release bindings that are no\nlonger needed (`unbindAXB`), give bindings an expiry (`expireSecond`), or add\nvirtual numbers to the account.\n",
        "https://pns-errors.example.org/errors/10010/",
        "1.0.0",
        None,
        None,
    )
    INVALID_LIST_LIMIT = (
        10011,
        "Incorrect list page capacity",
        Category.PNS,
        "A list request (`getAXBList`) asked for a page size out of range.\n",
        "The `limit` for retrieving data exceeds the range. Send a `limit` from 0 to\n1000 (0 means all, and at most 1000 are returned).\n",
        "https://pns-errors.example.org/errors/10011/",
        "1.0.0",
        None,
        None,
    )
    INVALID_LIST_OFFSET = (
        10012,
        "Incorrect list page starting point",
        Category.PNS,
        "A list request (`getAXBList`) asked for a starting point out of range.\n",
        "The `offset` for retrieving data exceeds the range. Send an `offset` of 0 or\nmore, and smaller than the number of bindings.\n",
        "https://pns-errors.example.org/errors/10012/",
        "1.0.0",
        None,
        None,
    )
    NO_BINDING_NUMBER = (
        10013,
        "User has no binding number",
        Category.PNS,
        "The number queried is not bound to the virtual number.\n",
        "The user does not have a binding relationship with a virtual number. Check the\n`caller` and `did` of the query (`queryAXB`): the binding may have expired or\nbeen removed (`unbindAXB`), or never have been created.\n",
        "https://pns-errors.example.org/errors/10013/",
        "1.0.0",
        None,
        None,
    )
