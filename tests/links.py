"""What a relative link in errors.yaml must become outside the site, computed independently
of the generator: the browser's own URL resolution (urljoin) from the page's Markdown file,
then MkDocs' directory URLs (`x.md` -> `x/`, `index.md` -> the folder)."""

from __future__ import annotations

import re
from urllib.parse import urljoin

SITE = "https://pns-errors.example.org/"
# Every Markdown link or image target, inline `](...)` or a reference definition `[id]: ...`.
TARGET = re.compile(r"\]\(\s*<?([^\s()<>]+)|^ {0,3}\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:\s|$)", re.M)


def targets(markdown: str) -> list[str]:
    return [a or b for a, b in TARGET.findall(markdown)]


def absolute(markdown: str, page: str) -> str:
    """``page`` is the Markdown file the text is shown on, e.g. ``errors/1003.md``."""

    def fix(match: re.Match[str]) -> str:
        target = match.group(2)
        url = urljoin(SITE + page, target)
        url = re.sub(r"/index\.md(?=#|$)", "/", url)
        url = re.sub(r"\.md(?=#|$)", "/", url)
        return match.group(1) + url

    return re.sub(r"(\]\(\s*<?)([^\s()<>]+)", fix, markdown)
