"""Sign requests to the NXCLOUD API, and find out why a signature is wrong (error 1003).

The algorithm, as the API documents it::

    headersStr   = "accessKey=…&action=…&bizType=…&ts=…"   (sorted keys; no sign, no algorithm)
    bodyStr      = "&body=" + the JSON text, byte for byte as sent (not for form-data, not when empty)
    secretStr    = "&accessSecret=" + the accessSecret
    sign         = lowercase hex of MD5 (or SHA-256) of headersStr + bodyStr + secretStr

Standard library only. The constants and the table of mistakes below are declared once:
the generator writes them into overrides/assets/generated/rules.js, and
overrides/assets/signing.js interprets the same table in the browser.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from ._script_phrases import SCRIPT_PHRASES, fill, translate

SIGNED_HEADERS = ("accessKey", "action", "bizType", "ts")  # sorted, as headersStr needs them
ALGORITHMS = ("md5", "sha256")
TS_WINDOW_MS = 60_000  # the server's tolerance for `ts` (error 1004)
SECONDS_DIGITS = 10  # a ts of this many digits or fewer is in seconds (until 2286)

Body = str | bytes | None


def _bytes(body: Body) -> bytes:
    if body is None:
        return b""
    return body.encode("utf-8") if isinstance(body, str) else body


def headers_str(headers: Mapping[str, object], keys: tuple[str, ...] = SIGNED_HEADERS) -> str:
    """``accessKey=…&action=…&bizType=…&ts=…``: the signed headers in ASCII order."""
    missing = [key for key in SIGNED_HEADERS if key in keys and headers.get(key) in (None, "")]
    if missing:
        raise ValueError(f"missing header(s) {', '.join(missing)}; the API answers 1001 without them")
    return "&".join(f"{key}={headers[key]}" for key in keys)


def _message(headers: Mapping[str, object], body: Body, secret: str, form: bool = False) -> bytes:
    message = headers_str(headers).encode("utf-8")
    content = _bytes(body)
    if content and not form:
        message += b"&body=" + content
    return message + b"&accessSecret=" + secret.encode("utf-8")


def string_to_sign(headers: Mapping[str, object], body: Body, secret: str, *, form: bool = False) -> str:
    """The exact text that is hashed (``form=True`` for multipart/form-data: no body)."""
    return _message(headers, body, secret, form).decode("utf-8", errors="replace")


def _digest(message: bytes, algorithm: str) -> str:
    if algorithm not in ALGORITHMS:
        raise ValueError(f"algorithm must be md5 or sha256, not {algorithm!r}")
    return hashlib.new(algorithm, message).hexdigest()


def algorithm_of(headers: Mapping[str, object], algorithm: str | None = None) -> str:
    """The hash the server will check: the ``algorithm`` header's (md5 when absent).

    An explicit ``algorithm`` that contradicts the header is refused: the server
    follows the header, so a sign made otherwise would be answered with 1003.
    """
    said = str(headers.get("algorithm") or "").strip().lower()
    chosen = (algorithm or "").strip().lower()
    if said and chosen and said != chosen:
        conflict = fill(SCRIPT_PHRASES["algorithm_conflict"], {"said": repr(said), "chosen": f"algorithm={chosen!r}"})
        raise ValueError(f"{conflict}; the server checks the header's, so the API would answer 1003")
    return said or chosen or "md5"


def sign(
    headers: Mapping[str, object], body: Body, secret: str, algorithm: str | None = None, *, form: bool = False
) -> str:
    """The `sign` header: lowercase hex of MD5 or SHA-256 of ``string_to_sign``, as the
    ``algorithm`` header says (MD5 without one); ``algorithm`` is for headers that lack it."""
    return _digest(_message(headers, body, secret, form), algorithm_of(headers, algorithm))


def signed_headers(
    access_key: str,
    secret: str,
    action: str,
    body: Body = None,
    biz_type: int = 5,
    ts: int | None = None,
    algorithm: str = "md5",
    *,
    form: bool = False,
) -> dict[str, str]:
    """The headers to send with a request: ``ts`` is now, in milliseconds, unless given."""
    if ts is None:
        import time

        ts = int(time.time() * 1000)
    headers = {"accessKey": access_key, "action": action, "bizType": str(biz_type), "ts": str(ts)}
    headers["sign"] = sign(headers, body, secret, algorithm, form=form)
    headers["algorithm"] = algorithm
    return headers


# --- the table of mistakes ------------------------------------------------------------------


class Mistake(NamedTuple):
    """One way to build the wrong string or value, as data: ``diagnose`` here and
    ``diagnose`` in overrides/assets/signing.js interpret the same table.

    ``build`` names the step that builds the wrong string (or tests the value) from the
    request, once per entry of ``variants``; ``message`` and ``fix`` are English templates
    whose ``{placeholders}`` the step's parameters fill; the parameters named in
    ``phrases`` are phrases themselves, translated with the message.
    """

    kind: str
    build: str
    message: str
    fix: str = ""
    variants: tuple[dict[str, Any], ...] = ({},)
    phrases: tuple[str, ...] = ()
    reproduces: bool = True  # False: a finding about the request, not a reproduced sign


def _json_layouts() -> tuple[dict[str, Any], ...]:
    """The same JSON written out the ways libraries do: spacing, indent, key order, escapes."""
    layouts = [  # label, the separators after an item and after a key, the indent, sorted keys
        ("with spaces after `,` and `:`", ", ", ": ", 0, False),
        ("compact, without spaces", ",", ":", 0, False),
        ("pretty-printed over several lines", ",", ": ", 2, False),
        ("with its keys sorted", ",", ":", 0, True),
        ("with its keys sorted and spaces", ", ", ": ", 0, True),
    ]
    escapes = [("", False), (", non-ASCII as \\uXXXX escapes", True)]
    return tuple(
        {"layout": label, "item": item, "key": key, "indent": indent, "sort_keys": sort_keys, "escapes": e, "ascii": a}
        for label, item, key, indent, sort_keys in layouts
        for e, a in escapes
    )


# The findings about the request itself, tried before any sign is computed.
ALGORITHM_UNKNOWN = Mistake(
    "algorithm-unknown", "algorithm", "the algorithm header is `{algorithm}`", "use md5 or sha256", reproduces=False
)
CLOCK = (
    Mistake(
        "ts-invalid",
        "ts-digits",
        "ts `{ts}` is not a number of milliseconds",
        "send the milliseconds since 1970 (13 digits)",
        reproduces=False,
    ),
    Mistake(
        "ts-seconds",
        "ts-length",
        "ts {ts} is in seconds",
        "send milliseconds (13 digits), or the API answers 1004",
        reproduces=False,
    ),
    Mistake(
        "ts-skew",
        "ts-window",
        "ts is {seconds} s {direction} now",
        "keep the clock in time; the API allows {window} s (error 1004)",
        variants=({"ahead": True, "direction": "ahead of"}, {"ahead": False, "direction": "behind"}),
        phrases=("direction",),
        reproduces=False,
    ),
)
CORRECT = Mistake("correct", "same", "the sign is right ({algorithm})", "the request is signed correctly")
# Each tried in this order; the first variant that reproduces the sent sign names its kind.
MISTAKES = (
    Mistake("uppercase-hex", "hex-case", "the sign is in upper-case hex", "send it in lower case"),
    Mistake(
        "wrong-algorithm",
        "other-algorithm",
        "the sign was made with {other}, but the request says {algorithm}",
        "sign with {algorithm}, or send the algorithm header {other}",
    ),
    Mistake(
        "ts-seconds",
        "ts-scale",
        "the sign was computed with ts {what} ({ts})",
        "use the same ts in milliseconds in both",
        variants=(
            {"divide": 1000, "what": "in seconds"},
            {"multiply": 1000, "what": "in milliseconds while the ts header is in seconds"},
        ),
        phrases=("what",),
    ),
    Mistake(
        "body-reserialised",
        "body-json",
        "the signed body differs from the one sent: it was signed {layout}{escapes}",
        "sign the exact text you send",
        variants=_json_layouts(),
        phrases=("layout", "escapes"),
    ),
    Mistake(
        "body-reserialised",
        "body-newline",
        "the signed body was {what}",
        "sign the exact bytes you send",
        variants=(
            {"append": "\n", "what": "with a final newline"},
            {"strip": "\r\n", "what": "without its final newline"},
        ),
        phrases=("what",),
    ),
    Mistake(
        "body-left-out", "body-drop", "the body was left out of the signature", "append &body= and the exact JSON text"
    ),
    Mistake(
        "body-added",
        "body-add",
        "a body was signed, but none is sent (or the request is form-data)",
        "sign without &body=",
        variants=({"body": "{}"}, {"body": ""}),
    ),
    Mistake(
        "extra-header",
        "extra-header",
        "`{header}` was included in headersStr",
        "sign only accessKey, action, bizType and ts",
        variants=(
            {"header": "algorithm", "value": "algorithm"},
            {"header": "sign", "value": "empty"},
            {"header": "sign", "value": "sent"},
        ),
    ),
    Mistake(
        "unsorted-headers",
        "header-order",
        "the headers were not sorted ({order})",
        "sort the keys in ASCII order",
        variants=({"order": []}, {"order": ["accessKey", "ts", "bizType", "action"]}),  # []: as sent
    ),
    Mistake(
        "secret-whitespace",
        "secret",
        "the accessSecret was used {what}",
        "trim it",
        variants=(
            {"trim": True, "what": "with surrounding spaces or a newline"},
            {"append": "\n", "what": "with a final newline"},
            {"append": " ", "what": "with a space"},
        ),
        phrases=("what",),
    ),
)
UNKNOWN = Mistake(
    "unknown",
    "none",
    "no known mistake reproduces the sent sign: the accessSecret is the likely cause (another account's, or an old one)",
    "check it, then the signed body",
    reproduces=False,
)


def english_phrases() -> list[str]:
    """Every English phrase the diagnosis can say (messages, fixes, the phrases among the
    variants' parameters), in table order: what each language's ``signing`` section translates."""
    said: list[str] = []
    for mistake in (ALGORITHM_UNKNOWN, *CLOCK, CORRECT, *MISTAKES, UNKNOWN):
        said += [mistake.message, mistake.fix] if mistake.fix else [mistake.message]
        said += [variant[name] for variant in mistake.variants for name in mistake.phrases if variant.get(name)]
    return list(dict.fromkeys(said))


class Finding:
    """One known mistake, and whether it reproduces the sign the client sent."""

    __slots__ = ("kind", "mistake", "params", "reproduces")

    def __init__(self, mistake: Mistake, params: dict[str, Any] | None = None) -> None:
        self.mistake = mistake
        self.kind = mistake.kind
        self.params = params or {}
        self.reproduces = mistake.reproduces

    def text(self, language: str = "en") -> str:
        """What is wrong and what to do, in ``language`` (English where it lacks a phrase)."""
        params = {
            name: translate(language, value) if name in self.mistake.phrases else value
            for name, value in self.params.items()
        }
        message = fill(translate(language, self.mistake.message), params)
        if not self.mistake.fix:
            return message
        fix = fill(translate(language, self.mistake.fix), params)
        return fill(translate(language, SCRIPT_PHRASES["finding"]), {"message": message, "fix": fix})

    @property
    def message(self) -> str:
        return self.text("en")

    def __repr__(self) -> str:
        return f"Finding({self.kind!r}, {self.message!r})"


# --- the interpreter --------------------------------------------------------------------------


class _Request(NamedTuple):
    """What the client sent, as the stages of ``diagnose`` read it."""

    headers: Mapping[str, object]
    body: bytes  # b"" for form-data: it is never signed
    secret: str
    sent: str
    algorithm: str

    def text(self, headers: bytes | None = None, body: bytes | None = None, secret: str | None = None) -> bytes:
        """The string to sign, with any part replaced (``body``: the text after ``&body=``)."""
        if body is None:
            body = self.body or None
        base = headers_str(self.headers).encode("utf-8") if headers is None else headers
        with_body = b"" if body is None else b"&body=" + body
        return base + with_body + b"&accessSecret=" + (self.secret if secret is None else secret).encode("utf-8")

    def without_body(self) -> bytes:
        return headers_str(self.headers).encode("utf-8") + b"&accessSecret=" + self.secret.encode("utf-8")


def _digits(text: str) -> bool:
    """ASCII digits only, as the browser's /^[0-9]+$/ (str.isdigit also takes ² and ١)."""
    return text.isascii() and text.isdigit()


def _ts_scale(request: _Request, variant: dict[str, Any]) -> Iterator[tuple[dict[str, Any], bytes]]:
    ts = str(request.headers.get("ts", ""))
    if _digits(ts):
        scaled = str(int(ts) // variant["divide"] if "divide" in variant else int(ts) * variant["multiply"])
        text = headers_str({**request.headers, "ts": scaled}).encode("utf-8")
        yield {"what": variant["what"], "ts": scaled}, request.text(headers=text)


def _body_json(request: _Request, variant: dict[str, Any]) -> Iterator[tuple[dict[str, Any], bytes]]:
    import json

    try:
        value = json.loads(request.body)
    except ValueError:
        return
    text = json.dumps(
        value,
        ensure_ascii=variant["ascii"],
        sort_keys=variant["sort_keys"],
        indent=variant["indent"] or None,
        separators=(variant["item"], variant["key"]),
    ).encode("utf-8")
    if text != request.body:
        yield {"layout": variant["layout"], "escapes": variant["escapes"]}, request.text(body=text)


def _body_newline(request: _Request, variant: dict[str, Any]) -> Iterator[tuple[dict[str, Any], bytes]]:
    if request.body:
        strip = variant.get("strip")
        text = request.body.rstrip(strip.encode()) if strip else request.body + variant["append"].encode()
        if text != request.body:
            yield {"what": variant["what"]}, request.text(body=text)


def _extra_header(request: _Request, variant: dict[str, Any]) -> Iterator[tuple[dict[str, Any], bytes]]:
    value = {"algorithm": request.algorithm, "empty": "", "sent": request.sent}[variant["value"]]
    keys = tuple(sorted({*SIGNED_HEADERS, variant["header"]}))
    text = headers_str({**request.headers, variant["header"]: value}, keys).encode("utf-8")
    yield {"header": variant["header"]}, request.text(headers=text)


def _header_order(request: _Request, variant: dict[str, Any]) -> Iterator[tuple[dict[str, Any], bytes]]:
    order = tuple(variant["order"]) or tuple(k for k in request.headers if k in SIGNED_HEADERS)
    if order != SIGNED_HEADERS and len(order) == len(SIGNED_HEADERS):
        yield {"order": "&".join(order)}, request.text(headers=headers_str(request.headers, order).encode("utf-8"))


def _secret(request: _Request, variant: dict[str, Any]) -> Iterator[tuple[dict[str, Any], bytes]]:
    secret = request.secret.strip() if variant.get("trim") else request.secret + variant["append"]
    if secret != request.secret:
        yield {"what": variant["what"]}, request.text(secret=secret)


def _tries(request: _Request, mistake: Mistake, variant: dict[str, Any]) -> Iterator[tuple[dict[str, Any], bytes]]:
    """The strings to hash that this variant of a mistake would have signed, with its parameters."""
    if mistake.build == "body-drop" and request.body:
        yield {}, request.without_body()
    elif mistake.build == "body-add" and not request.body:
        yield {}, request.text(body=variant["body"].encode("utf-8"))
    else:
        builders = {
            "ts-scale": _ts_scale,
            "body-json": _body_json,
            "body-newline": _body_newline,
            "extra-header": _extra_header,
            "header-order": _header_order,
            "secret": _secret,
        }
        if mistake.build in builders:
            yield from builders[mistake.build](request, variant)


def _reproduced(request: _Request, right: str) -> list[Finding]:
    """Each kind of mistake whose first reproducing variant makes the sent sign."""
    found: list[Finding] = []
    for mistake in MISTAKES:
        if any(f.kind == mistake.kind for f in found):
            continue
        if mistake.build == "hex-case":
            if request.sent.lower() == right:
                found.append(Finding(mistake))
            continue
        if mistake.build == "other-algorithm":
            other = ALGORITHMS[1 - ALGORITHMS.index(request.algorithm)]
            if _digest(request.text(), other) == request.sent:
                found.append(Finding(mistake, {"other": other, "algorithm": request.algorithm}))
            continue
        for variant in mistake.variants:
            hit = next(
                (
                    p
                    for p, text in _tries(request, mistake, variant)
                    if _digest(text, request.algorithm) == request.sent
                ),
                None,
            )
            if hit is not None:
                found.append(Finding(mistake, hit))
                break
    return found


def _clock(headers: Mapping[str, object], now_ms: int | None) -> list[Finding]:
    """A ts the server refuses whatever the sign (error 1004)."""
    invalid, seconds, skewed = CLOCK
    ts = str(headers.get("ts", ""))
    if not _digits(ts):
        return [Finding(invalid, {"ts": ts})]
    if len(ts) <= SECONDS_DIGITS:
        return [Finding(seconds, {"ts": ts})]
    if now_ms is None:
        import time

        now_ms = int(time.time() * 1000)
    skew = int(ts) - now_ms
    if abs(skew) <= TS_WINDOW_MS:
        return []
    [direction] = [v["direction"] for v in skewed.variants if v["ahead"] == (skew > 0)]
    params = {"seconds": (abs(skew) + 500) // 1000, "direction": direction, "window": TS_WINDOW_MS // 1000}
    return [Finding(skewed, params)]


def diagnose(
    headers: Mapping[str, object], body: Body, secret: str, *, form: bool = False, now_ms: int | None = None
) -> list[Finding]:
    """What is wrong with the ``sign`` in ``headers`` (as the client sent them).

    Each known mistake (MISTAKES) is tried; the ones that reproduce the sent sign are
    returned, then what is wrong with the ``ts`` (CLOCK, error 1004). An empty list never
    comes back: when nothing reproduces the sign, the finding says so (the secret is then
    the likely cause).
    """
    algorithm = str(headers.get("algorithm") or "md5").lower()
    if algorithm not in ALGORITHMS:
        return [Finding(ALGORITHM_UNKNOWN, {"algorithm": algorithm})]
    content = b"" if form else _bytes(body)
    request = _Request(headers, content, secret, str(headers.get("sign", "")).strip(), algorithm)
    clock = _clock(headers, now_ms)
    right = _digest(request.text(), algorithm)
    if request.sent == right:
        return [Finding(CORRECT, {"algorithm": algorithm}), *clock]
    return (_reproduced(request, right) or [Finding(UNKNOWN)]) + clock
