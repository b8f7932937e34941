"""Generated blocks inside hand-written files: the nav of mkdocs.yml, tables of the support guide.

A host file marks each block with a line containing ``BEGIN generated:NAME`` and a
line containing ``END generated:NAME``; the lines between them are the output of
``templates/blocks/NAME.j2`` (indented like the BEGIN line), and everything else
in the file stays as its author wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Each host file and the blocks it must have; each other language has its own copies
# (its mkdocs.<tag>.yml is generated whole: generator/language_files.py).
HOSTS: dict[str, tuple[str, ...]] = {
    "mkdocs.yml": ("site-url", "alternate", "nav"),
    "docs/guides/support.md": ("escalate", "account", "ask-for"),
}
TRANSLATED_HOSTS: dict[str, tuple[str, ...]] = {
    "docs-{lang}/guides/support.md": ("escalate", "account", "ask-for"),
}


def hosts_for(languages: tuple[str, ...] | list[str]) -> dict[str, tuple[str, ...]]:
    """Every host file of a catalog with these translations, and its blocks."""
    found = dict(HOSTS)
    for lang in languages:
        found.update({path.format(lang=lang): names for path, names in TRANSLATED_HOSTS.items()})
    return found


def language_of(path: str) -> str:
    """``docs-zh/guides/support.md`` and ``mkdocs.zh.yml`` -> ``zh``; English hosts -> ``en``."""
    match = re.match(r"docs-([a-z0-9-]+)/|mkdocs\.([a-z0-9-]+)\.yml$", path)
    return (match.group(1) or match.group(2)) if match else "en"


class MissingBlock(Exception):
    """A host file lacks a block's markers (or has them out of order)."""


def splice(path: str, text: str, render_block: Callable[[str, str], str], names: tuple[str, ...]) -> str:
    """``text`` with each block of ``names`` replaced by ``render_block(name, indent)``."""
    for name in names:
        begin, end = _last_mark(text, "BEGIN", name), _last_mark(text, "END", name)
        if begin is None or end is None or end < begin:
            raise MissingBlock(
                f"{path}: the generated block `{name}` needs a line with `BEGIN generated:{name}` and, after it, "
                f"one with `END generated:{name}`; the generator writes the lines between them"
            )
        begin_line = text.rfind("\n", 0, begin) + 1
        after_begin = text.find("\n", begin) + 1 or len(text)
        end_line = text.rfind("\n", 0, end) + 1
        if end_line < after_begin:
            raise MissingBlock(f"{path}: the marks of the generated block `{name}` must be on lines of their own")
        first = text[begin_line:after_begin]
        indent = first[: len(first) - len(first.lstrip())]
        text = text[:after_begin] + render_block(name, indent) + text[end_line:]
    return text


def _last_mark(text: str, kind: str, name: str) -> int | None:
    """Where the last ``BEGIN generated:NAME`` (or END) mark starts: a plain search from the end,
    as a block may hold 10,000 lines (a regular expression over them cost 0.1 s a host)."""
    needle = f"{kind} generated:{name}"
    at = len(text)
    while (at := text.rfind(needle, 0, at)) >= 0:
        after, before = text[at + len(needle) : at + len(needle) + 1], text[at - 1 : at]
        name_goes_on = after != "" and after in "abcdefghijklmnopqrstuvwxyz-"  # `nav` is not `nav-extra`
        if not name_goes_on and not (before.isalnum() or before == "_"):
            return at
    return None
