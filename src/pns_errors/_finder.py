"""Find the error codes in whatever a customer pasted: a response body, a log, a traceback, a URL.

The rules, strongest first (docs/assets/jump.js holds the same ones for the site;
tests/finder_cases.json is the table both must pass):

1. a ``code`` field in any notation: ``"code": 10004``, ``'code': '10004'``,
   ``code=10004``, ``code: 10004``, ``?code=10004``;
2. a marker before the number: ``error``, ``err``, ``E``, ``#``, ``PNS error``,
   ``错误码``/``错误代码`` (with or without ``:``/``：``), or a path ``/errors/10004/``;
3. an enum name or alias of this catalog (``INVALID_SIGNATURE`` means 1003);
4. a paste that is one bare code (`` 10004 ``).

Never a code: digits inside a longer run of digits or a decimal, dates, times, and
the values of other fields (requestId, ts, phone numbers). Code 0 is success.

Text is read a record at a time (a line, or the lines of one JSON object), so a
100 MB log runs in constant memory; a requestId belongs to the codes of its record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ._catalog import ErrorCode
from ._lookup import normalize, parse_code

TYPE_CHECKING = False  # not `import typing` / `import re` at import time: see _base.py
if TYPE_CHECKING:
    import re

MAX_CODE = 2**31 - 1
MAX_RECORD = 64 * 1024  # a JSON object longer than this is read as separate lines
# The patterns are written in the subset of regular expressions Python and JavaScript
# share, with ASCII classes spelled out; docs/assets/jump.js has them verbatim, and both
# match case-insensitively.
# Rule 1: a field named exactly `code` (also `?code=` in a URL), then its integer value.
FIELD = r"""(?<![A-Za-z0-9_$-])["']?code["']?\s*[:=]\s*["']?(-?[0-9]+)(?![0-9.])"""
# Rule 2: a marker, then the number (4 to 9 digits after the one-letter markers).
MARKER = (
    r"(?:(?<![A-Za-z0-9_])(?:pns\s+)?(?:error|err)\s*[:#：]?\s*|错误码\s*[:：]?\s*|错误代码\s*[:：]?\s*|/errors/)"
    r"([0-9]{1,10})(?![0-9]|[.:/-][0-9])"
    r"|(?<![A-Za-z0-9_#&])(?:E|#)\s?([0-9]{4,9})(?![0-9.])"
)
# `requestId: "r-1"`, `request_id='r-1'`, `requestId=r-1`; after a bare space only a token
# with a digit (PnsError's own "requestId 1640920940635361280", not "request id is missing").
REQUEST_ID = (
    r"""request[_-]?id["']?(?:\s*[:=]\s*["']?([A-Za-z0-9][A-Za-z0-9_-]{0,63})"""
    r"|\s+([A-Za-z0-9_-]*[0-9][A-Za-z0-9_-]{0,63}))"
)


class Found:
    """One code found in a paste: how often, and with which requestIds."""

    __slots__ = ("code", "error", "count", "request_ids")

    def __init__(self, code: int) -> None:
        self.code = code
        self.error = ErrorCode.get(code)  # None when this catalog does not know the code
        self.count = 0
        self.request_ids: list[str] = []

    @property
    def known(self) -> bool:
        return self.error is not None

    def __repr__(self) -> str:
        return f"Found(code={self.code}, count={self.count}, request_ids={self.request_ids!r})"


class Scan:
    """What a paste holds: the codes found in order of first appearance, and successes."""

    def __init__(self) -> None:
        self.found: dict[int, Found] = {}
        self.successes = 0  # records whose code is 0
        self.first_text = ""  # the paste's first 100 characters, for rule 4
        self.records = 0

    def add(self, record: str) -> None:
        import re

        if self.records == 0:
            self.first_text = record[:100]
        self.records += 1
        text = normalize(record)
        hits: list[tuple[int, int]] = []  # (position, code)
        for match in re.finditer(FIELD, text, re.IGNORECASE | re.ASCII):
            hits.append((match.start(), int(match.group(1))))
        for match in re.finditer(MARKER, text, re.IGNORECASE | re.ASCII):
            hits.append((match.start(), int(match.group(1) or match.group(2))))
        for match in _names().finditer(text):
            hits.append((match.start(), ErrorCode[match.group(0)].value))
        codes: list[int] = []
        for _, code in sorted(hits):
            if code == 0:
                self.successes += 1
            elif 0 < code <= MAX_CODE and code not in codes:
                codes.append(code)
        ids = list(
            dict.fromkeys(m.group(1) or m.group(2) for m in re.finditer(REQUEST_ID, text, re.IGNORECASE | re.ASCII))
        )
        for code in codes:
            found = self.found.get(code) or self.found.setdefault(code, Found(code))
            found.count += 1
            found.request_ids.extend(i for i in ids if i not in found.request_ids)

    def finish(self) -> None:
        if not self.found and self.records == 1 and not self.successes:
            code = parse_code(self.first_text)  # rule 4: the whole paste is one code
            if code:
                self.add(f"code={code}")

    @property
    def codes(self) -> list[Found]:
        return list(self.found.values())


def records(lines: Iterable[str]) -> Iterator[str]:
    """Lines, joined while a JSON object spans several (braces not yet balanced)."""
    pending: list[str] = []
    depth = size = 0
    for line in lines:
        depth += line.count("{") - line.count("}")
        if pending or depth > 0:
            pending.append(line)
            size += len(line)
            if depth <= 0 or size > MAX_RECORD:
                yield "".join(pending)
                pending, depth, size = [], 0, 0
        else:
            depth = 0
            yield line
    if pending:
        yield "".join(pending)


def _lines(text: str) -> Iterator[str]:
    """Lines split on "\\n" only, as the site's finder splits them."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def scan(source: str | Iterable[str]) -> Scan:
    """Read a paste (a str) or a log line by line (any iterable of lines: a file works)."""
    result = Scan()
    for record in records(_lines(source) if isinstance(source, str) else source):
        result.add(record)
    result.finish()
    return result


def find_codes(text: str) -> list[Found]:
    """The error codes in ``text``, one ``Found`` per distinct code, in order of first appearance."""
    return scan(text).codes


_NAMES: list[re.Pattern[str]] = []


def _names() -> re.Pattern[str]:
    """A pattern of every member name and alias, built on first use."""
    if not _NAMES:
        import re

        words = sorted(ErrorCode.__members__, key=len, reverse=True)
        _NAMES.append(re.compile(r"(?<![A-Za-z0-9_])(?:" + "|".join(words) + r")(?![A-Za-z0-9_])"))
    return _NAMES[0]
