"""``python -m generator [--check]``: errors.yaml in, every artifact out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import output
from .problems import InvalidCatalog
from .render import render
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
    args = parser.parse_args(argv)
    root: Path = args.root
    source = root / "errors.yaml"
    shown = "errors.yaml"
    try:
        data = source.read_bytes()
    except OSError as error:
        print(f"{shown}: cannot read: {error.strerror}", file=sys.stderr)
        return 2
    try:
        catalog = load(data)
    except InvalidCatalog as invalid:
        for problem in invalid.problems:
            print(problem.format(shown), file=sys.stderr)
        print(f"{len(invalid.problems)} problem(s); nothing was written", file=sys.stderr)
        return 2
    todo = output.plan(root, render(catalog))
    if args.check:
        if todo.in_sync:
            return 0
        print("\n".join(output.report(root, todo)), file=sys.stderr)
        return 1
    touched = output.write(root, todo)
    if not args.quiet:
        for line in touched:
            print(line)
        print(f"{len(catalog.errors)} codes; {len(touched)} file(s) changed")
    return 0
