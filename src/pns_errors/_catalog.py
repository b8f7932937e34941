# generated from errors.yaml by `python -m generator`; do not edit
"""The error catalog, version 1.0.0: one enum member per code.

Every attribute below comes from the field table in generator/model.py; links in
the text fields are absolute, so they work wherever the text is shown.
"""

from __future__ import annotations

from enum import StrEnum

from ._base import CategoryBase, ErrorCodeBase, Record, language_candidates, public

__all__ = ["VERSION", "TITLE", "SITE_URL", "LANGUAGES", "Category", "ErrorCode", "Deprecation", "Retirement", "Variant", "CategoryText", "ErrorText", "FixBy", "Retry"]

VERSION = "1.0.0"
TITLE = "NXCLOUD PNS API error codes"
SITE_URL = "https://pns-errors.example.org/"
LANGUAGES = ("en", "zh",)  # English first: the source



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
    translations: dict[str, CategoryText]

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

    COMMON = "common", {
        "title": "Common errors",
        "description": "Returned by every product of the NXCLOUD HTTP API, before the request\nreaches a product: missing or wrong public headers, a bad signature, an\nexpired timestamp, or an account without the right permission.\n",
        "range": (1000, 1999),
        "translations": {"zh": CategoryText("zh", "通用错误", "NXCLOUD HTTP API 的所有产品都可能返回这类错误，它们在请求到达具体产品之前产生：缺少或填错公共请求头、签名错误、时间戳过期，或账号没有相应的权限。\n")},
    }
    PNS = "pns", {
        "title": "Privacy number (PNS) errors",
        "description": "Returned by the privacy-number service (`bizType` 5): number masking, where\ntwo real numbers A and B are bound to a virtual number X (an *AXB binding*).\n",
        "range": (10000, 19999),
        "translations": {"zh": CategoryText("zh", "隐私号（PNS）错误", "由隐私号服务（`bizType` 为 5）返回。隐私号即号码隐藏：两个真实号码 A 和 B 绑定到同一个虚拟号码 X 上（即 *AXB 绑定*）。\n")},
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
    also_sent: tuple[Variant, ...]
    synonyms: tuple[str, ...]
    translations: dict[str, ErrorText]

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
        "also_sent": (Variant(text="Missing parameters", seen_in="the error table of the English calling-conventions page"), Variant(text="Missing common parameters", seen_in="the error table of the Chinese calling-conventions page (its message column is in English)")),
        "synonyms": ("missing header", "required header", "public header", "common parameters", "accessKey missing", "no accessKey"),
        "translations": {"zh": ErrorText("zh", "缺少公共参数", "每个请求都必须携带的公共请求头中，至少有一个缺失。\n", "所有必需的[公共参数](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0) 都必须放在 Header 中，例如 `accessKey`、`ts`、`bizType`、`action` 和 `sign`。\n\n每个请求都要带齐这五个请求头（见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)）。只有 `algorithm` 是可选的，默认为 `md5`。\n", "客户端实际发送的请求头名称，以及 `action`。\n", "", ("缺少请求头", "缺少参数", "缺参数", "公共请求头", "必填参数", "请求头缺失"), "", "")},
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
        "also_sent": (),
        "synonyms": ("invalid parameter", "bad parameter", "wrong parameter", "invalid argument", "bad request", "wrong action", "wrong bizType", "validation error", "request body"),
        "translations": {"zh": ErrorText("zh", "参数错误", "请求头齐全，但某个请求头的值或请求体中的某个字段不符合所调用 action 的要求。\n", "1. 检查 Header 中的 `bizType` 和 `action` 是否正确：隐私号服务的 `bizType` 为 `5`，`action` 必须是已有的方法，例如 `bindAXB` 或 `queryAXB`。\n2. 检查 Body 中的参数是否正确：该 action 要求的字段都已提供，类型正确，取值在允许范围内。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n", "`action`，以及实际发送的完整请求体。\n", "", ("参数不对", "参数无效", "参数非法", "请求参数错误", "参数格式错误"), "", "")},
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
        "also_sent": (),
        "synonyms": ("sign", "signature mismatch", "wrong signature", "bad signature", "signature error", "signing", "accessSecret", "MD5", "SHA-256", "hash", "signiture"),
        "translations": {"zh": ErrorText("zh", "签名无效", "请求头 `sign` 与服务器为该请求计算出的签名不一致。\n", "请检查 `sign` 的计算是否正确。常见原因有：\n\n1. **请求方法或 Content-Type 不正确。** 按该 action 的接口文档设置 Content-Type（隐私号的各个 action 均为 `application/json`）。\n2. **参与签名的 JSON 与实际发送的 JSON 不一致。** 计算签名所用的 JSON 字符串必须与发送的请求体逐字节相同；重新序列化过的请求体（键的顺序、空格或换行不同）会改变哈希值。\n3. **签名计算错误**，包括 `accessSecret` 填错。请参阅[签名算法](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)，并用其中的示例核对你的代码（[本站副本](https://pns-errors.example.org/zh/guides/calling-conventions/#signature-algorithm)）。\n\n要找出错误所在，可以把请求头、请求体和密钥填入[签名检查](https://pns-errors.example.org/zh/tools/signature/)（完全在浏览器中运行），或运行 `pns-errors sign ... --check SIGN`：它会逐一尝试常见的错误，并指出哪一种能复现客户端算出的 sign。\n", "参与签名的请求体原文（逐字节一致）、实际发送的 `ts`、`action` 和 `bizType` 请求头，以及客户端算出的 `sign`。切勿索要 `accessSecret`。\n", "同样的签名错误每次都会算出同样错误的 sign，重发无济于事。", ("签名错误", "签名失败", "验签失败", "签名不对", "签名校验失败", "sign错误", "加签"), "", "")},
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
        "also_sent": (Variant(text="Timestamp has expired", seen_in="the error table of the Chinese calling-conventions page"),),
        "synonyms": ("expired timestamp", "ts", "clock skew", "clock drift", "time out of sync", "request expired", "milliseconds", "NTP", "timestmp", "expird"),
        "translations": {"zh": ErrorText("zh", "时间戳过期", "请求头 `ts` 与服务器时钟相差太多。\n", "Header 中的 `ts` 参数不正确。客户端与服务器之间允许的最大时间差为 60 秒。\n\n- `ts` 是请求时间，即自 Unix 纪元起的**毫秒**数（13 位数字，例如 `1655710885431`），不是秒数。\n- 用 NTP 同步客户端时钟，并在发送前一刻计算 `ts`。\n- 计算 `sign` 时所用的 `ts` 必须与发送的 `ts` 相同。\n\n参见 [`ts` 的时间窗口](https://pns-errors.example.org/zh/guides/calling-conventions/#the-ts-window)。[签名检查](https://pns-errors.example.org/zh/tools/signature/)提供“现在”按钮来生成 `ts`，并显示给定的 `ts` 与当前时间相差多少。\n", "实际发送的 `ts` 请求头，以及当时客户端的时钟（注明时区）。\n", "请求等待过久就会过期，换一个新的 ts 即可；如果立即再次失败，说明客户端时钟不准。", ("时间戳错误", "时间不同步", "时钟偏差", "请求过期", "时间戳超时", "毫秒"), "", "")},
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
        "also_sent": (),
        "synonyms": ("permission denied", "access denied", "forbidden", "unauthorized", "not authorised", "no permission", "wrong accessKey", "business not enabled", "account not enabled"),
        "translations": {"zh": ErrorText("zh", "权限不足", "账号不存在，或无权使用所请求的业务。\n", "`accessKey` 不正确，或当前账号没有相应的业务权限。\n\n- 将请求头 `accessKey` 与账号中显示的 key 逐一核对。\n- 确认 `bizType` 所指的业务（隐私号为 5）已为该账号开通；如未开通，请联系客户经理开通。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n", "`accessKey`（切勿索要 `accessSecret`）以及实际发送的 `bizType`。\n", "除非 accessKey 输错，否则只有修改账号设置才能改变结果。", ("没有权限", "无权限", "权限不够", "业务未开通", "拒绝访问", "未授权"), "", "")},
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
        "also_sent": (),
        "synonyms": ("phone number empty", "empty phone", "phoneA missing", "phoneB missing", "blank number", "number is null"),
        "translations": {"zh": ErrorText("zh", "绑定号码为空", "绑定请求（`bindAXB`）缺少两个真实号码中的一个。\n", "A 号码或 B 号码为空。请同时发送 `phoneA` 和 `phoneB`，两者都必须是带国家代码的非空号码。\n", "实际发送的 `phoneA` 和 `phoneB` 的值。\n", "", ("号码为空", "号码不能为空", "缺少号码", "手机号为空"), "", "")},
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
        "also_sent": (),
        "synonyms": ("duplicate number", "same phone number", "identical numbers", "phoneA equals phoneB", "binding to itself"),
        "translations": {"zh": ErrorText("zh", "绑定号码相同", "绑定请求中双方的号码相同。\n", "A 号码与 B 号码相同。一个绑定连接的是两个不同的通话方：请在 `phoneA` 和`phoneB` 中发送两个不同的号码。\n", "实际发送的 `phoneA` 和 `phoneB` 的值。\n", "", ("号码重复", "两个号码一样", "号码一致"), "", "")},
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
        "also_sent": (),
        "synonyms": ("user not found", "account not found", "unknown user", "no such user", "not a PNS user"),
        "translations": {"zh": ErrorText("zh", "用户不存在", "隐私号服务中没有与该账号对应的用户。\n", "用户不存在。请检查 `accessKey`；如果无误，请联系客户经理为该账号开通隐私号服务。\n", "`accessKey`（切勿索要 `accessSecret`）以及账号名称。\n", "除非 accessKey 有误，否则需要为该账号开通服务。", ("账号不存在", "找不到用户", "用户未开通"), "", "")},
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
        "also_sent": (),
        "synonyms": ("country code", "prefix mismatch", "wrong country", "different country", "international prefix"),
        "translations": {"zh": ErrorText("zh", "绑定号码前缀不一致", "绑定中的某个真实号码与虚拟号码不属于同一个国家或地区。\n", "A 号码或 B 号码没有带上虚拟号码的国家代码。\n\n- `phoneA` 和 `phoneB` 前面要加上虚拟号码的国家代码（例如香港的虚拟号码 `852…`：写作 `85291234567`）。\n- 检查号码是否写成了本地格式（以 `0` 开头，或完全没有国家代码）。\n", "实际发送的 `phoneA` 和 `phoneB` 的值，以及虚拟号码所属的国家或地区。\n", "", ("国家码不一致", "国家码", "区号不一致", "前缀不同"), "", "")},
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
        "also_sent": (),
        "synonyms": ("number allocation failed", "no number available", "cannot get DID", "DID allocation"),
        "translations": {"zh": ErrorText("zh", "获取号码失败", "服务无法为绑定选出虚拟号码（DID）。\n", "获取绑定 DID 号码时出错。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n", "失败发生的时间和频率。\n", "假定为临时故障：原始资料只说获取号码时出错。", ("取号失败", "分配号码失败"), "", "")},
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
        "also_sent": (),
        "synonyms": ("binding failed", "bind error", "binding exception", "bindAXB failed"),
        "translations": {"zh": ErrorText("zh", "绑定号码异常", "服务在虚拟号码（DID）上创建绑定时失败。\n", "绑定 DID 号码时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n", "失败发生的时间和频率。\n", "假定为临时故障：原始资料只说绑定时发生了异常。", ("绑定失败", "绑定异常"), "", "")},
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
        "also_sent": (),
        "synonyms": ("no country code", "missing prefix", "DID without country code", "number configuration"),
        "translations": {"zh": ErrorText("zh", "虚拟号码没有前缀", "为绑定选中的虚拟号码没有配置国家代码。\n", "虚拟号码没有国家代码。这是账号号码池的配置问题，与请求本身无关：请携带`requestId` 和该虚拟号码联系技术支持。\n", "选中的虚拟号码（如果响应或控制台中能看到）。\n", "假定号码池的国家代码由 NXCLOUD 配置，而不是由客户配置。", ("缺少国家码", "没有区号"), "", "")},
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
        "also_sent": (),
        "synonyms": ("no DID", "no virtual numbers", "no numbers bought", "empty number pool"),
        "translations": {"zh": ErrorText("zh", "用户没有虚拟号码", "账号没有可用于绑定的虚拟号码。\n", "用户没有虚拟号码。请先为账号购买或分配虚拟号码，再创建绑定。\n", "账号名称，以及客户需要虚拟号码的国家或地区。\n", "虚拟号码是分配给账号的，账号的开发人员无法自行创建。", ("没有虚拟号", "没有小号"), "", "")},
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
        "also_sent": (),
        "synonyms": ("query failed", "server error", "internal error", "retrieve failed", "list failed"),
        "translations": {"zh": ErrorText("zh", "获取数据失败", "查询或列表请求在服务器端失败。\n", "获取数据时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n", "`action`（例如 `queryAXB` 或 `getAXBList`）以及失败发生的时间。\n", "假定为临时故障：原始资料只说获取数据时发生了异常。", ("查询失败", "服务器错误", "服务端错误"), "", "")},
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
        "also_sent": (),
        "synonyms": ("number pool", "pool exhausted", "out of numbers", "no free numbers", "all numbers in use", "no idle number"),
        "translations": {"zh": ErrorText("zh", "虚拟号码已耗尽", "账号的所有虚拟号码都已被这两个通话方的绑定占用。\n", "用户的虚拟号码已耗尽。请解除不再需要的绑定（`unbindAXB`），为绑定设置有效期（`expireSecond`），或为账号增加虚拟号码。\n", "账号持有的绑定数量，以及绑定是否设置了 `expireSecond`。\n", "客户的开发人员可以用 unbindAXB 释放号码，但长久之计是为账号增加虚拟号码。", ("号码池用完", "小号用完", "没有空闲号码", "号码不够"), "", "")},
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
        "also_sent": (),
        "synonyms": ("pagination", "page size", "limit", "too many results", "getAXBList limit"),
        "translations": {"zh": ErrorText("zh", "列表分页容量不正确", "列表请求（`getAXBList`）要求的每页条数超出范围。\n", "获取数据的 `limit` 超出范围。请发送 0 到 1000 之间的 `limit`（0 表示全部，最多返回 1000 条）。\n", "实际发送的 `limit`。\n", "", ("分页", "每页数量", "分页大小"), "", "")},
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
        "also_sent": (),
        "synonyms": ("pagination", "offset", "page start", "negative offset", "getAXBList offset"),
        "translations": {"zh": ErrorText("zh", "列表分页起始位置不正确", "列表请求（`getAXBList`）要求的起始位置超出范围。\n", "获取数据的 `offset` 超出范围。请发送大于等于 0、且小于绑定总数的 `offset`。\n", "实际发送的 `offset`，以及账号持有的绑定数量。\n", "", ("分页", "偏移量", "分页起点"), "", "")},
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
        "also_sent": (Variant(text="binding not exist", seen_in="the example body of the PNS webhook (call record) page, English and Chinese versions"),),
        "synonyms": ("binding not found", "no binding", "not bound", "unbound number", "binding does not exist", "queryAXB"),
        "translations": {"zh": ErrorText("zh", "用户没有绑定号码", "所查询的号码没有绑定到该虚拟号码上。\n", "用户与虚拟号码之间不存在绑定关系。请检查查询（`queryAXB`）中的 `caller` 和`did`：该绑定可能已过期或已被解除（`unbindAXB`），也可能从未创建。\n", "所查询的号码或 `bindId`，以及创建该绑定的 action。\n", "", ("绑定不存在", "未绑定", "没有绑定关系", "绑定关系不存在"), "", "")},
    }
