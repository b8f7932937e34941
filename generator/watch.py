"""``python -m generator --watch``: regenerate whenever errors.yaml, a language file or a template changes.

``make serve`` runs it beside ``mkdocs serve``: the generator rewrites only the files
whose content changed, mkdocs notices them in docs/ and the browser reloads. A bad
edit prints its ``errors.yaml:LINE:COL`` problems and changes nothing, so the last
good pages stay served; the next valid save recovers. Standard library only (a poll
of modification times), so it works the same beside MkDocs or Zensical.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from .blocks import HOSTS, TRANSLATED_HOSTS
from .render import TEMPLATES


def sources(root: Path) -> list[Path]:
    """What the generated files are made from."""
    found = [root / "errors.yaml", *sorted(TEMPLATES.rglob("*.j2")), *(root / path for path in HOSTS)]
    found += sorted(root.glob("docs-*/guides/support.md"))  # translations
    found += sorted(root.glob("languages/*/phrases.yaml")) + sorted(root.glob("languages/*/search-words.txt"))
    found += sorted((root / "releases").glob("*.json"))
    return found


def rewritten(root: Path) -> set[str]:
    """The sources the generator writes itself: the host files of generated blocks."""
    found = {str(root / path) for path in HOSTS}
    for pattern in TRANSLATED_HOSTS:
        found.update(str(path) for path in root.glob(pattern.format(lang="*")))
    return found


def _stamp(paths: list[Path]) -> dict[str, tuple[int, int]]:
    stamps = {}
    for path in paths:
        try:
            stat = path.stat()
            stamps[str(path)] = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamps[str(path)] = (-1, -1)
    return stamps


def watch(
    root: Path,
    generate: Callable[[], int],
    interval: float = 0.1,  # a poll stats about 90 files: 1 ms of CPU at 10,000 codes
    rounds: int | None = None,
) -> int:
    """Poll the sources; run ``generate`` after each change. ``rounds`` bounds the loop (tests)."""
    print(f"watching {root / 'errors.yaml'} and the templates; Ctrl+C stops", file=sys.stderr, flush=True)
    last = _stamp(sources(root))  # what the last run was made from
    seen = last  # at the previous poll
    done = 0
    try:
        while rounds is None or done < rounds:
            time.sleep(interval)
            done += 1
            now = _stamp(sources(root))
            if now == last or now != seen:  # nothing new, or a file still being written: wait a poll
                seen = now
                continue
            status = generate()
            # What the generator wrote into the hosts' generated blocks is no edit to regenerate for
            # (that would be a second run each time). A hand edit of a host saved within the same
            # few milliseconds as the generator's write is seen at its next save.
            seen = _stamp(sources(root))
            hosts = rewritten(root)
            last = {path: seen[path] if path in hosts else stamp for path, stamp in now.items() if path in seen}
            when = time.strftime("%H:%M:%S")
            if status == 0:
                print(f"{when} regenerated", file=sys.stderr, flush=True)
            else:
                print(
                    f"{when} errors.yaml has problems (above); the last good pages stay served",
                    file=sys.stderr,
                    flush=True,
                )
    except KeyboardInterrupt:
        pass
    return 0
