"""``python -m generator [--check]``: errors.yaml in, every artifact out.

main runs named stages: read and check the catalog, release it (``--release``), render
(reusing the files whose inputs did not change: pagecache.py), then compare (``--check``)
or write. Generate and check share every stage up to the last.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from . import blocks, history, output, translations
from .entrycache import EntryCache
from .i18n import MissingPhrase
from .languages import BadLanguage
from .languages import load as load_languages
from .model import Catalog
from .pagecache import PageCache, code_key
from .problems import InvalidCatalog
from .render import json_document, render
from .sanitize import MarkdownAudit
from .validate import load

SHOWN = "errors.yaml"


class Stop(Exception):
    """A stage found a problem: it has printed it; main exits with ``status``."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if any generated file is out of date"
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=Path(__file__).resolve().parent.parent,
        help="project folder (default: this checkout)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="print only problems")
    parser.add_argument(
        "--release",
        action="store_true",
        help="also freeze this catalog version in releases/<version>.json (publishes every code in it)",
    )
    parser.add_argument(
        "--watch", action="store_true", help="keep running: regenerate whenever errors.yaml or a template changes"
    )
    return parser


def _fail(message: str, status: int = 2) -> Stop:
    print(message, file=sys.stderr)
    return Stop(status)


def _read(root: Path) -> tuple[Catalog, list[history.Release]]:
    """errors.yaml, read and checked against itself and the published releases."""
    try:
        data = (root / "errors.yaml").read_bytes()
    except OSError as error:
        raise _fail(f"{SHOWN}: cannot read: {error.strerror}") from None
    try:
        releases = history.load_releases(root)
        published = releases[-1].version if releases else None
        catalog = load(data, published, MarkdownAudit(root / "mkdocs.yml"), EntryCache.load(root))
        problems, warnings = history.guard(catalog, releases)
        if problems:
            raise InvalidCatalog(problems)
    except InvalidCatalog as invalid:
        for problem in invalid.problems:
            print(problem.format(SHOWN), file=sys.stderr)
        raise _fail(f"{len(invalid.problems)} problem(s); nothing was written") from None
    except history.BadRelease as bad:
        raise _fail(f"{bad}; nothing was written") from None
    for warning in warnings:
        print(warning, file=sys.stderr)
    return catalog, releases


def _release(root: Path, catalog: Catalog) -> list[str]:
    """--release: freeze this version in releases/ (before rendering: the changelog reads it)."""
    path, text, refused = history.release_document(root, catalog, json_document(catalog))
    if refused:
        raise _fail(f"{SHOWN}: {refused}")
    if path.exists():
        return []
    output.write_file(path, text)
    return [f"released {path.relative_to(root).as_posix()}"]


def _render(root: Path, catalog: Catalog, releases: list[history.Release], cache: PageCache) -> dict[str, str]:
    try:
        languages = load_languages(root, catalog.languages)  # first: a new language's files are named here
        hosts = {path: (root / path).read_text(encoding="utf-8") for path in blocks.hosts_for(catalog.languages)}
        return render(catalog, history.changelog(catalog, releases), hosts, languages, cache)
    except (OSError, UnicodeDecodeError) as error:
        name = getattr(error, "filename", None) or "a file"
        raise _fail(f"{name}: cannot read: {error}; nothing was written") from None
    except BadLanguage as bad:
        print("\n".join(bad.lines), file=sys.stderr)
        raise _fail(f"{len(bad.lines)} problem(s) in the language files; nothing was written") from None
    except (blocks.MissingBlock, MissingPhrase) as missing:
        raise _fail(f"{missing}; nothing was written") from None


def _check(root: Path, todo: output.Plan, untranslated: list[str]) -> int:
    if not todo.in_sync:
        print("\n".join(output.report(root, todo)), file=sys.stderr)
    if untranslated:
        print("\n".join(untranslated), file=sys.stderr)
        print(f"{len(untranslated)} translation(s) missing or out of date", file=sys.stderr)
    return 0 if todo.in_sync and not untranslated else 1


def _write(root: Path, todo: output.Plan, cache: PageCache) -> list[str]:
    try:
        touched = output.write(root, todo)
    except OSError as error:
        raise _fail(f"cannot write {error.filename}: {error.strerror}; the files written so far are complete") from None
    cache.save()  # only now is every file in it on disk
    return touched


def run(root: Path, check: bool, release: bool, quiet: bool) -> int:
    """One generate (or check) of the project at ``root``; the exit status."""
    code_key.cache_clear()  # --watch runs this again in the same process: a template may have changed
    catalog, releases = _read(root)
    released = _release(root, catalog) if release else []
    if released:
        releases = history.load_releases(root)
    cache = PageCache.load(root)
    todo = output.plan(root, _render(root, catalog, releases, cache), cache.reused)
    untranslated = [problem.format(SHOWN) for problem in translations.gaps(catalog)]
    if check:
        return _check(root, todo, untranslated)
    for line in untranslated:  # the pages still build: they show the English, or say the text is out of date
        print(f"warning: {line}", file=sys.stderr)
    touched = released + _write(root, todo, cache)
    if not quiet:
        for line in touched:
            print(line)
        print(f"{len(catalog.errors)} codes; {len(touched)} file(s) changed")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.check and args.release:
        parser.error("--check writes nothing, so it cannot --release")
    if args.watch and (args.check or args.release):
        parser.error("--watch regenerates; it cannot be combined with --check or --release")
    if args.watch:
        from .watch import watch

        once = [a for a in (argv if argv is not None else sys.argv[1:]) if a != "--watch"]
        main([*once, "--quiet"])  # bring the files up to date before the first edit
        return watch(args.root, lambda: main([*once, "--quiet"]))
    # One short run over millions of objects that form no cycles to speak of: the cyclic
    # collector's passes over them cost 0.6 s of a 10,000-code edit (see Performance).
    gc.disable()
    try:
        return run(args.root, args.check, args.release, args.quiet)
    except Stop as stop:
        return stop.status
    finally:
        gc.enable()
