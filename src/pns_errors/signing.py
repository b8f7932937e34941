"""Sign requests to the NXCLOUD API, and find out why a signature is wrong (error 1003).

The algorithm, as the API documents it::

    headersStr   = "accessKey=…&action=…&bizType=…&ts=…"   (sorted keys; no sign, no algorithm)
    bodyStr      = "&body=" + the JSON text, byte for byte as sent (not for form-data, not when empty)
    secretStr    = "&accessSecret=" + the accessSecret
    sign         = lowercase hex of MD5 (or SHA-256) of headersStr + bodyStr + secretStr

Standard library only; overrides/assets/signature.js does the same in the browser.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

SIGNED_HEADERS = ("accessKey", "action", "bizType", "ts")  # sorted, as headersStr needs them
ALGORITHMS = ("md5", "sha256")
TS_WINDOW_MS = 60_000  # the server's tolerance for `ts` (error 1004)

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
        raise ValueError(
            f"the algorithm header says {said!r} but algorithm={chosen!r} was asked for; "
            "the server checks the header's, so the API would answer 1003"
        )
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


class Finding:
    """One known mistake, and whether it reproduces the sign the client sent."""

    __slots__ = ("kind", "message", "reproduces")

    def __init__(self, kind: str, message: str, reproduces: bool = True) -> None:
        self.kind = kind
        self.message = message
        self.reproduces = reproduces

    def __repr__(self) -> str:
        return f"Finding({self.kind!r}, {self.message!r})"


def _reserialised(body: bytes) -> list[tuple[str, bytes]]:
    """The same JSON written out the ways libraries do: other spacing, key order, escapes."""
    import json

    try:
        value = json.loads(body)
    except ValueError:
        return []
    forms = []
    for label, options in [
        ("with spaces after `,` and `:`", {}),
        ("compact, without spaces", {"separators": (",", ":")}),
        ("pretty-printed over several lines", {"indent": 2}),
        ("with its keys sorted", {"sort_keys": True, "separators": (",", ":")}),
        ("with its keys sorted and spaces", {"sort_keys": True}),
    ]:
        for ascii_label, ensure_ascii in [("", False), (", non-ASCII as \\uXXXX escapes", True)]:
            text = json.dumps(value, ensure_ascii=ensure_ascii, **options)  # type: ignore[arg-type]
            forms.append((label + ascii_label, text.encode("utf-8")))
    return [(label, text) for label, text in forms if text != body]


def diagnose(
    headers: Mapping[str, object], body: Body, secret: str, *, form: bool = False, now_ms: int | None = None
) -> list[Finding]:
    """What is wrong with the ``sign`` in ``headers`` (as the client sent them).

    Each known mistake is tried; the ones that reproduce the sent sign are returned.
    A ``ts`` far from now is reported too (error 1004). An empty list never comes back:
    when nothing reproduces the sign, the finding says so (the secret is then the
    likely cause).
    """
    sent = str(headers.get("sign", "")).strip()
    algorithm = str(headers.get("algorithm") or "md5").lower()
    if algorithm not in ALGORITHMS:
        return [Finding("algorithm-unknown", f"the algorithm header is {algorithm!r}; use md5 or sha256", False)]
    content = _bytes(body)
    findings = _clock(headers, now_ms)
    right = sign(headers, content, secret, algorithm, form=form)
    if sent == right:
        return [Finding("correct", f"the sign is right ({algorithm}); the request is signed correctly"), *findings]

    def tried(message: bytes, algo: str = algorithm) -> bool:
        return _digest(message, algo) == sent

    base = headers_str(headers).encode("utf-8")
    with_body = b"&body=" + content if content and not form else b""
    tail = b"&accessSecret=" + secret.encode("utf-8")
    checks: list[tuple[str, str, bool]] = []
    if sent.lower() == right:
        checks.append(("uppercase-hex", "the sign is in upper-case hex; send it in lower case", True))
    other = "sha256" if algorithm == "md5" else "md5"
    checks.append(
        (
            "wrong-algorithm",
            f"the sign was made with {other}, but the request says {algorithm}",
            tried(base + with_body + tail, other),
        )
    )
    ts = str(headers.get("ts", ""))
    if ts.isdigit():
        for kind, scaled, what in [
            ("ts-seconds", str(int(ts) // 1000), "in seconds"),
            ("ts-seconds", str(int(ts) * 1000), "in milliseconds while the ts header is in seconds"),
        ]:
            variant = headers_str({**headers, "ts": scaled}).encode("utf-8")
            checks.append(
                (
                    kind,
                    f"the sign was computed with ts {what} ({scaled}); use the same ts in milliseconds in both",
                    tried(variant + with_body + tail),
                )
            )
    for label, text in _reserialised(content) if not form else []:
        checks.append(
            (
                "body-reserialised",
                f"the signed body differs from the one sent: it was signed {label}; sign the exact text you send",
                tried(base + b"&body=" + text + tail),
            )
        )
    if content and not form:
        for label, text in [
            ("with a final newline", content + b"\n"),
            ("without its final newline", content.rstrip(b"\r\n")),
        ]:
            if text != content:
                checks.append(
                    (
                        "body-reserialised",
                        f"the signed body was {label}; sign the exact bytes you send",
                        tried(base + b"&body=" + text + tail),
                    )
                )
        checks.append(
            (
                "body-left-out",
                "the body was left out of the signature; append &body= and the exact JSON text",
                tried(base + tail),
            )
        )
    else:
        for text in (b"{}", b""):
            checks.append(
                (
                    "body-added",
                    "a body was signed, but none is sent (or the request is form-data): sign without &body=",
                    tried(base + b"&body=" + text + tail),
                )
            )
    for extra, what in [
        ({"algorithm": algorithm}, "`algorithm`"),
        ({"sign": ""}, "`sign`"),
        ({"sign": sent}, "`sign`"),
    ]:
        keys = tuple(sorted({*SIGNED_HEADERS, *extra}))
        variant = headers_str({**headers, **extra}, keys).encode("utf-8")
        checks.append(
            (
                "extra-header",
                f"{what} was included in headersStr; sign only accessKey, action, bizType and ts",
                tried(variant + with_body + tail),
            )
        )
    for order in [tuple(k for k in headers if k in SIGNED_HEADERS), ("accessKey", "ts", "bizType", "action")]:
        if order != SIGNED_HEADERS and len(order) == 4:
            variant = headers_str(headers, order).encode("utf-8")
            checks.append(
                (
                    "unsorted-headers",
                    f"the headers were not sorted ({'&'.join(order)}); sort the keys in ASCII order",
                    tried(variant + with_body + tail),
                )
            )
    for label, variant_secret in [
        ("with surrounding spaces or a newline", secret.strip()),
        ("with a final newline", secret + "\n"),
        ("with a space", secret + " "),
    ]:
        if variant_secret != secret:
            signed = base + with_body + b"&accessSecret=" + variant_secret.encode("utf-8")
            checks.append(("secret-whitespace", f"the accessSecret was used {label}; trim it", tried(signed)))
    found: list[Finding] = []
    for kind, message, reproduces in checks:
        if reproduces and all(f.kind != kind for f in found):
            found.append(Finding(kind, message))
    if not found:
        found.append(
            Finding(
                "unknown",
                "no known mistake reproduces the sent sign: the accessSecret is the likely cause "
                "(another account's, or an old one); check it, then the signed body",
                False,
            )
        )
    return found + findings


def _clock(headers: Mapping[str, object], now_ms: int | None) -> list[Finding]:
    ts = str(headers.get("ts", ""))
    if not ts.isdigit():
        return [Finding("ts-invalid", f"ts {ts!r} is not a number of milliseconds", False)]
    if now_ms is None:
        import time

        now_ms = int(time.time() * 1000)
    value = int(ts)
    if len(ts) <= 10:  # seconds since 1970 have 10 digits until 2286
        return [
            Finding(
                "ts-seconds", f"ts {ts} is in seconds; send milliseconds (13 digits), or the API answers 1004", False
            )
        ]
    skew = value - now_ms
    if abs(skew) > TS_WINDOW_MS:
        return [
            Finding(
                "ts-skew",
                f"ts is {abs(skew) / 1000:.0f} s {'ahead of' if skew > 0 else 'behind'} now; the API allows 60 s (error 1004)",
                False,
            )
        ]
    return []
