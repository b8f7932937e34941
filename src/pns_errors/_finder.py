"""Find the error codes in whatever a customer pasted: a response body, a log, a traceback, a URL.

The rules, strongest first (overrides/assets/finder.js interprets the same ones for the site;
tests/finder_cases.json is the table both must pass):

1. a ``code`` field in any notation: ``"code": 10004``, ``'code': '10004'``,
   ``code=10004``, ``code: 10004``, ``?code=10004``;
2. a marker before the number: ``error``, ``err``, ``E``, ``#``, ``PNS error``,
   ``错误码``/``错误代码`` (with or without ``:``/``：``), or a path ``/errors/10004/``;
3. an enum name or alias of this catalog (``INVALID_SIGNATURE`` means 1003);
4. a paste that is one bare code (`` 10004 ``);
5. in a record where rules 1 to 3 find nothing: a ``msg`` or ``message`` field whose value
   (quoted, or else the longest run of its first words) is a known wording of a code (its message in any language, or a variant the API is
   known to send: ``"msg": "binding not exist"`` is 10013), or a record that is exactly
   such a wording. Such a code is marked ``by_message``; a real ``code`` always wins.

Never a code: digits inside a longer run of digits or a decimal, dates, times, and
the values of other fields (requestId, ts, phone numbers). Code 0 is success.

Text is read a record at a time (a line, or the lines of one JSON object), in
batches of lines, so a 100 MB log runs in constant memory; a requestId belongs to
the codes of its record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ._catalog import ErrorCode
from ._lookup import by_message, messages, normalize, parse_code
from ._rules import (
    FIELD,
    FIRST_TEXT,
    MARKER,
    MAX_CODE,
    MAX_RECORD,
    MAX_REQUEST_IDS,
    MESSAGE_FIELD,
    NAME_AFTER,
    NAME_BEFORE,
    REQUEST_ID,
)

TYPE_CHECKING = False  # not `import typing` / `import re` at import time: see _base.py
if TYPE_CHECKING:
    import re

# The patterns and limits are declared in _rules, which the site's finder gets too
# (overrides/assets/generated/rules.js); both match case-insensitively.


class Found:
    """One code found in a paste: how often, and with which requestIds."""

    __slots__ = ("code", "error", "count", "request_ids", "seen", "by_message")

    def __init__(self, code: int) -> None:
        self.code = code
        self.error = ErrorCode.get(code)  # None when this catalog does not know the code
        self.count = 0
        self.by_message = False  # True when only its message identified it, never a code (rule 5)
        self.request_ids: list[str] = []  # the first MAX_REQUEST_IDS distinct ones, in order
        self.seen: set[str] = set()

    def __repr__(self) -> str:
        how = ", by_message=True" if self.by_message else ""
        return f"Found(code={self.code}, count={self.count}, request_ids={self.request_ids!r}{how})"


class Scan:
    """What a paste holds: the codes found in order of first appearance, and successes."""

    def __init__(self) -> None:
        self.found: dict[int, Found] = {}
        self.successes = 0  # records whose code is 0
        self.first_text = ""  # the paste's first characters, for rule 4
        self.records = 0

    def skip(self, record: str) -> None:
        """A record that holds no code (the batch test says so)."""
        if self.records == 0:
            self.first_text = record[:FIRST_TEXT]
        self.records += 1

    def add(self, record: str) -> None:
        self.skip(record)
        text = normalize(record)
        hits: list[tuple[int, int]] = []  # (position, code)
        field_re, marker_re, request_id_re, _ = _compiled()
        for match in field_re.finditer(text):
            hits.append((match.start(), int(match.group(1))))
        for match in marker_re.finditer(text):
            hits.append((match.start(), int(match.group(1) or match.group(2))))
        for match in _names().finditer(text):
            hits.append((match.start(), ErrorCode[match.group(0)].value))
        codes: list[int] = []
        for _, code in sorted(hits):
            if code == 0:
                self.successes += 1
            elif 0 < code <= MAX_CODE and code not in codes:
                codes.append(code)
        worded = not hits and _message_codes(text)  # rule 5, only where no code is written
        if worded:
            codes = worded
        ids = list(dict.fromkeys(m.group(1) or m.group(2) for m in request_id_re.finditer(text)))
        for code in codes:
            found = self.found.get(code)
            if found is None:
                found = self.found[code] = Found(code)
                found.by_message = bool(worded)
            elif not worded:
                found.by_message = False
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


_COMPILED: list[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = []


def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """FIELD, MARKER, REQUEST_ID and MESSAGE_FIELD, compiled once (both match case-insensitively)."""
    if not _COMPILED:
        import re

        flags = re.IGNORECASE | re.ASCII
        compiled = [re.compile(pattern, flags) for pattern in (FIELD, MARKER, REQUEST_ID, MESSAGE_FIELD)]
        _COMPILED.append((compiled[0], compiled[1], compiled[2], compiled[3]))
    return _COMPILED[0]


def _message_codes(text: str) -> list[int]:
    """Rule 5: the codes whose wording is the value of a msg/message field, or the whole record."""

    codes: list[int] = []
    for match in _compiled()[3].finditer(text):
        member = by_message(match.group(1) or match.group(2) or "")
        if match.group(3):  # unquoted, up to the line's end: the longest run of its first words that is a wording
            words = match.group(3).split()
            member = next(filter(None, (by_message(" ".join(words[:n])) for n in range(len(words), 0, -1))), None)
        if member is not None and member.value not in codes:
            codes.append(member.value)
    if not codes:
        member = by_message(text)
        if member is not None:
            codes.append(member.value)
    return codes


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
    import itertools

    source = iter(lines)
    while batch := list(itertools.islice(source, size)):
        yield batch


# What the prefilter looks for, in the lower-cased text: rule 1's field name, rule 2's word
# markers (`err` is also in `/errors/`, `错误` in 错误码 and 错误代码). Rule 5 needs no field name:
# its value is a wording, which holds a word _clues() looks for.
BASE_CLUES = ["code", "err", "错误"]
# Rule 2's one-letter markers in the lower-cased text (the character before is checked apart).
# Two patterns, each starting with a literal, which the regex engine finds fast.
E_MARKERS = (r"e\s?[0-9]{4}", r"#\s?[0-9]{4}")
_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_#&")
_CLUES: list[tuple[list[str], list[str]]] = []


def _clues() -> tuple[list[str], list[str]]:
    """The literals one of which a record must hold for a rule to match it: (in the
    lower-cased text, in the text as it is). Built once from the catalog."""
    if not _CLUES:
        # Rule 5: a record that is a wording holds each word of its message_key. Look for its
        # longest word (the rarest elsewhere, most likely; of equals, the one fewest wordings
        # share); Chinese is written without spaces: cover its wordings with few 4-character parts.
        keys = [key for key in messages() if key and not any(clue in key for clue in BASE_CLUES)]
        chosen: set[str] = set()
        for key in [k for k in keys if k.isascii()]:
            words = sorted(set(key.split(" ")))
            chosen.add(max(words, key=lambda w: (len(w), -sum(w in k for k in keys))))
        uncovered = [k for k in keys if not k.isascii()]
        while uncovered:
            parts = sorted({k[i : i + 4] for k in uncovered for i in range(max(len(k) - 3, 1))})
            best = max(parts, key=lambda p: sum(p in k for k in uncovered))
            chosen.add(best)
            uncovered = [k for k in uncovered if best not in k]
        # Fewest finds: keep a word only while it covers a wording no word kept so far covers.
        kept: list[str] = []
        for word in sorted(chosen, key=lambda w: (-sum(w in k for k in keys), -len(w), w)):
            if any(word in k and not any(o in k for o in kept) for k in keys):
                kept.append(word)
        chosen = set(kept)
        # Rule 3: the names and aliases, case-sensitive; those with `_` are found by one test.
        plain = [name for name in ErrorCode.__members__ if "_" not in name]
        _CLUES.append((BASE_CLUES + sorted(chosen), plain))
    return _CLUES[0]


def _mark(text: str, words: list[str], starts: list[int], marked: list[bool]) -> None:
    """Mark the line of every occurrence of any of ``words`` in ``text`` (lines begin at ``starts``)."""
    import bisect

    for word in words:
        at = text.find(word)
        while at >= 0:
            line = bisect.bisect_right(starts, at) - 1
            marked[line] = True
            at = text.find(word, starts[line + 1] if line + 1 < len(starts) else len(text))


# Characters NFKC leaves as they are, in Chinese text: ASCII, the common CJK ideographs, 、 。 and
# the brackets 《》「」『』【】; and those it maps to one ASCII character: full-width forms, the
# ideographic space.
_NFKC_STABLE = r"[^\x00-\x7f\u4e00-\u9fff\u3001\u3002\u300a-\u3011]"
_FULL_WIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "}


# Text the prefilter may read as it is: NFKC leaves these characters alone, or maps them to
# punctuation that no clue holds and that, like them, is no word character before an `E`
# (，：；！？（） as , : ; ! ? ( )). Anything else (full-width letters and digits, ＃, ＿, the
# ideographic space) may make a clue, so such a batch is normalised first.
_NEEDS_NFKC = (
    r"[^\x00-\x7f\u4e00-\u9fff\u3001\u3002\u300a-\u3011\u2018\u2019\u201c\u201d"
    r"\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]"
)


def _nfkc(text: str) -> str:
    """normalize(text), faster for the usual Chinese text: where every other character is a
    full-width form or the ideographic space, replace those (NFKC maps each to one ASCII)."""
    import re

    others = set(re.findall(_NFKC_STABLE, text))
    if not others <= _FULL_WIDTH.keys():
        return normalize(text)
    for char in others:
        text = text.replace(char, _FULL_WIDTH[char])
    return text


def _could_hold_a_code(lines: list[str]) -> list[bool]:
    """Which lines of a batch could hold a code: each rule needs one of these somewhere.

    Searching the whole batch at once for a few literals (and two small patterns that
    start with one) keeps a log at disk speed; only the lines it marks go through the
    rules. Sound: every text a rule matches contains one of them, in the text as the
    rules read it (NFKC, see normalize); tests/test_finder_cases.py compares it with
    reading every line.
    """
    import bisect
    import itertools
    import re

    chunk = "".join(lines)
    ascii = chunk.isascii()
    if not ascii and re.search(_NEEDS_NFKC, chunk):  # read the lines as the rules read them (NFKC)
        chunk = _nfkc(chunk)  # the same as line by line: NFKC neither makes nor joins across a "\n"
        parts = chunk.split("\n")
        lengths = [len(part) + 1 for part in parts[: len(lines)]]
        lengths[-1] -= not lines[-1].endswith("\n")  # the last line of a source may lack its "\n"
        if len(parts) - lines[-1].endswith("\n") != len(lines):  # a line broken elsewhere than at "\n"
            lines = [normalize(line) for line in lines]
            chunk, lengths = "".join(lines), list(map(len, lines))
    else:
        lengths = list(map(len, lines))
    starts = list(itertools.accumulate(lengths, initial=0))
    marked = [False] * len(lines)
    lower_words, plain_names = _clues()
    low, low_starts = chunk.lower(), starts
    if ascii:
        lower_words = [word for word in lower_words if word.isascii()]
    elif len(low) != len(chunk):  # lower() lengthened a character (İ): count each line's own starts
        lowered = [line.lower() for line in (normalize(line) for line in lines)]
        low, low_starts = "".join(lowered), list(itertools.accumulate(map(len, lowered), initial=0))
    _mark(low, lower_words, low_starts, marked)
    _mark(chunk, plain_names, starts, marked)
    for match in re.finditer(r"_[A-Z0-9]", chunk):  # every other name has an `_` before a letter or digit
        marked[bisect.bisect_right(starts, match.start()) - 1] = True
    for pattern in E_MARKERS:
        for match in re.finditer(pattern, low, re.ASCII):
            at = match.start()
            if at == 0 or low[at - 1] not in _WORD:  # the rule's (?<![A-Za-z0-9_#&])
                marked[bisect.bisect_right(low_starts, at) - 1] = True
    return marked


def scan(*sources: str | Iterable[str]) -> Scan:
    """Read pastes (str) or logs line by line (any iterable of lines: a file works), as one text."""
    import bisect
    import itertools
    import operator

    result = Scan()
    pending: list[str] = []  # the lines of a JSON object not closed yet
    wanted = False  # whether any line of the pending record could hold a code
    depth = size = 0
    for source in sources:
        for batch in _batches(_lines(source) if isinstance(source, str) else source):
            marks = _could_hold_a_code(batch)
            # Each line's braces: only an unbalanced line can open or close a JSON object of
            # several lines; outside one, every other line is a record of its own, and one that
            # is not marked holds no code. Only the rest need reading one by one.
            diffs = list(
                map(
                    operator.sub,
                    map(str.count, batch, itertools.repeat("{")),
                    map(str.count, batch, itertools.repeat("}")),
                )
            )
            needed = list(itertools.compress(range(len(batch)), map(operator.or_, marks, map(bool, diffs))))
            i = 0
            while i < len(batch):
                if not pending:
                    j = bisect.bisect_left(needed, i)
                    at = needed[j] if j < len(needed) else len(batch)
                    if at > i:
                        if result.records == 0:
                            result.first_text = batch[i][:FIRST_TEXT]
                        result.records += at - i
                        i = at
                        continue
                line, could = batch[i], marks[i]
                depth += diffs[i]
                i += 1
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
        _NAMES.append(re.compile(NAME_BEFORE + "|".join(words) + NAME_AFTER))
    return _NAMES[0]
