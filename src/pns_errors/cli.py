"""pns-errors: look up PNS API error codes from a terminal.

    pns-errors 10004 [1003 ...]     explain codes (also #10004, E10004, "error 10004")
    pns-errors search WORDS...      find codes by words, names or numbers
    pns-errors list [--category ID] list every code
    pns-errors explain [FILE ...]   find the codes in a log or a paste (standard input: -)
    pns-errors sign --access-key K --action A [--body TEXT|@FILE] [--check SIGN]
                                    compute a request's sign, or find why one is wrong

Add --lang zh for Chinese (without it, a zh locale in LC_ALL, LC_MESSAGES or
LANG selects it); the API's own English message is shown beside the translation.
Add --json to any command for scripts: each known code is printed as its record
in errors.json; an unknown one as {"code": N, "known": false, "category": ...,
"nearest": [...]}; code 0 (success) as {"code": 0, "known": false, "success":
true}. Exit status: 0 found, 1 a code is unknown, 0 or nothing matched (or the
output could not be written), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, TextIO

from . import _terminal
from ._catalog import LANGUAGES, SITE_URL, VERSION, Category, ErrorCode, FixBy, Retry
from ._finder import Found, scan
from ._language import UnknownLanguage, choose, phrase
from ._lookup import by_message, category_of, nearest, parse_code, search
from ._rules import page_path

COMMANDS = ("search", "list", "explain", "sign")


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one clear line instead of a traceback or a wall of text."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _base_parser(prog: str, usage: str | None = None) -> _Parser:
    parser = _Parser(prog=prog, usage=usage, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--version", action="version", version=f"pns-errors {VERSION}")
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=f"language of the texts: {', '.join(LANGUAGES)} (default: from LC_ALL, LC_MESSAGES or LANG)",
    )
    return parser


def _parse(parser: _Parser, argv: Sequence[str], *outputs: Output) -> argparse.Namespace:
    """Parse, and set the language of every output from --lang or the locale."""
    args = parser.parse_args(argv)
    try:
        language = choose(args.lang, os.environ)
    except UnknownLanguage as unknown:
        parser.error(str(unknown))
    for output in outputs:
        output.language = language
    return args


class Output:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        colour = stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        self.style = _terminal.Style(colour)
        self.width = min(shutil.get_terminal_size((88, 24)).columns, 100) - 1
        self.language = "en"

    def t(self, text: str, *values: object) -> str:
        return phrase(self.language, text, *values)

    def doc_url(self, member: ErrorCode) -> str:
        """The code's page in the output's language."""
        return member.doc_url if self.language == "en" else SITE_URL + page_path(member.value, self.language)

    def line(self, text: str = "") -> None:
        print(text, file=self.stream)

    def json(self, data: object) -> None:
        """JSON, lossless whatever the output's encoding: `\\uXXXX` escapes where it lacks a character."""
        text = json.dumps(data, ensure_ascii=False, indent=2)
        try:
            text.encode(self.stream.encoding or "utf-8")
        except (UnicodeEncodeError, LookupError):
            text = json.dumps(data, ensure_ascii=True, indent=2)
        self.line(text)

    def explain(self, member: ErrorCode) -> None:
        s, t = self.style, self.t
        text = member.localized(self.language)
        url = self.doc_url(member)
        self.line(f"{s.bold(str(member.value))}  {s.bold(text.message)}")
        facts = [member.name, member.category.localized(self.language).title]
        if text.message != member.message:
            facts.append(t("the API sends: {0}", member.message))
        if member.since:
            facts.append(t("since {0}", member.since))
        self.line("  " + s.dim(" · ".join(facts)))
        if member.retirement:
            self.line(
                s.heading(
                    "  "
                    + t("RETIRED in {0}: {1}", member.retirement.since, text.retired_reason or member.retirement.reason)
                )
            )
        elif member.deprecation:
            replacement = member.replaced_by
            use = t("; use {0} {1}", replacement.value, replacement.name) if replacement else ""
            self.line(
                s.heading(
                    "  "
                    + t(
                        "DEPRECATED since {0}: {1}{2}",
                        member.deprecation.since,
                        text.deprecated_reason or member.deprecation.reason,
                        use,
                    )
                )
            )
        for label, words in (
            (t("Who fixes it"), member.fix_by.meaning_in(self.language)),
            (t("Retry"), member.retry.meaning_in(self.language)),
        ):
            # The words of the code's page, wrapped like the rest.
            self.line(_terminal.fill(t("{0}: {1}", label, words), self.width))
        if text.description:
            self.line()
            self.line(s.heading(t("What it means")))
            self.line(_terminal.render(text.description, url, s, self.width))
        self.line()
        self.line(s.heading(t("Causes and solutions")))
        self.line(_terminal.render(text.solution, url, s, self.width))
        self.line()
        self.line(t("More: {0}", s.link(url)))

    def summary(self, member: ErrorCode) -> None:
        status = "" if member.status == "active" else " " + self.t("({0})", self.t(member.status))
        message = member.localized(self.language).message
        self.line(f"{self.style.bold(f'{member.value:>6}')}  {message}{status}  {self.style.dim(member.name)}")


def _unknown(code: int) -> dict[str, Any]:
    category = category_of(code)
    return {
        "code": code,
        "known": False,
        "category": category.value if category else None,
        "nearest": [m.value for m in nearest(code)],
    }


def lookup(argv: Sequence[str], out: Output, err: Output) -> int:
    parser = _base_parser("pns-errors", "pns-errors [--json] CODE [CODE ...]")
    parser.add_argument("codes", nargs="+", metavar="CODE", help="an error code, e.g. 10004, #10004, E10004")
    args = _parse(parser, argv, out, err)
    parsed = []
    for text in args.codes:
        code = parse_code(text)
        worded = by_message(text) if code is None else None  # "Invalid signature" is 1003
        if worded is not None:
            code = worded.value
        if code is None and not text.strip():
            parser.error("an empty code; give one such as 10004")
        if code is None and (len(text) > 30 or any(c in text for c in "{}\"'=:\n")):
            parser.error(
                "that is not an error code; to find the codes in a paste or a log, "
                "give it to `pns-errors explain` (a file, or standard input)"
            )
        if code is None and len(args.codes) == 1 and search(text):
            return _words_instead(text, args.json, out, err)
        if code is None:
            parser.error(f"{text!r} is not an error code; try `pns-errors search {text}` to search by words")
        assert code is not None
        parsed.append(code)
    status = 0
    results: list[dict[str, Any]] = []
    for i, code in enumerate(parsed):
        member = ErrorCode.get(code)
        if code == 0:  # the API's success code: nothing to look up, and not an unknown error
            status = 1
            results.append({"code": 0, "known": False, "success": True})
            if not args.json:
                err.line(err.t("0: not an error: code 0 means the request succeeded."))
            continue
        if member is None:
            status = 1
            results.append(_unknown(code))
            if not args.json:
                err.line(err.t("{0}: not in this catalog (version {1}). Nearest known codes:", code, VERSION))
                for near in nearest(code):
                    err.summary(near)
            continue
        results.append(member.to_dict())  # exactly its record in errors.json
        if not args.json:
            if i:
                out.line()
                out.line("─" * min(out.width, 60))
            out.explain(member)
    if args.json:
        out.json(results)
    return status


def _words_instead(text: str, as_json: bool, out: Output, err: Output) -> int:
    """Words that are not a code or a known message: the codes `search` gives for them (exit 1)."""
    found = search(text)
    if as_json:
        out.json([m.to_dict() for m in found])
        return 1
    err.line(err.t("{0} is not an error code or a known message; the codes whose words match it:", repr(text)))
    for member in found:
        out.summary(member)
    return 1


def search_command(argv: Sequence[str], out: Output) -> int:
    parser = _base_parser("pns-errors search")
    parser.add_argument("words", nargs="+", help="words of a message or solution, an enum name, or a code")
    args = _parse(parser, argv, out)
    found = search(" ".join(args.words))
    if args.json:
        out.json([m.to_dict() for m in found])
    elif not found:
        out.line(out.t("no code matches {0}", repr(" ".join(args.words))))
    for member in [] if args.json else found:
        out.summary(member)
    return 0 if found else 1


def list_command(argv: Sequence[str], out: Output) -> int:
    parser = _base_parser("pns-errors list")
    ids = [c.value for c in Category]
    parser.add_argument("--category", choices=ids, help="only this category")
    parser.add_argument("--fix-by", choices=[f.value for f in FixBy], help="only codes this side must fix")
    parser.add_argument("--retry", choices=[r.value for r in Retry], help="only codes with this retry advice")
    args = _parse(parser, argv, out)
    members = [
        m
        for m in ErrorCode
        if args.category in (None, m.category.value)
        and args.fix_by in (None, m.fix_by.value)
        and args.retry in (None, m.retry.value)
    ]
    if args.json:
        out.json([m.to_dict() for m in members])
        return 0 if members else 1
    if not members:
        out.line(out.t("no code matches these filters"))
        return 1
    for category in Category:
        if not any(m.category is category for m in members):
            continue
        out.line(out.style.heading(f"{category.localized(out.language).title} ({category.value})"))
        for member in members:
            if member.category is category:
                out.summary(member)
        out.line()
    return 0


def _found_dict(found: Found) -> dict[str, Any]:
    if found.error is None:
        category = category_of(found.code)
        return {
            "code": found.code,
            "known": False,
            "category": category.value if category else None,
            "nearest": [m.value for m in nearest(found.code)],
            "count": found.count,
            "request_ids": found.request_ids,
        }
    return {
        **found.error.to_dict(),
        "count": found.count,
        "request_ids": found.request_ids,
        "found_by": "message" if found.by_message else "code",
    }


def explain_command(argv: Sequence[str], out: Output, err: Output) -> int:
    parser = _base_parser("pns-errors explain", "pns-errors explain [--json] [FILE ...]")
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="logs or pastes to read; none or - reads standard input"
    )
    args = _parse(parser, argv, out, err)
    sources = []
    try:
        for name in args.files or ["-"]:
            if name == "-":
                if hasattr(sys.stdin, "reconfigure"):
                    sys.stdin.reconfigure(errors="replace")
                sources.append(sys.stdin)
            else:
                sources.append(open(name, encoding="utf-8", errors="replace"))  # noqa: SIM115 (closed below)
        result = scan(*sources)
    except OSError as error:
        parser.error(f"cannot read {error.filename}: {error.strerror}")
    finally:
        for source in sources:
            if source is not sys.stdin:
                source.close()
    found = result.codes
    if args.json:
        out.json({"found": [_found_dict(f) for f in found], "success": result.successes > 0})
    elif not found:
        out.line(out.t("This is a success (code 0): no error in it." if result.successes else "No error code found."))
    for item in [] if args.json else found:
        s = out.style
        times = f"  ×{item.count}" if item.count > 1 else ""
        if item.error is None:
            near = ", ".join(str(m.value) for m in nearest(item.code, 3))
            out.line(
                out.t(
                    "{0}  not in this catalog (version {1}); nearest: {2}{3}",
                    s.bold(str(item.code)),
                    VERSION,
                    near,
                    times,
                )
            )
        else:
            known = item.error
            out.line(f"{s.bold(str(item.code))}  {s.bold(known.localized(out.language).message)}{times}")
            facts = [known.name, known.category.localized(out.language).title]
            out.line("  " + s.dim(" · ".join([*facts, out.t("fix by {0}", known.fix_by.label_in(out.language))])))
            if item.by_message:
                out.line("  " + s.dim(out.t("recognised by its message: the paste holds no code")))
        if item.request_ids:
            more = out.t(" (+{0} more)", len(item.request_ids) - 5) if len(item.request_ids) > 5 else ""
            out.line(f"  requestId: {', '.join(item.request_ids[:5])}{more}")
        if item.error is not None:
            out.line(f"  {s.link(out.doc_url(item.error))}")
    return 0 if any(f.error is not None for f in found) else 1


def _sign_parser() -> _Parser:
    from .signing import ALGORITHMS

    parser = _base_parser(
        "pns-errors sign",
        "pns-errors sign --access-key KEY --action ACTION [--biz-type 5] [--ts MS] [--body TEXT | --body @FILE]\n"
        "                       [--algorithm sha256] [--form] [--secret-env NAME] [--check SIGN] [--json]",
    )
    parser.add_argument("--access-key", required=True, help="the accessKey header")
    parser.add_argument("--action", required=True, help="the action header, e.g. bindAXB")
    parser.add_argument("--biz-type", default="5", help="the bizType header (default 5, privacy numbers)")
    parser.add_argument("--ts", help="the ts header in milliseconds (default: now)")
    parser.add_argument("--body", default="", help="the exact JSON text sent, or @FILE to read it byte for byte")
    parser.add_argument("--algorithm", choices=ALGORITHMS, default="md5")
    parser.add_argument("--form", action="store_true", help="a multipart/form-data request: no body in the signature")
    parser.add_argument("--secret-env", metavar="NAME", help="read the accessSecret from this environment variable")
    parser.add_argument(
        "--check", metavar="SIGN", help="the sign the client sent: say whether it is right, and why not"
    )
    return parser


def _sign_body(parser: _Parser, body: str) -> str | bytes:
    """The body as given, or the bytes of the file after `@`."""
    if not body.startswith("@"):
        return body
    try:
        with open(body[1:], "rb") as file:
            return file.read()
    except OSError as error:
        parser.error(f"cannot read {body[1:]}: {error.strerror}")
        raise  # not reached: error() exits


def _sign_secret(parser: _Parser, secret_env: str | None) -> str:
    """The secret never comes from a plain argument: it would stay in the shell's history."""
    if secret_env:
        secret = os.environ.get(secret_env)
        if secret is None:
            parser.error(f"the environment variable {secret_env} is not set")
        return str(secret)
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("accessSecret (not shown): ")
    parser.error("give the accessSecret with --secret-env NAME (it is never taken as an argument)")
    raise AssertionError  # not reached: error() exits


def sign_command(argv: Sequence[str], out: Output, err: Output) -> int:
    from . import signing
    from ._script_phrases import SCRIPT_PHRASES, translate

    parser = _sign_parser()
    args = _parse(parser, argv, out, err)
    body = _sign_body(parser, args.body)
    secret = _sign_secret(parser, args.secret_env)
    if args.ts is None:
        import time

        args.ts = str(int(time.time() * 1000))
    headers = {"accessKey": args.access_key, "action": args.action, "bizType": args.biz_type, "ts": args.ts}
    try:
        text = signing.string_to_sign(headers, body, secret, form=args.form)
        expected = signing.sign(headers, body, secret, args.algorithm, form=args.form)
    except ValueError as error:
        parser.error(str(error))
    shown = text[: len(text) - len(secret)] + "*" * min(len(secret), 12) if secret else text
    sent = {**headers, "sign": args.check or "", "algorithm": args.algorithm}
    findings = signing.diagnose(sent, body, secret, form=args.form) if args.check else []
    status = 0 if not args.check or args.check.strip() == expected else 1
    verdict = translate(out.language, SCRIPT_PHRASES["verdict_match" if status == 0 else "verdict_mismatch"])
    if args.json:
        document: dict[str, Any] = {
            "headers": {**headers, "sign": expected, "algorithm": args.algorithm},
            "headersStr": signing.headers_str(headers),
            "string_to_sign": shown,
            "sign": expected,
        }
        if args.check:
            document["check"] = {"sent": args.check, "matches": status == 0, "verdict": verdict}
            document["findings"] = [
                {"kind": f.kind, "params": f.params, "message": f.text(out.language)} for f in findings
            ]
        out.json(document)
        return status
    out.line(f"headersStr:     {signing.headers_str(headers)}")
    out.line(f"string to sign: {shown}")
    out.line(f"sign ({args.algorithm}):    {expected}")
    if args.check:
        out.line()
        out.line(verdict)
        for finding in findings:
            out.line(
                textwrap.fill(finding.text(out.language), out.width, initial_indent="  - ", subsequent_indent="    ")
            )
    return status


def _run(args: list[str], out: Output, err: Output) -> int:
    # The first word that is not an option, nor the value of --lang, names the command.
    command = next((a for i, a in enumerate(args) if not a.startswith("-") and args[i - 1 : i] != ["--lang"]), None)
    if command in COMMANDS:
        args.remove(command)
        if command == "explain":
            return explain_command(args, out, err)
        if command == "sign":
            return sign_command(args, out, err)
        return search_command(args, out) if command == "search" else list_command(args, out)
    if command is None and not any(a in ("-h", "--help", "--version") for a in args):
        _base_parser("pns-errors").print_help(sys.stderr)
        return 2
    return lookup(args, out, err)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # An output encoding without some character (ascii, cp1252): print what it can.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    out, err = Output(sys.stdout), Output(sys.stderr)
    try:
        try:
            status = _run(args, out, err)
        except SystemExit as done:  # argparse's way of finishing: keep its status
            status = done.code if isinstance(done.code, int) else 2
        sys.stdout.flush()  # a full disk shows here, not at exit
        return status
    except BrokenPipeError:  # `pns-errors list | head`
        sys.stderr.close()
        return 0
    except OSError as error:  # `pns-errors 1003 > /dev/full`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
        print(f"pns-errors: cannot write the output: {error.strerror or error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
