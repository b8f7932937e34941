"""One shape per error: the enum's to_dict() is the errors.json record, and every
artifact read outside the site carries absolute links."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import pytest
import yaml
from links import targets

from conftest import REPO
from generator import history
from generator.render import render
from generator.validate import load
from pns_errors import Category, ErrorCode

DOCUMENT = json.loads((REPO / "docs/errors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("record", DOCUMENT["errors"], ids=lambda r: str(r["code"]))
def test_to_dict_is_the_errors_json_record(record: dict[str, Any]) -> None:
    assert ErrorCode(record["code"]).to_dict() == record


@pytest.mark.parametrize("record", DOCUMENT["categories"], ids=lambda r: r["id"])
def test_category_to_dict_is_its_errors_json_record(record: dict[str, Any]) -> None:
    assert Category(record["id"]).to_dict() == record


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):  # a JSON Schema's regular expressions are not Markdown
        return [s for k, v in value.items() if k != "pattern" for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def outside_artifacts() -> dict[str, list[str]]:
    """Every generated file not shown as a site page, as the texts a reader gets from it."""
    catalog = load((REPO / "errors.yaml").read_bytes())
    files = render(catalog, history.changelog(catalog, history.load_releases(REPO)))
    texts = {}
    for rel, content in files.items():
        if rel.endswith(".md"):
            continue
        texts[rel] = strings(json.loads(content)) if rel.endswith(".json") else [content]
    return texts


def test_the_source_really_has_relative_links() -> None:
    # Otherwise the test below proves nothing.
    source = yaml.safe_load((REPO / "errors.yaml").read_text(encoding="utf-8"))
    relative = [t for e in source["errors"] for t in targets(e["solution"]) if not re.match(r"[a-z]+:", t)]
    assert any(t.endswith(".md") or ".md#" in t for t in relative), relative


@pytest.mark.parametrize("rel", sorted(outside_artifacts()))
def test_no_artifact_outside_the_site_pages_has_a_relative_link(rel: str) -> None:
    for text in outside_artifacts()[rel]:
        for target in targets(text):
            assert re.match(r"(https?|mailto):", target), f"{rel}: relative link {target!r}"
            assert not re.search(r"\.md(#|$)", target), f"{rel}: link to a Markdown file {target!r}"


def test_the_cli_prints_absolute_links_only() -> None:
    codes = [str(e["code"]) for e in DOCUMENT["errors"]]
    done = subprocess.run(
        [sys.executable, "-m", "pns_errors", *codes], capture_output=True, text=True, timeout=60, check=True
    )
    assert "calling-conventions/#" in done.stdout  # the guide links are there, made absolute
    assert not re.search(r"\.md\b", done.stdout)
    assert "](" not in done.stdout
