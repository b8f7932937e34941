"""The pns-errors command, run as support staff run it."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

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
    assert found[0] == records[1003] and all(f == records[f["code"]] for f in found)
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


def test_output_the_terminal_cannot_encode_is_replaced_not_a_traceback() -> None:
    done = cli("1003", env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert done.stdout.startswith("1003  Invalid signature\n")
    assert "INVALID_SIGNATURE ? Common errors" in done.stdout  # "·" has no ASCII form
    as_json = cli("--json", "1003", env={"PYTHONIOENCODING": "ascii"})
    assert as_json.returncode == 0 and as_json.stdout.isascii()
    records = {e["code"]: e for e in json.loads((REPO / "docs/errors.json").read_text(encoding="utf-8"))["errors"]}
    assert json.loads(as_json.stdout) == [records[1003]]  # escaped, not lost


def test_a_full_disk_is_one_line_and_a_failure() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "pns_errors", "1003"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60
        )
    assert done.returncode == 1
    assert done.stderr == "pns-errors: cannot write the output: No space left on device\n"


def test_a_closed_pipe_is_silent() -> None:
    reader = subprocess.Popen(
        [sys.executable, "-m", "pns_errors", "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert reader.stdout is not None and reader.stderr is not None
    first = reader.stdout.readline()
    reader.stdout.close()  # as `| head -1` does
    assert reader.wait(timeout=60) == 0
    assert first.strip() and reader.stderr.read() == ""


@pytest.mark.parametrize("typed", ["１００３", "＃１００３", "Ｅ１００３", "ｅｒｒｏｒ　１００３"])
def test_full_width_input_is_understood(typed: str) -> None:
    done = cli(typed)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1003  Invalid signature\n")


def test_code_zero_is_success_not_an_unknown_error() -> None:
    done = cli("0")
    assert done.returncode == 1
    assert done.stderr == "0: not an error: code 0 means the request succeeded.\n"
    as_json = cli("--json", "0")
    assert json.loads(as_json.stdout) == [{"code": 0, "known": False, "success": True}]


LOG = (
    "2026-11-28 10:01:02 INFO bind ok code=0 requestId=ok-1\n"
    "2026-11-28 10:01:03 WARN bind failed code=1003 requestId=a1b2 ts=1655710885431\n"
    '{"code": 10099, "msg": "new", "requestId": "zz-1"}\n'
    "2026-11-28 10:01:04 WARN bind failed code=1003 requestId=e5f6 phoneA=85291234567\n"
)


def explain(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pns_errors", "explain", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80"},
        timeout=60,
    )


def test_explain_reads_a_log_file(tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    log.write_text(LOG, encoding="utf-8")
    done = explain(str(log))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "1003  Invalid signature  ×2"
    assert "  requestId: a1b2, e5f6" in lines
    assert "  https://pns-errors.example.org/errors/1003/" in lines
    assert any(line.startswith("10099  not in this catalog") for line in lines)
    assert "1655710885431" not in done.stdout.replace("ts=", "")  # a ts is never a code


def test_explain_reads_standard_input_and_several_files(tmp_path: Path) -> None:
    (tmp_path / "a.log").write_text("code=10004\n", encoding="utf-8")
    assert explain("-", stdin='{"code": 10010}').stdout.startswith("10010  Virtual number exhausted")
    both = explain(str(tmp_path / "a.log"), "-", stdin="E10011")
    assert [line.split()[0] for line in both.stdout.splitlines() if line[:1].isdigit()] == ["10004", "10011"]


def test_explain_json_is_the_record_plus_count_and_request_ids() -> None:
    done = explain("--json", stdin=LOG)
    document = json.loads(done.stdout)
    records = {e["code"]: e for e in json.loads((REPO / "docs/errors.json").read_text(encoding="utf-8"))["errors"]}
    assert document["success"] is True
    first, unknown = document["found"]
    assert first == {**records[1003], "count": 2, "request_ids": ["a1b2", "e5f6"], "found_by": "code"}
    assert unknown == {
        "code": 10099,
        "known": False,
        "category": "pns",
        "nearest": [10013, 10012, 10011, 10010, 10009],
        "count": 1,
        "request_ids": ["zz-1"],
    }


@pytest.mark.parametrize(
    ("stdin", "status", "says"),
    [
        ('{"code": 10099}', 1, "10099  not in this catalog"),  # only unknown codes
        ('{"code": 0, "msg": "success"}', 1, "This is a success (code 0): no error in it."),
        ("the binding does not work", 1, "No error code found."),
    ],
)
def test_explain_exit_status_when_no_known_code(stdin: str, status: int, says: str) -> None:
    done = explain(stdin=stdin)
    assert done.returncode == status and done.stdout.startswith(says)


def test_explain_usage_errors() -> None:
    missing = explain("/nonexistent/app.log")
    assert missing.returncode == 2
    assert "cannot read /nonexistent/app.log: No such file or directory" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_a_paste_given_as_a_code_points_to_explain() -> None:
    done = cli('{"code": 10004, "msg": "x"}')
    assert done.returncode == 2
    assert "give it to `pns-errors explain`" in done.stderr


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Invalid signature", 1003),
        ("binding not exist", 10013),  # a variant the API sends (also_sent)
        ("Missing common parameters", 1001),
        ("签名无效", 1003),  # the Chinese message
        ("Incorrect list page starting point.", 10012),  # longer than a code, with a full stop
    ],
)
def test_lookup_takes_a_message_or_a_variant(text: str, code: int) -> None:
    # Bug caught: `pns-errors "Invalid signature"` answering "not an error code" (exit 2).
    done = cli(text)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{code}  ")


def test_lookup_of_words_lists_the_codes_search_gives() -> None:
    done = cli("pagination")
    assert done.returncode == 1  # not a code, but not bad usage either
    assert "not an error code or a known message" in done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["10011", "10012"]
    assert [m["code"] for m in json.loads(cli("--json", "pagination").stdout)] == [10011, 10012]


def test_explain_finds_a_code_by_its_message_alone() -> None:
    # Bug caught: a paste whose `code` was stripped answering "No error code found."
    done = explain(stdin='{"msg":"binding not exist","requestId":"abc123"}')
    assert done.returncode == 0
    assert done.stdout.startswith("10013  User has no binding number")
    assert "recognised by its message" in done.stdout and "abc123" in done.stdout
    found = json.loads(explain("--json", stdin='{"msg":"binding not exist","requestId":"abc123"}').stdout)["found"]
    assert [(f["code"], f["found_by"], f["request_ids"]) for f in found] == [(10013, "message", ["abc123"])]


def test_a_code_field_beats_the_message_beside_it() -> None:
    # Bug caught: found-by-message overriding (or adding to) the record's real code.
    found = json.loads(explain("--json", stdin='{"code": 1003, "msg": "binding not exist"}').stdout)["found"]
    assert [(f["code"], f["found_by"]) for f in found] == [(1003, "code")]


@pytest.mark.parametrize(
    ("query", "first"),
    [("pagination", "10011"), ("签名", "1003"), ("号码耗尽", "10010"), ("clock skew", "1004"), ("验签失败", "1003")],
)
def test_search_finds_synonyms_in_both_languages(query: str, first: str) -> None:
    done = cli("search", query)
    assert done.returncode == 0 and done.stdout.split()[0] == first
