"""Codes live forever: deprecation, retirement, aliases, releases, the guard and the changelog."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from browser import browser, serve

from conftest import NEW_CODE, REPO, build_site, copy_project, replace_in, run_generator

pytestmark = pytest.mark.xdist_group("history")  # its module fixtures build one released site

SCHEMA = json.loads((REPO / "docs/errors.schema.json").read_text(encoding="utf-8"))


edit = replace_in


def refused(root: Path, fragment: str) -> str:
    result = run_generator(root)
    assert result.returncode == 2, result.stdout + result.stderr
    assert fragment in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


# The changes of a version 1.1.0, written as a person would write them.
VERSION_1_1 = [
    ("  version: 1.0.0", "  version: 1.1.0"),
    (
        "    name: FAILED_TO_RETRIEVE_DATA\n    category: pns\n    since: 1.0.0\n",
        "    name: FAILED_TO_RETRIEVE_DATA\n    category: pns\n    since: 1.0.0\n"
        "    deprecated:\n      since: 1.1.0\n      reason: The API now reports this failure as 10005\n"
        "      replaced_by: 10005\n",
    ),
    (
        "    name: BINDING_NUMBER_EXCEPTION\n    category: pns\n    since: 1.0.0\n",
        "    name: BINDING_NUMBER_EXCEPTION\n    category: pns\n    since: 1.0.0\n"
        "    retired:\n      since: 1.1.0\n      reason: The API no longer returns it since the 2026 number pool rework\n",
    ),
    ("    name: NO_VIRTUAL_NUMBER\n", "    name: USER_HAS_NO_VIRTUAL_NUMBER\n    aliases: [NO_VIRTUAL_NUMBER]\n"),
    ("message: Virtual number exhausted", "message: Virtual numbers exhausted"),
]


def version_1_1(root: Path) -> None:
    edit(root, *VERSION_1_1)
    with (root / "errors.yaml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_CODE)


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project where version 1.1.0 was made and released."""
    root = copy_project(tmp_path_factory.mktemp("v11"))
    version_1_1(root)
    result = run_generator(root, "--release")
    assert result.returncode == 0, result.stderr
    assert "released releases/1.1.0.json" in result.stdout
    return root


def test_seed_catalog_is_released_and_carries_since_everywhere() -> None:
    release = json.loads((REPO / "releases/1.0.0.json").read_text(encoding="utf-8"))
    assert len(release["errors"]) == 18
    current = json.loads((REPO / "docs/errors.json").read_text(encoding="utf-8"))
    assert all(e["since"] == "1.0.0" for e in current["errors"])


def test_deleting_a_published_code_is_refused(project: Path) -> None:
    text = (project / "errors.yaml").read_text(encoding="utf-8")
    (project / "errors.yaml").write_text(text[: text.index("  - code: 10013")], encoding="utf-8")
    stderr = refused(project, "code 10013 NO_BINDING_NUMBER was published in 1.0.0")
    assert "mark it `retired:" in stderr


def test_renaming_without_alias_is_refused(project: Path) -> None:
    edit(project, ("name: INVALID_SIGNATURE", "name: BAD_SIGNATURE"))
    refused(project, "keep it as `aliases: [INVALID_SIGNATURE]`")


def test_lowering_the_version_is_refused(project: Path) -> None:
    edit(project, ("  version: 1.0.0", "  version: 0.9.0"))
    refused(project, "catalog version 0.9.0 is lower than the published 1.0.0")


def test_reusing_a_retired_code_is_refused(released: Path, tmp_path: Path) -> None:
    root = copy_project(tmp_path / "reuse")
    version_1_1(root)
    for name in ("releases",):
        for path in (released / name).iterdir():
            (root / name / path.name).write_bytes(path.read_bytes())
    edit(root, ("message: Exception in binding numbers", "message: Binding quota reached"))
    refused(root, "a retired code is never reused for a new meaning")
    edit(root, ("message: Binding quota reached", "message: Exception in binding numbers"))
    assert run_generator(root).returncode == 0
    edit(
        root,
        (
            "    retired:\n      since: 1.1.0\n      reason: The API no longer returns it since the 2026 number pool rework\n",
            "",
        ),
    )
    refused(root, "a retired code never comes back")


def test_deliberate_override_is_possible_but_loud(project: Path) -> None:
    text = (project / "errors.yaml").read_text(encoding="utf-8")
    text = text[: text.index("  - code: 10013")]
    text = text.replace(
        "\ncategories:", "\nallow_breaking:\n  - code: 10013\n    reason: published by mistake\n\ncategories:"
    )
    (project / "errors.yaml").write_text(text, encoding="utf-8")
    for args in ((), ("--check",)):
        result = run_generator(project, *args)
        assert "WARNING: breaking change allowed by allow_breaking (published by mistake)" in result.stderr
    assert "**Removed**" in (project / "docs/changelog.md").read_text(encoding="utf-8")


def test_releasing_a_changed_catalog_under_a_released_version_is_refused(released: Path, tmp_path: Path) -> None:
    root = copy_project(tmp_path / "again")
    edit(root, ("message: Virtual number exhausted", "message: Out of virtual numbers"))
    result = run_generator(root, "--release")
    assert result.returncode == 2 and "release 1.0.0 is already published" in result.stderr


def test_changelog_lists_what_changed_between_versions(released: Path) -> None:
    text = (released / "docs/changelog.md").read_text(encoding="utf-8")
    newer, older = text.split("## 1.1.0\n")[1].split("## 1.0.0\n")
    assert "**Added**" in newer and "[10014](errors/10014.md) Binding expired" in newer
    assert "**Deprecated**" in newer and "[10009](errors/10009.md)" in newer
    assert "**Retired**" in newer and "[10006](errors/10006.md)" in newer
    assert "`NO_VIRTUAL_NUMBER` → `USER_HAS_NO_VIRTUAL_NUMBER`" in newer
    assert "“Virtual number exhausted” → “Virtual numbers exhausted”" in newer
    assert "First version of the catalog, with 18 codes." in older
    assert "(unreleased)" not in text


def test_enum_keeps_every_member_with_its_status(released: Path) -> None:
    script = """
from pns_errors import ErrorCode
assert ErrorCode(10006).retired and ErrorCode.get(10006) is ErrorCode.BINDING_NUMBER_EXCEPTION
assert ErrorCode(10006).retirement.since == "1.1.0"
assert ErrorCode(10009).deprecated and not ErrorCode(10009).retired
assert ErrorCode(10009).replaced_by is ErrorCode.FAILED_TO_GET_NUMBER
assert ErrorCode.NO_VIRTUAL_NUMBER is ErrorCode.USER_HAS_NO_VIRTUAL_NUMBER
assert ErrorCode["NO_VIRTUAL_NUMBER"] is ErrorCode(10008)
assert ErrorCode(10008).name == "USER_HAS_NO_VIRTUAL_NUMBER"
assert len(ErrorCode) == 19 and not ErrorCode(1003).deprecated and ErrorCode(1003).replaced_by is None
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(released / "src")},
        cwd=released,
    )
    assert done.stdout == "ok\n", done.stderr


def test_json_carries_status_and_validates_against_its_schema(released: Path) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    for root in (REPO, released):
        document = json.loads((root / "docs/errors.json").read_text(encoding="utf-8"))
        jsonschema.validate(document, SCHEMA)
    by_code: dict[int, Any] = {e["code"]: e for e in document["errors"]}
    assert document["catalog"]["version"] == "1.1.0"
    assert by_code[10009]["status"] == "deprecated" and by_code[10009]["deprecated"]["replaced_by"] == 10005
    assert by_code[10006]["status"] == "retired" and by_code[10006]["retired"]["since"] == "1.1.0"
    assert by_code[10008]["aliases"] == ["NO_VIRTUAL_NUMBER"]


def test_cli_shows_the_status(released: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pns_errors", "10009", "10006"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(released / "src")},
    )
    assert (
        "DEPRECATED since 1.1.0: The API now reports this failure as 10005; use 10005 FAILED_TO_GET_NUMBER"
        in done.stdout
    )
    assert "RETIRED in 1.1.0" in done.stdout


@pytest.fixture(scope="module")
def released_site(released: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    site = build_site(released, tmp_path_factory.mktemp("v11-site"))
    with serve(site) as base, browser() as chromium:
        yield base, chromium


@pytest.mark.browser
def test_banners_badges_and_retired_codes_stay_searchable(released_site: tuple[str, Any]) -> None:
    base, chromium = released_site
    page = chromium.new_page()
    page.goto(f"{base}errors/10009/")
    banner = page.locator("article .admonition.warning")
    assert "Deprecated since 1.1.0" in banner.inner_text()
    banner.locator("a").click()
    page.wait_for_url(f"{base}errors/10005/")
    page.goto(f"{base}errors/10006/")
    retired = page.locator("article .admonition.danger")
    assert "Retired in 1.1.0" in retired.inner_text() and "never be reused" in retired.inner_text()
    page.goto(f"{base}errors/")
    assert page.locator("tr:has(a[href$='10006/']) .status--retired").inner_text().lower() == "retired"
    assert page.locator("tr:has(a[href$='10009/']) .status--deprecated").count() == 1
    field = page.locator("input.md-search__input")
    field.click()
    field.press_sequentially("10006", delay=20)
    page.wait_for_function(
        "() => { const a = document.querySelector('.md-search-result__item .md-search-result__link');"
        " return a && new URL(a.href).searchParams.get('h') === '10006'; }"
    )
    assert "errors/10006/" in str(page.locator(".md-search-result__link").first.get_attribute("href"))
    page.goto(f"{base}changelog/")
    assert "1.1.0" in page.locator("article").inner_text()


def test_a_damaged_release_is_reported_not_a_traceback(project: Path) -> None:
    (project / "releases/1.0.0.json").write_text('{"catalog": {}}', encoding="utf-8")
    result = run_generator(project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "releases/1.0.0.json: cannot read this release" in result.stderr
    assert "git checkout -- releases/1.0.0.json" in result.stderr
