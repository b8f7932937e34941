"""Variants (also_sent) and synonyms are declared once, in errors.yaml, and reach every consumer.

A scratch copy of the project gets a new variant for 10013 and new synonyms for 1003 (English
and Chinese); after `make generate`, each consumer sees them: errors.json, the enum, the CLI's
lookup, `explain` and `search`, the jump box's codes.json, both languages' code pages and the
site search's index (their tags). Bug caught: a consumer with its own copy of the wordings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, build_site, run_generator

VARIANT = "binding was released"
SYNONYM = "sigil mismatch"
SYNONYM_ZH = "印章不符"


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import copy_project

    root = copy_project(tmp_path_factory.mktemp("wordings"))
    source = root / "errors.yaml"
    text = source.read_text(encoding="utf-8")
    anchor = '      - text: "binding not exist"\n'
    assert anchor in text
    text = text.replace(anchor, f'      - text: "{VARIANT}"\n        seen_in: "a test log"\n' + anchor, 1)
    text = text.replace('    synonyms: ["sign", ', f'    synonyms: ["{SYNONYM}", "sign", ', 1)
    text = text.replace('        synonyms: ["签名错误", ', f'        synonyms: ["{SYNONYM_ZH}", "签名错误", ', 1)
    source.write_text(text, encoding="utf-8")
    done = run_generator(root)
    assert done.returncode == 0, done.stderr
    return root


def pns(root: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pns_errors", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root / "src"), "COLUMNS": "80"},
        cwd=root,
        timeout=60,
    )


def test_errors_json_and_the_enum_carry_them(scratch: Path) -> None:
    records = {e["code"]: e for e in json.loads((scratch / "docs/errors.json").read_text("utf-8"))["errors"]}
    assert {"text": VARIANT, "seen_in": "a test log"} in records[10013]["also_sent"]
    assert SYNONYM in records[1003]["synonyms"] and SYNONYM_ZH in records[1003]["translations"]["zh"]["synonyms"]
    code = (
        "from pns_errors import ErrorCode as E;"
        "print([v.text for v in E(10013).also_sent], E(1003).synonyms[0], E(1003).localized('zh').synonyms[0])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(scratch / "src")},
        timeout=60,
    )
    assert done.stdout.strip() == f"['{VARIANT}', 'binding not exist'] {SYNONYM} {SYNONYM_ZH}"


def test_the_cli_recognises_them(scratch: Path) -> None:
    assert pns(scratch, VARIANT.upper() + ".").stdout.startswith("10013  ")
    found = json.loads(pns(scratch, "explain", "--json", stdin=f'{{"msg": "{VARIANT}"}}').stdout)["found"]
    assert [(f["code"], f["found_by"]) for f in found] == [(10013, "message")]
    assert pns(scratch, "search", SYNONYM).stdout.split()[0] == "1003"
    assert pns(scratch, "search", SYNONYM_ZH).stdout.split()[0] == "1003"
    assert pns(REPO, "search", SYNONYM).returncode == 1  # the real catalog does not know them


def test_the_jump_box_data_carries_them(scratch: Path) -> None:
    for folder in ("docs", "docs-zh"):
        rows = {row[0]: row for row in json.loads((scratch / folder / "errors/codes.json").read_text("utf-8"))["codes"]}
        assert VARIANT in rows[10013][6] and SYNONYM in rows[1003][7] and SYNONYM_ZH in rows[1003][7]


def test_both_languages_pages_and_the_search_index_carry_them(scratch: Path, tmp_path: Path) -> None:
    english = (scratch / "docs/errors/10013.md").read_text("utf-8")
    chinese = (scratch / "docs-zh/errors/10013.md").read_text("utf-8")
    assert f"`{VARIANT}` (seen in a test log)" in english and f"`{VARIANT}`" in chinese
    assert "The API may also send" in english and "API 也可能返回" in chinese
    assert SYNONYM in (scratch / "docs/errors/1003.md").read_text("utf-8")
    site = build_site(scratch, tmp_path / "site")
    for index, page, word in [
        (site / "search/search_index.json", "errors/10013/", "released"),
        (site / "search/search_index.json", "errors/1003/", "sigil"),
        (site / "zh/search/search_index.json", "errors/1003/", "印章"),
    ]:
        docs = json.loads(index.read_text("utf-8"))["docs"]
        tags = next(doc for doc in docs if doc["location"] == page)["tags"]
        assert word in tags, (page, tags)
