# generated from errors.yaml by `python -m generator`; do not edit
"""The error catalog, version 1.0.0: one enum member per code.

Every attribute below comes from the field table in generator/model.py; links in
the text fields are absolute, so they work wherever the text is shown.
"""

from __future__ import annotations

from enum import StrEnum

from ._base import CategoryBase, ErrorCodeBase, Record, public

__all__ = ["VERSION", "TITLE", "SITE_URL", "Category", "ErrorCode", "Deprecation", "Retirement", "FixBy", "Retry"]

VERSION = "1.0.0"
TITLE = "NXCLOUD PNS API error codes"
SITE_URL = "https://pns-errors.example.org/"


class FixBy(StrEnum):
    """One of:

    - ``caller``: the customer's developer: the request or the client's code is wrong.
    - ``account``: the customer's account administrator or account manager: settings, permissions or numbers.
    - ``provider``: NXCLOUD: a failure on the service's side; escalate with the requestId.
    """

    CALLER = "caller"
    ACCOUNT = "account"
    PROVIDER = "provider"

    @property
    def label(self) -> str:
        """A short label, as in the errors index."""
        return { "caller": "Developer", "account": "Account", "provider": "NXCLOUD" }[self.value]

    @property
    def meaning(self) -> str:
        """What it means, in words support can read to a customer."""
        return { "caller": "the customer's developer: the request or the client's code is wrong", "account": "the customer's account administrator or account manager: settings, permissions or numbers", "provider": "NXCLOUD: a failure on the service's side; escalate with the requestId" }[self.value]


class Retry(StrEnum):
    """One of:

    - ``no``: no: the same request fails again until something changes.
    - ``refresh``: yes, at once, with a rebuilt request (a new ts and sign).
    - ``backoff``: yes, later: the failure is transient; retry with exponential backoff and a limit.
    """

    NO = "no"
    REFRESH = "refresh"
    BACKOFF = "backoff"

    @property
    def label(self) -> str:
        """A short label, as in the errors index."""
        return { "no": "No", "refresh": "Rebuilt, at once", "backoff": "Later, with backoff" }[self.value]

    @property
    def meaning(self) -> str:
        """What it means, in words support can read to a customer."""
        return { "no": "no: the same request fails again until something changes", "refresh": "yes, at once, with a rebuilt request (a new ts and sign)", "backoff": "yes, later: the failure is transient; retry with exponential backoff and a limit" }[self.value]


class Deprecation(Record):
    """The API still returns the code, but clients should move on (to ``replaced_by``)."""

    __slots__ = ("since", "reason", "replaced_by")

    since: str
    reason: str
    replaced_by: int | None

    def __init__(self, since: str, reason: str, replaced_by: int | None = None) -> None:
        self.since = since
        self.reason = reason
        self.replaced_by = replaced_by


class Retirement(Record):
    """The API no longer returns the code; it stays documented for old logs and clients."""

    __slots__ = ("since", "reason")

    since: str
    reason: str

    def __init__(self, since: str, reason: str) -> None:
        self.since = since
        self.reason = reason


class Category(CategoryBase):
    """The categories of error codes."""

    title: str
    description: str
    range: tuple[int, int] | None

    def to_dict(self) -> dict[str, object]:
        """This category's record in errors.json, exactly."""
        return {
            "id": public(self.value),
            "title": public(self.title),
            "description": public(self.description),
            "range": public(self.range),
        }

    COMMON = "common", {
        "title": "Common errors",
        "description": "Returned by every product of the NXCLOUD HTTP API, before the request\nreaches a product: missing or wrong public headers, a bad signature, an\nexpired timestamp, or an account without the right permission.\n",
        "range": (1000, 1999),
    }
    PNS = "pns", {
        "title": "Privacy number (PNS) errors",
        "description": "Returned by the privacy-number service (`bizType` 5): number masking, where\ntwo real numbers A and B are bound to a virtual number X (an *AXB binding*).\n",
        "range": (10000, 19999),
    }


class ErrorCode(ErrorCodeBase):
    """The error codes the API returns in the ``code`` field of its responses."""

    category: Category
    message: str
    description: str
    solution: str
    see_also: tuple[int, ...]
    since: str | None
    deprecation: Deprecation | None
    retirement: Retirement | None
    fix_by: FixBy
    retry: Retry
    triage_note: str
    ask_for: str

    @property
    def doc_url(self) -> str:
        """The code's page on the site."""
        return f"{SITE_URL}errors/{self._value_}/"

    def to_dict(self) -> dict[str, object]:
        """This code's record in errors.json, exactly (the CLI's --json prints it)."""
        return {
            "code": public(self.code),
            "name": public(self.name),
            "category": public(self.category),
            "message": public(self.message),
            "description": public(self.description),
            "solution": public(self.solution),
            "see_also": public(self.see_also),
            "since": public(self.since),
            "deprecated": public(self.deprecation),
            "retired": public(self.retirement),
            "fix_by": public(self.fix_by),
            "retry": public(self.retry),
            "triage_note": public(self.triage_note),
            "ask_for": public(self.ask_for),
            "aliases": public(self.aliases),
            "url": self.doc_url,
            "status": self.status,
        }

    MISSING_PUBLIC_PARAMETERS = 1001, {
        "category": Category.COMMON,
        "message": "Missing public parameters",
        "description": "At least one of the public headers that every request must carry is absent.\n",
        "solution": "All required [public parameters](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0)\nmust be included in the Header, such as `accessKey`, `ts`, `bizType`, `action`\nand `sign`.\n\nSend all five headers with every request (see\n[public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers)). `algorithm`\nis the only optional one; it defaults to `md5`.\n",
        "see_also": (),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.CALLER,
        "retry": Retry.NO,
        "triage_note": "",
        "ask_for": "The names of the headers the client sent, and the `action`.\n",
    }
    PARAMETER_ERROR = 1002, {
        "category": Category.COMMON,
        "message": "Parameter error",
        "description": "The headers are present, but a header value or a field of the request body is\nnot what the called action accepts.\n",
        "solution": "1. Check that the `bizType` and `action` parameters in the Header are correct:\n   `bizType` is `5` for the privacy-number service, and `action` names an\n   existing method such as `bindAXB` or `queryAXB`.\n2. Check that the parameters in the Body are correct: every field the action\n   requires is present, with the right type and within its range.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n",
        "see_also": (1001,),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.CALLER,
        "retry": Retry.NO,
        "triage_note": "",
        "ask_for": "The `action` and the exact request body that was sent.\n",
    }
    INVALID_SIGNATURE = 1003, {
        "category": Category.COMMON,
        "message": "Invalid signature",
        "description": "The `sign` header does not match the signature the server computed for the\nrequest.\n",
        "solution": "Check that the `sign` value is calculated correctly. The common reasons are:\n\n1. **Incorrect request method or Content-Type.** Set the Content-Type that the\n   API interface documentation gives for the action (`application/json` for\n   the privacy-number actions).\n2. **The signed JSON differs from the sent JSON.** The JSON string used to\n   compute the signature must be byte for byte the body that is sent; a\n   re-serialised body (other key order, spaces or newlines) changes the hash.\n3. **Signature calculation error**, including a wrong `accessSecret`. Please\n   refer to the [signature algorithm](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)\n   and check your code against its worked example\n   ([local copy](https://pns-errors.example.org/guides/calling-conventions/#signature-algorithm)).\n\nTo find the mistake, give the headers, the body and the secret to\n[Check a signature](https://pns-errors.example.org/tools/signature/) (it runs in your browser), or\nrun `pns-errors sign ... --check SIGN`: it tries the usual mistakes and\nnames the one that reproduces the client's sign.\n",
        "see_also": (1004,),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.CALLER,
        "retry": Retry.NO,
        "triage_note": "The same signing mistake gives the same wrong sign, so resending cannot help.",
        "ask_for": "The exact body that was signed (byte for byte), the `ts`, `action` and\n`bizType` headers sent, and the `sign` the client computed. Never the\n`accessSecret`.\n",
    }
    TIMESTAMP_EXPIRED = 1004, {
        "category": Category.COMMON,
        "message": "Timestamp expired",
        "description": "The `ts` header is too far from the server's clock.\n",
        "solution": 'The `ts` parameter in the Header is incorrect. The maximum time difference\nallowed between the client and the server is 60 seconds.\n\n- `ts` is the request time in **milliseconds** since the Unix epoch (13 digits,\n  e.g. `1655710885431`), not seconds.\n- Synchronise the client\'s clock (NTP) and compute `ts` just before sending.\n- Compute `sign` with the same `ts` that is sent.\n\nSee [the `ts` window](https://pns-errors.example.org/guides/calling-conventions/#the-ts-window).\n[Check a signature](https://pns-errors.example.org/tools/signature/) has a "Now" button for `ts`, and\nsays how far a given `ts` is from now.\n',
        "see_also": (1003,),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.CALLER,
        "retry": Retry.REFRESH,
        "triage_note": "A request that waited too long expires; a new ts fixes it, and failing again at once means the client's clock is off.",
        "ask_for": "The `ts` header that was sent and the client's clock at that moment (with its time zone).\n",
    }
    INSUFFICIENT_PERMISSIONS = 1005, {
        "category": Category.COMMON,
        "message": "Insufficient permissions",
        "description": "The account is unknown, or it is not allowed to use the requested business.\n",
        "solution": "Either the `accessKey` is incorrect, or the current account does not have the\ncorresponding business permissions.\n\n- Check the `accessKey` header against the key shown for the account.\n- Check that the business named by `bizType` (5 for privacy numbers) is enabled\n  for the account; if it is not, ask the account manager to enable it.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n",
        "see_also": (),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.ACCOUNT,
        "retry": Retry.NO,
        "triage_note": "Unless the accessKey is mistyped, only the account's settings can change the answer.",
        "ask_for": "The `accessKey` (never the `accessSecret`) and the `bizType` that was sent.\n",
    }
    EMPTY_BINDING_NUMBER = 10001, {
        "category": Category.PNS,
        "message": "Empty binding number",
        "description": "A binding request (`bindAXB`) arrived without one of the two real numbers.\n",
        "solution": "The A or B number is empty. Send both `phoneA` and `phoneB`, each a non-empty\nnumber with its country code.\n",
        "see_also": (10002, 10004),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.CALLER,
        "retry": Retry.NO,
        "triage_note": "",
        "ask_for": "The `phoneA` and `phoneB` values that were sent.\n",
    }
    SAME_BINDING_NUMBER = 10002, {
        "category": Category.PNS,
        "message": "Same binding number",
        "description": "A binding request gave the same number for both parties.\n",
        "solution": "The A and B numbers are the same. A binding connects two different parties:\nsend two different numbers in `phoneA` and `phoneB`.\n",
        "see_also": (10001,),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.CALLER,
        "retry": Retry.NO,
        "triage_note": "",
        "ask_for": "The `phoneA` and `phoneB` values that were sent.\n",
    }
    USER_DOES_NOT_EXIST = 10003, {
        "category": Category.PNS,
        "message": "User does not exist",
        "description": "The privacy-number service has no user for this account.\n",
        "solution": "The user does not exist. Check the `accessKey`; if it is right, ask the account\nmanager to open the privacy-number service for the account.\n",
        "see_also": (1005,),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.ACCOUNT,
        "retry": Retry.NO,
        "triage_note": "Unless the accessKey is wrong, the service has to be opened for the account.",
        "ask_for": "The `accessKey` (never the `accessSecret`) and the account's name.\n",
    }
    BINDING_NUMBER_PREFIX_MISMATCH = 10004, {
        "category": Category.PNS,
        "message": "Different prefix for binding numbers",
        "description": "A real number of the binding is not in the same country as the virtual number.\n",
        "solution": "The A or B number does not contain the country code of the virtual number.\n\n- Write `phoneA` and `phoneB` with the country code of the virtual number in\n  front (for a Hong Kong virtual number `852…`: `85291234567`).\n- Check that the number is not written in national form (a leading `0`, or no\n  country code at all).\n",
        "see_also": (10007, 10001),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.CALLER,
        "retry": Retry.NO,
        "triage_note": "",
        "ask_for": "The `phoneA` and `phoneB` values that were sent, and the virtual number's country.\n",
    }
    FAILED_TO_GET_NUMBER = 10005, {
        "category": Category.PNS,
        "message": "Failed to get number",
        "description": "The service could not pick a virtual number (DID) for the binding.\n",
        "solution": "An error occurred while getting the number of bound DIDs. Retry the request\nlater; if it keeps failing, contact support with the `requestId`.\n",
        "see_also": (10006, 10010),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.PROVIDER,
        "retry": Retry.BACKOFF,
        "triage_note": "Assumed transient: the source only says an error occurred while getting a number.",
        "ask_for": "The time of the failures and how often they occur.\n",
    }
    BINDING_NUMBER_EXCEPTION = 10006, {
        "category": Category.PNS,
        "message": "Exception in binding numbers",
        "description": "The service failed while creating the binding on a virtual number (DID).\n",
        "solution": "An exception occurred in the number of bound DIDs. Retry the request later; if\nit keeps failing, contact support with the `requestId`.\n",
        "see_also": (10005,),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.PROVIDER,
        "retry": Retry.BACKOFF,
        "triage_note": "Assumed transient: the source only says an exception occurred while binding.",
        "ask_for": "The time of the failures and how often they occur.\n",
    }
    VIRTUAL_NUMBER_WITHOUT_PREFIX = 10007, {
        "category": Category.PNS,
        "message": "Virtual number without prefix",
        "description": "The virtual number chosen for the binding has no country code configured.\n",
        "solution": "The virtual number does not have a country code. This is a configuration\nproblem of the account's number pool, not of the request: contact support with\nthe `requestId` and the virtual number.\n",
        "see_also": (10004,),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.PROVIDER,
        "retry": Retry.NO,
        "triage_note": "Assumed that the number pool's country codes are configured by NXCLOUD, not by the customer.",
        "ask_for": "The virtual number that was chosen, if the response or the console shows it.\n",
    }
    NO_VIRTUAL_NUMBER = 10008, {
        "category": Category.PNS,
        "message": "User has no virtual number",
        "description": "The account has no virtual number to bind with.\n",
        "solution": "The user has no virtual number. Buy or assign virtual numbers to the account\nbefore creating bindings.\n",
        "see_also": (10010,),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.ACCOUNT,
        "retry": Retry.NO,
        "triage_note": "Virtual numbers are assigned to the account; its developer cannot create them.",
        "ask_for": "The account's name, and the countries the customer needs virtual numbers in.\n",
    }
    FAILED_TO_RETRIEVE_DATA = 10009, {
        "category": Category.PNS,
        "message": "Failed to retrieve data",
        "description": "A query or list request failed on the server side.\n",
        "solution": "An exception occurred while retrieving data. Retry the request later; if it\nkeeps failing, contact support with the `requestId`.\n",
        "see_also": (),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.PROVIDER,
        "retry": Retry.BACKOFF,
        "triage_note": "Assumed transient: the source only says an exception occurred while retrieving data.",
        "ask_for": "The `action` (for example `queryAXB` or `getAXBList`) and the time of the failures.\n",
    }
    VIRTUAL_NUMBER_EXHAUSTED = 10010, {
        "category": Category.PNS,
        "message": "Virtual number exhausted",
        "description": "Every virtual number of the account is already in use for these parties.\n",
        "solution": "The user's virtual numbers have been exhausted. Release bindings that are no\nlonger needed (`unbindAXB`), give bindings an expiry (`expireSecond`), or add\nvirtual numbers to the account.\n",
        "see_also": (10008,),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.ACCOUNT,
        "retry": Retry.NO,
        "triage_note": "The customer's developer can free numbers with unbindAXB, but the lasting fix is more virtual numbers on the account.",
        "ask_for": "How many bindings the account holds, and whether they are given an `expireSecond`.\n",
    }
    INVALID_LIST_LIMIT = 10011, {
        "category": Category.PNS,
        "message": "Incorrect list page capacity",
        "description": "A list request (`getAXBList`) asked for a page size out of range.\n",
        "solution": "The `limit` for retrieving data exceeds the range. Send a `limit` from 0 to\n1000 (0 means all, and at most 1000 are returned).\n",
        "see_also": (10012,),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.CALLER,
        "retry": Retry.NO,
        "triage_note": "",
        "ask_for": "The `limit` that was sent.\n",
    }
    INVALID_LIST_OFFSET = 10012, {
        "category": Category.PNS,
        "message": "Incorrect list page starting point",
        "description": "A list request (`getAXBList`) asked for a starting point out of range.\n",
        "solution": "The `offset` for retrieving data exceeds the range. Send an `offset` of 0 or\nmore, and smaller than the number of bindings.\n",
        "see_also": (10011,),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.CALLER,
        "retry": Retry.NO,
        "triage_note": "",
        "ask_for": "The `offset` that was sent, and how many bindings the account holds.\n",
    }
    NO_BINDING_NUMBER = 10013, {
        "category": Category.PNS,
        "message": "User has no binding number",
        "description": "The number queried is not bound to the virtual number.\n",
        "solution": "The user does not have a binding relationship with a virtual number. Check the\n`caller` and `did` of the query (`queryAXB`): the binding may have expired or\nbeen removed (`unbindAXB`), or never have been created.\n",
        "see_also": (),
        "since": "1.0.0",
        "deprecation": None,
        "retirement": None,
        "fix_by": FixBy.CALLER,
        "retry": Retry.NO,
        "triage_note": "",
        "ask_for": "The numbers or `bindId` that were queried, and the action that created the binding.\n",
    }
