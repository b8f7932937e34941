"""The pns-errors command, run as support staff run it."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest

from conftest import REPO


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pns_errors", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80", **(env or {})},
        timeout=60,
    )


def test_lookup_explains_a_code() -> None:
    done = cli("10004")
    assert done.returncode == 0
    out = done.stdout
    assert out.startswith("10004  Different prefix for binding numbers\n")
    assert "BINDING_NUMBER_PREFIX_MISMATCH" in out and "Privacy number (PNS) errors" in out
    assert "country code of the virtual number" in out
    assert "More: https://pns-errors.example.org/errors/10004/" in out
    assert "\033[" not in out  # not a terminal: no colour


def test_solution_is_wrapped_and_links_show_their_url() -> None:
    out = cli("1003").stdout
    assert all(len(line) <= 80 for line in out.splitlines() if "://" not in line)
    assert "<https://github.com/nxtele/http-api-document/wiki/" in out
    # A link relative to the page resolves to the site's page, not to a .md file.
    assert "<https://pns-errors.example.org/guides/calling-conventions/#signature-algorithm>" in out
    assert "1. " in out and "2. " in out and "3. " in out  # the numbered causes stay numbered


@pytest.mark.parametrize("form", ["#10004", "E10004", "error 10004", "code: 10004", " 10004 "])
def test_lookup_accepts_the_jump_box_forms(form: str) -> None:
    done = cli(form)
    assert done.returncode == 0 and done.stdout.startswith("10004  ")


def test_several_codes_and_an_unknown_one() -> None:
    done = cli("1003", "10099", "10004")
    assert done.returncode == 1
    assert "1003  Invalid signature" in done.stdout and "10004  Different prefix" in done.stdout
    assert "10099: not in this catalog" in done.stderr
    assert "10013  User has no binding number" in done.stderr  # nearest known, same category


@pytest.mark.parametrize(("arg", "code"), [("abc", 2), ("", 2), ("99999999999999999999", 1), ("1.5", 2)])
def test_bad_input_never_shows_a_traceback(arg: str, code: int) -> None:
    done = cli(arg)
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip()


def test_no_arguments_is_a_usage_error_with_help() -> None:
    done = cli()
    assert done.returncode == 2 and "pns-errors search WORDS" in done.stderr


def test_search_and_list() -> None:
    done = cli("search", "exhausted")
    assert done.returncode == 0 and done.stdout.split()[0] == "10010"
    assert cli("search", "nothing", "matches", "this").returncode == 1
    listed = cli("list", "--category", "common").stdout
    assert "1001" in listed and "10001" not in listed
    assert cli("list", "--category", "nope").returncode == 2


def test_json_everywhere() -> None:
    looked_up = json.loads(cli("--json", "10004", "10099").stdout)
    records = {e["code"]: e for e in json.loads((REPO / "docs/errors.json").read_text(encoding="utf-8"))["errors"]}
    assert looked_up[0] == records[10004]  # one JSON shape per error: the CLI prints the errors.json record
    assert looked_up[1] == {
        "code": 10099,
        "known": False,
        "category": "pns",
        "nearest": [10013, 10012, 10011, 10010, 10009],
    }
    found = json.loads(cli("search", "--json", "signature").stdout)
    assert found == [records[1003]]
    everything = json.loads(cli("list", "--json").stdout)
    assert everything == list(records.values())


def _run_in_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run the CLI with a pseudo-terminal as its stdout, as a person sees it."""
    main, secondary = pty.openpty()
    done = subprocess.run(
        [sys.executable, "-m", "pns_errors", *args], stdout=secondary, stderr=subprocess.PIPE, env=env, timeout=60
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert done.returncode == 0
    return b"".join(chunks).decode()


def test_colour_only_on_a_terminal_and_never_with_no_color() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | {"TERM": "xterm"}
    assert "\033[1m" in _run_in_terminal(["10004"], env)
    assert "\033[" not in _run_in_terminal(["10004"], env | {"NO_COLOR": "1"})
