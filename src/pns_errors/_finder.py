"""Find the error codes in whatever a customer pasted: a response body, a log, a traceback, a URL.

The rules, strongest first (overrides/assets/jump.js holds the same ones for the site;
tests/finder_cases.json is the table both must pass):

1. a ``code`` field in any notation: ``"code": 10004``, ``'code': '10004'``,
   ``code=10004``, ``code: 10004``, ``?code=10004``;
2. a marker before the number: ``error``, ``err``, ``E``, ``#``, ``PNS error``,
   ``错误码``/``错误代码`` (with or without ``:``/``：``), or a path ``/errors/10004/``;
3. an enum name or alias of this catalog (``INVALID_SIGNATURE`` means 1003);
4. a paste that is one bare code (`` 10004 ``).

Never a code: digits inside a longer run of digits or a decimal, dates, times, and
the values of other fields (requestId, ts, phone numbers). Code 0 is success.

Text is read a record at a time (a line, or the lines of one JSON object), in
batches of lines, so a 100 MB log runs in constant memory; a requestId belongs to
the codes of its record.
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
MAX_REQUEST_IDS = 1000  # per code: a huge log keeps constant memory
# The patterns are written in the subset of regular expressions Python and JavaScript
# share, with ASCII classes spelled out; overrides/assets/jump.js has them verbatim, and both
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

    __slots__ = ("code", "error", "count", "request_ids", "seen")

    def __init__(self, code: int) -> None:
        self.code = code
        self.error = ErrorCode.get(code)  # None when this catalog does not know the code
        self.count = 0
        self.request_ids: list[str] = []  # the first MAX_REQUEST_IDS distinct ones, in order
        self.seen: set[str] = set()

    def __repr__(self) -> str:
        return f"Found(code={self.code}, count={self.count}, request_ids={self.request_ids!r})"


class Scan:
    """What a paste holds: the codes found in order of first appearance, and successes."""

    def __init__(self) -> None:
        self.found: dict[int, Found] = {}
        self.successes = 0  # records whose code is 0
        self.first_text = ""  # the paste's first 100 characters, for rule 4
        self.records = 0

    def skip(self, record: str) -> None:
        """A record that holds no code (the batch test says so)."""
        if self.records == 0:
            self.first_text = record[:100]
        self.records += 1

    def add(self, record: str) -> None:
        import re

        self.skip(record)
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
            for request_id in ids:
                if request_id not in found.seen and len(found.request_ids) < MAX_REQUEST_IDS:
                    found.seen.add(request_id)
                    found.request_ids.append(request_id)

    def finish(self) -> None:
        if not self.found and self.records == 1 and not self.successes:
            code = parse_code(self.first_text)  # rule 4: the whole paste is one code
            if code:
                self.add(f"code={code}")

    @property
    def codes(self) -> list[Found]:
        return list(self.found.values())


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


def _batches(lines: Iterable[str], size: int = 4096) -> Iterator[list[str]]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _could_hold_a_code(lines: list[str]) -> list[bool]:
    """Which lines of a batch could hold a code: each rule needs one of these somewhere.

    Searching the whole batch at once, with literals and patterns that start with a
    literal or a small class, keeps a 100 MB log at disk speed; only the lines it
    marks go through the rules.
    """
    import bisect
    import itertools
    import re

    chunk = "".join(lines)
    if not chunk.isascii():  # full-width forms, Chinese markers: let every line through
        return [True] * len(lines)
    starts = list(itertools.accumulate((len(line) for line in lines), initial=0))
    marked = [False] * len(lines)
    low = chunk.lower()
    for word, text in [("code", low), ("err", low), ("/errors/", low)] + [(n, chunk) for n in _plain_names()]:
        at = text.find(word)
        while at >= 0:
            marked[bisect.bisect_right(starts, at) - 1] = True
            at = text.find(word, at + 1)
    for pattern in (r"[Ee#]\s?[0-9]", r"_[A-Z0-9]"):  # E/# markers; enum names (A_B)
        for match in re.finditer(pattern, chunk):
            marked[bisect.bisect_right(starts, match.start()) - 1] = True
    return marked


def _plain_names() -> list[str]:
    """Member names without an underscore, which the `_[A-Z0-9]` test would miss."""
    return [name for name in ErrorCode.__members__ if "_" not in name]


def scan(*sources: str | Iterable[str]) -> Scan:
    """Read pastes (str) or logs line by line (any iterable of lines: a file works), as one text."""
    result = Scan()
    pending: list[str] = []  # the lines of a JSON object not closed yet
    wanted = False  # whether any line of the pending record could hold a code
    depth = size = 0
    for source in sources:
        for batch in _batches(_lines(source) if isinstance(source, str) else source):
            for line, could in zip(batch, _could_hold_a_code(batch), strict=True):
                depth += line.count("{") - line.count("}")
                if pending or depth > 0:
                    pending.append(line)
                    size += len(line)
                    wanted = wanted or could
                    if depth <= 0 or size > MAX_RECORD:
                        (result.add if wanted else result.skip)("".join(pending))
                        pending, wanted, depth, size = [], False, 0, 0
                else:
                    depth = 0
                    (result.add if could else result.skip)(line)
    if pending:
        result.add("".join(pending))
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
