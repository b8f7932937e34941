"""Markdown of the catalog, rendered for a terminal: wrapped, links spelled out."""

from __future__ import annotations

import re
import textwrap
from urllib.parse import urljoin

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+|[^>\s@]+@[^>\s]+)>")
_MD_PAGE = re.compile(r"(?:/index)?\.md(?=#|$)")
_LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")


class Style:
    """ANSI styles, or nothing when colour is off."""

    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def _wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def code(self, text: str) -> str:
        return self._wrap("36", text)

    def heading(self, text: str) -> str:
        return self._wrap("1;33", text)

    def link(self, text: str) -> str:
        return self._wrap("4", text)


def _inline(text: str, base_url: str, style: Style) -> str:
    def link(match: re.Match[str]) -> str:
        # Links in the catalog are relative to the page's Markdown file, as MkDocs reads them.
        target = _MD_PAGE.sub("/", urljoin(base_url, match.group(2)))
        return f"{match.group(1)} <{style.link(target)}>"

    text = _LINK.sub(link, text)
    text = _AUTOLINK.sub(lambda m: f"<{style.link(m.group(1))}>", text)
    text = re.sub(r"\*\*(.+?)\*\*", lambda m: style.bold(m.group(1)), text)
    return re.sub(r"`([^`]+)`", lambda m: style.code(m.group(1)), text)


# Characters a terminal shows two columns wide (CJK ideographs, kana, full-width forms).
_WIDE = "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
# Chinese punctuation that may not begin a line: it stays with the character before it.
_NO_LINE_START = "，。、；：？！）》」』”’…"


def _visible_len(text: str) -> int:
    plain = re.sub(r"\033\[[0-9;]*m", "", text)
    return len(plain) + (len(re.findall(_WIDE, plain)) if not plain.isascii() else 0)


def _pieces(word: str) -> list[str]:
    """A word cut where a line may break inside it: after each wide character (Chinese has no spaces)."""
    if word.isascii():
        return [word]
    pieces: list[str] = []
    for piece in re.split(f"(?<={_WIDE})", word):
        if pieces and piece and (piece[0] in _NO_LINE_START):
            pieces[-1] += piece[0]
            piece = piece[1:]
        if piece:
            pieces.append(piece)
    return pieces


def _fill(text: str, width: int, first: str, rest: str) -> list[str]:
    """Wrap on words, and between Chinese characters, counting the columns each takes
    (ANSI codes take none; a Chinese character two)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        for at, piece in enumerate(_pieces(word)):
            gap = "" if at else " "
            if not current:
                current = first + piece
            elif _visible_len(current) + len(gap) + _visible_len(piece) > width:
                lines.append(current)
                current = rest + piece
            else:
                current += gap + piece
    if current:
        lines.append(current)
    return lines


def fill(text: str, width: int, first: str = "  ", rest: str = "    ") -> str:
    """One paragraph wrapped to ``width`` columns (Chinese too)."""
    return "\n".join(_fill(text, width, first, rest))


def render(markdown: str, page_url: str, style: Style, width: int = 80, indent: str = "  ") -> str:
    """Render the catalog's Markdown: paragraphs, lists, code blocks, links.

    ``page_url`` is the web address of the page the Markdown sits on, for relative links.
    """
    base_url = page_url.rstrip("/") + ".md"
    width = max(width, 30)
    out: list[str] = []
    paragraph: list[str] = []
    marker: tuple[str, str] | None = None  # (first-line prefix, continuation prefix)
    in_fence = False

    def flush() -> None:
        nonlocal paragraph, marker
        if paragraph:
            text = _inline(" ".join(p.strip() for p in paragraph), base_url, style)
            first, rest = marker or (indent, indent)
            out.extend(_fill(text, width, first, rest))
        paragraph, marker = [], None

    for line in markdown.splitlines():
        if line.strip().startswith(("```", "~~~")):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(indent + "    " + style.code(line))
            continue
        if not line.strip():
            flush()
            if out and out[-1] != "":
                out.append("")
            continue
        item = _LIST_ITEM.match(line)
        if item:
            flush()
            bullet = "•" if item.group(2) in "-*+" else item.group(2)
            depth = indent + "  " * (len(item.group(1)) // 2)
            marker = (f"{depth}{bullet} ", depth + " " * (len(bullet) + 1))
            paragraph = [line[item.end() :]]
            continue
        paragraph.append(line)
    flush()
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def wrap(text: str, width: int, indent: str = "  ") -> str:
    return textwrap.fill(text, width=max(width, 30), initial_indent=indent, subsequent_indent=indent)
