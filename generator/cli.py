"""``python -m generator [--check]``: errors.yaml in, every artifact out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import blocks, history, output, translations
from .i18n import MissingPhrase
from .languages import BadLanguage
from .languages import load as load_languages
from .problems import InvalidCatalog
from .render import json_document, render
from .sanitize import MarkdownAudit
from .validate import load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
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
    args = parser.parse_args(argv)
    if args.check and args.release:
        parser.error("--check writes nothing, so it cannot --release")
    if args.watch and (args.check or args.release):
        parser.error("--watch regenerates; it cannot be combined with --check or --release")
    root: Path = args.root
    if args.watch:
        from .watch import watch

        once = [a for a in (argv if argv is not None else sys.argv[1:]) if a != "--watch"]
        main([*once, "--quiet"])  # bring the files up to date before the first edit
        return watch(root, lambda: main([*once, "--quiet"]))
    source = root / "errors.yaml"
    shown = "errors.yaml"
    try:
        data = source.read_bytes()
    except OSError as error:
        print(f"{shown}: cannot read: {error.strerror}", file=sys.stderr)
        return 2
    try:
        releases = history.load_releases(root)
        audit = MarkdownAudit(root / "mkdocs.yml")
        catalog = load(data, releases[-1].version if releases else None, audit)
        problems, warnings = history.guard(catalog, releases)
        if problems:
            raise InvalidCatalog(problems)
    except InvalidCatalog as invalid:
        for problem in invalid.problems:
            print(problem.format(shown), file=sys.stderr)
        print(f"{len(invalid.problems)} problem(s); nothing was written", file=sys.stderr)
        return 2
    except history.BadRelease as bad:
        print(f"{bad}; nothing was written", file=sys.stderr)
        return 2
    for warning in warnings:
        print(warning, file=sys.stderr)
    released = []
    if args.release:
        path, text, refused = history.release_document(root, catalog, json_document(catalog))
        if refused:
            print(f"{shown}: {refused}", file=sys.stderr)
            return 2
        if not path.exists():
            output.write_file(path, text)
            released.append(f"released {path.relative_to(root).as_posix()}")
            releases = history.load_releases(root)
    try:
        languages = load_languages(root, catalog.languages)  # first: a new language's files are named here
        hosts = {path: (root / path).read_text(encoding="utf-8") for path in blocks.hosts_for(catalog.languages)}
        files = render(catalog, history.changelog(catalog, releases), hosts, languages)
    except (OSError, UnicodeDecodeError) as error:
        print(
            f"{getattr(error, 'filename', None) or 'a file'}: cannot read: {error}; nothing was written",
            file=sys.stderr,
        )
        return 2
    except BadLanguage as bad:
        print("\n".join(bad.lines), file=sys.stderr)
        print(f"{len(bad.lines)} problem(s) in the language files; nothing was written", file=sys.stderr)
        return 2
    except (blocks.MissingBlock, MissingPhrase) as missing:
        print(f"{missing}; nothing was written", file=sys.stderr)
        return 2
    todo = output.plan(root, files)
    untranslated = [problem.format(shown) for problem in translations.gaps(catalog)]
    if args.check:
        if not todo.in_sync:
            print("\n".join(output.report(root, todo)), file=sys.stderr)
        if untranslated:
            print("\n".join(untranslated), file=sys.stderr)
            print(f"{len(untranslated)} translation(s) missing or out of date", file=sys.stderr)
        return 0 if todo.in_sync and not untranslated else 1
    for line in untranslated:  # the pages still build: they show the English, or say the text is out of date
        print(f"warning: {line}", file=sys.stderr)
    try:
        touched = released + output.write(root, todo)
    except OSError as error:
        print(
            f"cannot write {error.filename}: {error.strerror}; the files written so far are complete", file=sys.stderr
        )
        return 2
    if not args.quiet:
        for line in touched:
            print(line)
        print(f"{len(catalog.errors)} codes; {len(touched)} file(s) changed")
    return 0
