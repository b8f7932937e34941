"""Triage data (fix_by, retry, ask_for) on every code, and every artifact agrees with errors.yaml."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import pytest
import yaml

from conftest import REPO
from pns_errors import ErrorCode, FixBy, PnsError, Retry

SOURCE: list[dict[str, Any]] = yaml.safe_load((REPO / "errors.yaml").read_text(encoding="utf-8"))["errors"]
RECORDS = {e["code"]: e for e in json.loads((REPO / "docs/errors.json").read_text(encoding="utf-8"))["errors"]}
# What a support agent must read on a code's page for each value: whose side, and what to do.
WHO_WORDS = {"caller": "developer", "account": "account", "provider": "NXCLOUD"}
RETRY_WORDS = {"no": "No", "refresh": "Yes, at once", "backoff": "Yes, later"}
INDEX_LABELS = {"caller": "Developer", "account": "Account", "provider": "NXCLOUD"}


def test_every_code_of_the_catalog_has_both_fields() -> None:
    missing = [e["code"] for e in SOURCE if e.get("fix_by") is None or e.get("retry") is None]
    assert missing == []
    assert {e["fix_by"] for e in SOURCE} == set(WHO_WORDS)  # the catalog uses every value
    assert {e["retry"] for e in SOURCE} == set(RETRY_WORDS)


@pytest.mark.parametrize("e", SOURCE, ids=lambda e: str(e["code"]))
def test_enum_json_and_pns_error_agree_with_the_yaml(e: dict[str, Any]) -> None:
    member = ErrorCode(e["code"])
    assert member.fix_by is FixBy(e["fix_by"]) and member.retry is Retry(e["retry"])
    assert member.retryable == (e["retry"] != "no")
    error = PnsError(e["code"])
    assert (error.fix_by, error.retry, error.retryable) == (member.fix_by, member.retry, member.retryable)
    record = RECORDS[e["code"]]
    assert (record["fix_by"], record["retry"]) == (e["fix_by"], e["retry"])
    assert record["ask_for"].strip() == e.get("ask_for", "").strip()


def test_an_unknown_code_is_not_retryable_and_has_no_side() -> None:
    error = PnsError(10500)
    assert error.retryable is False and error.retry is Retry.NO and error.fix_by is None


@pytest.mark.parametrize("e", SOURCE, ids=lambda e: str(e["code"]))
def test_the_code_page_says_who_fixes_it_and_whether_to_retry(e: dict[str, Any]) -> None:
    page = (REPO / f"docs/errors/{e['code']}.md").read_text(encoding="utf-8")
    who = re.search(r"^- \*\*Who fixes it:\*\* (.+)$", page, re.M)
    retry = re.search(r"^- \*\*Retry:\*\* (.+)$", page, re.M)
    assert who and WHO_WORDS[e["fix_by"]] in who.group(1)
    assert retry and retry.group(1).startswith(RETRY_WORDS[e["retry"]])
    if e.get("triage_note"):
        assert "**Why:**" in page


def test_the_index_has_a_who_fixes_it_column() -> None:
    index = (REPO / "docs/errors/index.md").read_text(encoding="utf-8")
    for e in SOURCE:
        row = re.search(rf"^\| \[{e['code']}\]\({e['code']}\.md\) \|[^|]*\| ([^|]*) \|", index, re.M)
        assert row and row.group(1).strip() == INDEX_LABELS[e["fix_by"]], e["code"]


def test_the_support_guide_tables_come_from_the_data() -> None:
    guide = (REPO / "docs/guides/support.md").read_text(encoding="utf-8")
    escalate = guide.split("BEGIN generated:escalate")[1].split("END generated:escalate")[0]
    assert sorted(map(int, re.findall(r"\[(\d+)\]", escalate))) == [
        e["code"] for e in SOURCE if e["fix_by"] == "provider"
    ]
    account = guide.split("BEGIN generated:account")[1].split("END generated:account")[0]
    assert sorted(map(int, re.findall(r"\[(\d+)\]", account))) == [
        e["code"] for e in SOURCE if e["fix_by"] == "account"
    ]
    ask = guide.split("BEGIN generated:ask-for")[1].split("END generated:ask-for")[0]
    assert sorted(map(int, re.findall(r"\[(\d+)\]", ask))) == [e["code"] for e in SOURCE if e.get("ask_for")]
    assert "## What to ask for" in guide and "never** the `accessSecret`" in guide  # hand-written prose stays


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pns_errors", *args], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("option", "key", "value"),
    [("--fix-by", "fix_by", "provider"), ("--retry", "retry", "backoff"), ("--fix-by", "fix_by", "account")],
)
def test_cli_filters(option: str, key: str, value: str) -> None:
    done = cli("list", option, value, "--json")
    assert done.returncode == 0
    assert [r["code"] for r in json.loads(done.stdout)] == [e["code"] for e in SOURCE if e[key] == value]


def test_cli_lookup_shows_both_and_refuses_a_bad_filter() -> None:
    done = cli("10009")
    assert "Who fixes it: NXCLOUD" in done.stdout and "Retry: yes, later" in done.stdout
    bad = cli("list", "--retry", "sometimes")
    assert bad.returncode == 2 and "invalid choice: 'sometimes'" in bad.stderr
    none = cli("list", "--fix-by", "provider", "--retry", "refresh")
    assert none.returncode == 1 and none.stdout == "no code matches these filters\n"
