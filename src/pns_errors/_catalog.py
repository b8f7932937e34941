# generated from errors.yaml by `python -m generator`; do not edit
"""The error catalog, version 1.0.0: one enum member per code.

Every attribute below comes from the field table in generator/model.py; links in
the text fields are absolute, so they work wherever the text is shown.
"""

from __future__ import annotations

from enum import StrEnum

from ._base import CategoryBase, ErrorCodeBase, Record, add_members, by_value, each, language_candidates, one, public

# The members are added after each class (add_members), from one constant table: declared in
# the class body, Enum would build each one with several Python calls. Type checkers read
# the declarations in the `if TYPE_CHECKING:` blocks.
TYPE_CHECKING = False

__all__ = ["VERSION", "TITLE", "SITE_URL", "LANGUAGES", "Category", "ErrorCode", "Deprecation", "Retirement", "Variant", "CategoryText", "ErrorText", "FixBy", "Retry"]

VERSION = "1.0.0"
TITLE = "NXCLOUD PNS API error codes"
SITE_URL = "https://pns-errors.example.org/"
LANGUAGES = ("en", "zh",)  # English first: the source


# The texts of the other languages live in a module each, imported the first time a member's
# translations are asked for: most clients only ever read the English.
_MODULES: dict[str, str] = { "zh": "_catalog_zh" }
_LOADED: dict[str, dict[str | int, CategoryText | ErrorText]] = {}


def _texts(key: str | int) -> dict[str, CategoryText | ErrorText]:
    found: dict[str, CategoryText | ErrorText] = {}
    for language, module in _MODULES.items():
        table = _LOADED.get(language)
        if table is None:
            from importlib import import_module

            table = _LOADED[language] = import_module(f".{module}", __package__).TEXTS
        text = table.get(key)
        if text is not None:
            found[language] = text
    return found


def _words(table: dict[str, dict[str, tuple[str, str]]], language: str, word: str, english: str, at: int) -> str:
    for tag in language_candidates(language):
        if tag in table:
            return table[tag][word][at]
    return english


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

    def label_in(self, language: str) -> str:
        """The label in ``language``; English when the catalog lacks it."""
        return _words(_FIXBY_WORDS, language, self.value, self.label, 0)

    def meaning_in(self, language: str) -> str:
        """The meaning in ``language``; English when the catalog lacks it."""
        return _words(_FIXBY_WORDS, language, self.value, self.meaning, 1)


# Each word's (label, meaning) in the catalog's other languages.
_FIXBY_WORDS: dict[str, dict[str, tuple[str, str]]] = {"zh": {"caller": ("开发人员", "客户的开发人员（请求或客户端代码有误）"), "account": ("账号", "客户的账号管理员或客户经理（涉及账号设置、权限或号码）"), "provider": ("NXCLOUD", "NXCLOUD（服务端故障，请携带 requestId 上报）")}}


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

    def label_in(self, language: str) -> str:
        """The label in ``language``; English when the catalog lacks it."""
        return _words(_RETRY_WORDS, language, self.value, self.label, 0)

    def meaning_in(self, language: str) -> str:
        """The meaning in ``language``; English when the catalog lacks it."""
        return _words(_RETRY_WORDS, language, self.value, self.meaning, 1)


# Each word's (label, meaning) in the catalog's other languages.
_RETRY_WORDS: dict[str, dict[str, tuple[str, str]]] = {"zh": {"no": ("不能", "不能，在情况改变之前，同样的请求会再次失败"), "refresh": ("重新构造后立即重试", "可以，立即重试，但要重新构造请求（新的 ts 和 sign）"), "backoff": ("稍后退避重试", "可以，稍后重试。这是临时故障，请按指数退避重试，并限制次数")}}


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


class Variant(Record):
    """Another wording of the message that the API is known to send, and where it was seen."""

    __slots__ = ("text", "seen_in")

    text: str
    seen_in: str

    def __init__(self, text: str, seen_in: str) -> None:
        self.text = text
        self.seen_in = seen_in


class CategoryText(Record):
    """A category's title and description in one language. (``localized()`` returns it)"""

    __slots__ = ("language", "title", "description")

    language: str
    title: str
    description: str

    def __init__(self, language: str, title: str, description: str) -> None:
        self.language = language
        self.title = title
        self.description = description


class ErrorText(Record):
    """An error's texts in one language; the English `message` stays the API's own. (``localized()`` returns it)"""

    __slots__ = ("language", "message", "description", "solution", "ask_for", "triage_note", "synonyms", "deprecated_reason", "retired_reason")

    language: str
    message: str
    description: str
    solution: str
    ask_for: str
    triage_note: str
    synonyms: tuple[str, ...]
    deprecated_reason: str
    retired_reason: str

    def __init__(self, language: str, message: str, description: str, solution: str, ask_for: str, triage_note: str, synonyms: tuple[str, ...], deprecated_reason: str, retired_reason: str) -> None:
        self.language = language
        self.message = message
        self.description = description
        self.solution = solution
        self.ask_for = ask_for
        self.triage_note = triage_note
        self.synonyms = synonyms
        self.deprecated_reason = deprecated_reason
        self.retired_reason = retired_reason


class Category(CategoryBase):
    """The categories of error codes."""

    title: str
    description: str
    range: tuple[int, int] | None

    @property
    def translations(self) -> dict[str, CategoryText]:
        """The title and description in each other language, by language tag (read on first use)."""
        return {tag: text for tag, text in _texts(self._value_).items() if isinstance(text, CategoryText)}


    def localized(self, language: str) -> CategoryText:
        """The title and description in ``language`` (``"zh"``, ``"zh-CN"``, ``"zh_CN.UTF-8"``);
        in English (``language == "en"``) when the catalog has no such translation."""
        for tag in language_candidates(language):
            if tag in self.translations:
                return self.translations[tag]
        return CategoryText("en", self.title, self.description)

    def to_dict(self) -> dict[str, object]:
        """This category's record in errors.json, exactly."""
        return {
            "id": public(self.value),
            "title": public(self.title),
            "description": public(self.description),
            "range": public(self.range),
            "translations": public(self.translations),
        }

    if TYPE_CHECKING:
        COMMON = "common"
        PNS = "pns"


# Each row: the member's name, its value, its former names, then its fields, in the places named first.
add_members(Category, { "title": (3, None), "description": (4, None), "range": (5, None) }, (
    ("COMMON", "common", (), "Common errors", "Returned by every product of the NXCLOUD HTTP API, before the request\nreaches a product: missing or wrong public headers, a bad signature, an\nexpired timestamp, or an account without the right permission.\n", (1000, 1999)),
    ("PNS", "pns", (), "Privacy number (PNS) errors", "Returned by the privacy-number service (`bizType` 5): number masking, where\ntwo real numbers A and B are bound to a virtual number X (an *AXB binding*).\n", (10000, 19999)),
))


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
    also_sent: tuple[Variant, ...]
    synonyms: tuple[str, ...]

    @property
    def translations(self) -> dict[str, ErrorText]:
        """The texts in each other language, by language tag (read on first use)."""
        return {tag: text for tag, text in _texts(self._value_).items() if isinstance(text, ErrorText)}


    @property
    def doc_url(self) -> str:
        """The code's page on the site."""
        return f"{SITE_URL}errors/{self._value_}/"

    def localized(self, language: str) -> ErrorText:
        """The texts in ``language`` (``"zh"``, ``"zh-CN"``, ``"zh_CN.UTF-8"``); in English
        (``language == "en"``) when the catalog has no such translation. The API itself
        always sends the English message."""
        for tag in language_candidates(language):
            if tag in self.translations:
                return self.translations[tag]
        return ErrorText("en", self.message, self.description, self.solution, self.ask_for, self.triage_note, self.synonyms, self.deprecation.reason if self.deprecation else "", self.retirement.reason if self.retirement else "")

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
            "also_sent": public(self.also_sent),
            "synonyms": public(self.synonyms),
            "aliases": public(self.aliases),
            "translations": public(self.translations),
            "url": self.doc_url,
            "status": self.status,
        }

    if TYPE_CHECKING:
        MISSING_PUBLIC_PARAMETERS = 1001
        PARAMETER_ERROR = 1002
        INVALID_SIGNATURE = 1003
        TIMESTAMP_EXPIRED = 1004
        INSUFFICIENT_PERMISSIONS = 1005
        EMPTY_BINDING_NUMBER = 10001
        SAME_BINDING_NUMBER = 10002
        USER_DOES_NOT_EXIST = 10003
        BINDING_NUMBER_PREFIX_MISMATCH = 10004
        FAILED_TO_GET_NUMBER = 10005
        BINDING_NUMBER_EXCEPTION = 10006
        VIRTUAL_NUMBER_WITHOUT_PREFIX = 10007
        NO_VIRTUAL_NUMBER = 10008
        FAILED_TO_RETRIEVE_DATA = 10009
        VIRTUAL_NUMBER_EXHAUSTED = 10010
        INVALID_LIST_LIMIT = 10011
        INVALID_LIST_OFFSET = 10012
        NO_BINDING_NUMBER = 10013


add_members(ErrorCode, { "category": (3, by_value(Category)), "message": (4, None), "description": (5, None), "solution": (6, None), "see_also": (7, None), "since": (8, None), "deprecation": (9, one(Deprecation)), "retirement": (10, one(Retirement)), "fix_by": (11, by_value(FixBy)), "retry": (12, by_value(Retry)), "triage_note": (13, None), "ask_for": (14, None), "also_sent": (15, each(one(Variant))), "synonyms": (16, None) }, (
    ("MISSING_PUBLIC_PARAMETERS", 1001, (), "common", "Missing public parameters", "At least one of the public headers that every request must carry is absent.\n", "All required [public parameters](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0)\nmust be included in the Header, such as `accessKey`, `ts`, `bizType`, `action`\nand `sign`.\n\nSend all five headers with every request (see\n[public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers)). `algorithm`\nis the only optional one; it defaults to `md5`.\n", (), "1.0.0", None, None, "caller", "no", "", "The names of the headers the client sent, and the `action`.\n", (("Missing parameters", "the error table of the English calling-conventions page"), ("Missing common parameters", "the error table of the Chinese calling-conventions page (its message column is in English)")), ("missing header", "required header", "public header", "common parameters", "accessKey missing", "no accessKey")),
    ("PARAMETER_ERROR", 1002, (), "common", "Parameter error", "The headers are present, but a header value or a field of the request body is\nnot what the called action accepts.\n", "1. Check that the `bizType` and `action` parameters in the Header are correct:\n   `bizType` is `5` for the privacy-number service, and `action` names an\n   existing method such as `bindAXB` or `queryAXB`.\n2. Check that the parameters in the Body are correct: every field the action\n   requires is present, with the right type and within its range.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n", (1001,), "1.0.0", None, None, "caller", "no", "", "The `action` and the exact request body that was sent.\n", (), ("invalid parameter", "bad parameter", "wrong parameter", "invalid argument", "bad request", "wrong action", "wrong bizType", "validation error", "request body")),
    ("INVALID_SIGNATURE", 1003, (), "common", "Invalid signature", "The `sign` header does not match the signature the server computed for the\nrequest.\n", "Check that the `sign` value is calculated correctly. The common reasons are:\n\n1. **Incorrect request method or Content-Type.** Set the Content-Type that the\n   API interface documentation gives for the action (`application/json` for\n   the privacy-number actions).\n2. **The signed JSON differs from the sent JSON.** The JSON string used to\n   compute the signature must be byte for byte the body that is sent; a\n   re-serialised body (other key order, spaces or newlines) changes the hash.\n3. **Signature calculation error**, including a wrong `accessSecret`. Please\n   refer to the [signature algorithm](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)\n   and check your code against its worked example\n   ([local copy](https://pns-errors.example.org/guides/calling-conventions/#signature-algorithm)).\n\nTo find the mistake, give the headers, the body and the secret to\n[Check a signature](https://pns-errors.example.org/tools/signature/) (it runs in your browser), or\nrun `pns-errors sign ... --check SIGN`: it tries the usual mistakes and\nnames the one that reproduces the client's sign.\n", (1004,), "1.0.0", None, None, "caller", "no", "The same signing mistake gives the same wrong sign, so resending cannot help.", "The exact body that was signed (byte for byte), the `ts`, `action` and\n`bizType` headers sent, and the `sign` the client computed. Never the\n`accessSecret`.\n", (), ("sign", "signature mismatch", "wrong signature", "bad signature", "signature error", "signing", "accessSecret", "MD5", "SHA-256", "hash", "signiture")),
    ("TIMESTAMP_EXPIRED", 1004, (), "common", "Timestamp expired", "The `ts` header is too far from the server's clock.\n", 'The `ts` parameter in the Header is incorrect. The maximum time difference\nallowed between the client and the server is 60 seconds.\n\n- `ts` is the request time in **milliseconds** since the Unix epoch (13 digits,\n  e.g. `1655710885431`), not seconds.\n- Synchronise the client\'s clock (NTP) and compute `ts` just before sending.\n- Compute `sign` with the same `ts` that is sent.\n\nSee [the `ts` window](https://pns-errors.example.org/guides/calling-conventions/#the-ts-window).\n[Check a signature](https://pns-errors.example.org/tools/signature/) has a "Now" button for `ts`, and\nsays how far a given `ts` is from now.\n', (1003,), "1.0.0", None, None, "caller", "refresh", "A request that waited too long expires; a new ts fixes it, and failing again at once means the client's clock is off.", "The `ts` header that was sent and the client's clock at that moment (with its time zone).\n", (("Timestamp has expired", "the error table of the Chinese calling-conventions page"),), ("expired timestamp", "ts", "clock skew", "clock drift", "time out of sync", "request expired", "milliseconds", "NTP", "timestmp", "expird")),
    ("INSUFFICIENT_PERMISSIONS", 1005, (), "common", "Insufficient permissions", "The account is unknown, or it is not allowed to use the requested business.\n", "Either the `accessKey` is incorrect, or the current account does not have the\ncorresponding business permissions.\n\n- Check the `accessKey` header against the key shown for the account.\n- Check that the business named by `bizType` (5 for privacy numbers) is enabled\n  for the account; if it is not, ask the account manager to enable it.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n", (), "1.0.0", None, None, "account", "no", "Unless the accessKey is mistyped, only the account's settings can change the answer.", "The `accessKey` (never the `accessSecret`) and the `bizType` that was sent.\n", (), ("permission denied", "access denied", "forbidden", "unauthorized", "not authorised", "no permission", "wrong accessKey", "business not enabled", "account not enabled")),
    ("EMPTY_BINDING_NUMBER", 10001, (), "pns", "Empty binding number", "A binding request (`bindAXB`) arrived without one of the two real numbers.\n", "The A or B number is empty. Send both `phoneA` and `phoneB`, each a non-empty\nnumber with its country code.\n", (10002, 10004), "1.0.0", None, None, "caller", "no", "", "The `phoneA` and `phoneB` values that were sent.\n", (), ("phone number empty", "empty phone", "phoneA missing", "phoneB missing", "blank number", "number is null")),
    ("SAME_BINDING_NUMBER", 10002, (), "pns", "Same binding number", "A binding request gave the same number for both parties.\n", "The A and B numbers are the same. A binding connects two different parties:\nsend two different numbers in `phoneA` and `phoneB`.\n", (10001,), "1.0.0", None, None, "caller", "no", "", "The `phoneA` and `phoneB` values that were sent.\n", (), ("duplicate number", "same phone number", "identical numbers", "phoneA equals phoneB", "binding to itself")),
    ("USER_DOES_NOT_EXIST", 10003, (), "pns", "User does not exist", "The privacy-number service has no user for this account.\n", "The user does not exist. Check the `accessKey`; if it is right, ask the account\nmanager to open the privacy-number service for the account.\n", (1005,), "1.0.0", None, None, "account", "no", "Unless the accessKey is wrong, the service has to be opened for the account.", "The `accessKey` (never the `accessSecret`) and the account's name.\n", (), ("user not found", "account not found", "unknown user", "no such user", "not a PNS user")),
    ("BINDING_NUMBER_PREFIX_MISMATCH", 10004, (), "pns", "Different prefix for binding numbers", "A real number of the binding is not in the same country as the virtual number.\n", "The A or B number does not contain the country code of the virtual number.\n\n- Write `phoneA` and `phoneB` with the country code of the virtual number in\n  front (for a Hong Kong virtual number `852…`: `85291234567`).\n- Check that the number is not written in national form (a leading `0`, or no\n  country code at all).\n", (10007, 10001), "1.0.0", None, None, "caller", "no", "", "The `phoneA` and `phoneB` values that were sent, and the virtual number's country.\n", (), ("country code", "prefix mismatch", "wrong country", "different country", "international prefix")),
    ("FAILED_TO_GET_NUMBER", 10005, (), "pns", "Failed to get number", "The service could not pick a virtual number (DID) for the binding.\n", "An error occurred while getting the number of bound DIDs. Retry the request\nlater; if it keeps failing, contact support with the `requestId`.\n", (10006, 10010), "1.0.0", None, None, "provider", "backoff", "Assumed transient: the source only says an error occurred while getting a number.", "The time of the failures and how often they occur.\n", (), ("number allocation failed", "no number available", "cannot get DID", "DID allocation")),
    ("BINDING_NUMBER_EXCEPTION", 10006, (), "pns", "Exception in binding numbers", "The service failed while creating the binding on a virtual number (DID).\n", "An exception occurred in the number of bound DIDs. Retry the request later; if\nit keeps failing, contact support with the `requestId`.\n", (10005,), "1.0.0", None, None, "provider", "backoff", "Assumed transient: the source only says an exception occurred while binding.", "The time of the failures and how often they occur.\n", (), ("binding failed", "bind error", "binding exception", "bindAXB failed")),
    ("VIRTUAL_NUMBER_WITHOUT_PREFIX", 10007, (), "pns", "Virtual number without prefix", "The virtual number chosen for the binding has no country code configured.\n", "The virtual number does not have a country code. This is a configuration\nproblem of the account's number pool, not of the request: contact support with\nthe `requestId` and the virtual number.\n", (10004,), "1.0.0", None, None, "provider", "no", "Assumed that the number pool's country codes are configured by NXCLOUD, not by the customer.", "The virtual number that was chosen, if the response or the console shows it.\n", (), ("no country code", "missing prefix", "DID without country code", "number configuration")),
    ("NO_VIRTUAL_NUMBER", 10008, (), "pns", "User has no virtual number", "The account has no virtual number to bind with.\n", "The user has no virtual number. Buy or assign virtual numbers to the account\nbefore creating bindings.\n", (10010,), "1.0.0", None, None, "account", "no", "Virtual numbers are assigned to the account; its developer cannot create them.", "The account's name, and the countries the customer needs virtual numbers in.\n", (), ("no DID", "no virtual numbers", "no numbers bought", "empty number pool")),
    ("FAILED_TO_RETRIEVE_DATA", 10009, (), "pns", "Failed to retrieve data", "A query or list request failed on the server side.\n", "An exception occurred while retrieving data. Retry the request later; if it\nkeeps failing, contact support with the `requestId`.\n", (), "1.0.0", None, None, "provider", "backoff", "Assumed transient: the source only says an exception occurred while retrieving data.", "The `action` (for example `queryAXB` or `getAXBList`) and the time of the failures.\n", (), ("query failed", "server error", "internal error", "retrieve failed", "list failed")),
    ("VIRTUAL_NUMBER_EXHAUSTED", 10010, (), "pns", "Virtual number exhausted", "Every virtual number of the account is already in use for these parties.\n", "The user's virtual numbers have been exhausted. Release bindings that are no\nlonger needed (`unbindAXB`), give bindings an expiry (`expireSecond`), or add\nvirtual numbers to the account.\n", (10008,), "1.0.0", None, None, "account", "no", "The customer's developer can free numbers with unbindAXB, but the lasting fix is more virtual numbers on the account.", "How many bindings the account holds, and whether they are given an `expireSecond`.\n", (), ("number pool", "pool exhausted", "out of numbers", "no free numbers", "all numbers in use", "no idle number")),
    ("INVALID_LIST_LIMIT", 10011, (), "pns", "Incorrect list page capacity", "A list request (`getAXBList`) asked for a page size out of range.\n", "The `limit` for retrieving data exceeds the range. Send a `limit` from 0 to\n1000 (0 means all, and at most 1000 are returned).\n", (10012,), "1.0.0", None, None, "caller", "no", "", "The `limit` that was sent.\n", (), ("pagination", "page size", "limit", "too many results", "getAXBList limit")),
    ("INVALID_LIST_OFFSET", 10012, (), "pns", "Incorrect list page starting point", "A list request (`getAXBList`) asked for a starting point out of range.\n", "The `offset` for retrieving data exceeds the range. Send an `offset` of 0 or\nmore, and smaller than the number of bindings.\n", (10011,), "1.0.0", None, None, "caller", "no", "", "The `offset` that was sent, and how many bindings the account holds.\n", (), ("pagination", "offset", "page start", "negative offset", "getAXBList offset")),
    ("NO_BINDING_NUMBER", 10013, (), "pns", "User has no binding number", "The number queried is not bound to the virtual number.\n", "The user does not have a binding relationship with a virtual number. Check the\n`caller` and `did` of the query (`queryAXB`): the binding may have expired or\nbeen removed (`unbindAXB`), or never have been created.\n", (), "1.0.0", None, None, "caller", "no", "", "The numbers or `bindId` that were queried, and the action that created the binding.\n", (("binding not exist", "the example body of the PNS webhook (call record) page, English and Chinese versions"),), ("binding not found", "no binding", "not bound", "unbound number", "binding does not exist", "queryAXB")),
))
