"""llms.txt and llms-full.txt (llmstxt.org): generated from errors.yaml, every code, absolute links that resolve."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urldefrag

import pytest
import yaml
from links import targets

from conftest import REPO

SOURCE = yaml.safe_load((REPO / "errors.yaml").read_text(encoding="utf-8"))
SITE = SOURCE["catalog"]["site_url"]
FILES = ["docs/llms.txt", "docs/llms-full.txt"]


def test_llms_txt_has_the_format_and_every_code() -> None:
    text = (REPO / "docs/llms.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == f"# {SOURCE['catalog']['title']}" and lines[2].startswith("> ")  # H1, then the summary
    for e in SOURCE["errors"]:
        assert f"- [{e['code']} {e['message']}]({SITE}errors/{e['code']}/): `{e['name']}`" in text
    assert "## Guides" in text and "## Optional" in text


def test_llms_full_has_every_code_in_full() -> None:
    text = (REPO / "docs/llms-full.txt").read_text(encoding="utf-8")
    for e in SOURCE["errors"]:
        section = text.split(f"\n## {e['code']} {e['message']}\n")[1].split("\n## ")[0]
        assert f"Enum name: `{e['name']}`" in section
        assert f"Page: {SITE}errors/{e['code']}/" in section
        assert "### Causes and solutions" in section and "Who fixes it:" in section and "Retry:" in section
        first_words = e["solution"].split()[:3]
        assert " ".join(first_words) in " ".join(section.split()), e["code"]


@pytest.mark.parametrize("rel", FILES)
def test_links_are_absolute_and_resolve_in_the_built_site(rel: str, built_site: Path) -> None:
    text = (REPO / rel).read_text(encoding="utf-8")
    links = targets(text) + re.findall(r"(?<![(<])\bhttps?://\S+?(?=[\s)]|$)", text)
    assert len(links) > 18
    for link in links:
        assert re.match(r"(https?|mailto):", link), f"{rel}: relative link {link!r}"
        if not link.startswith(SITE):
            continue
        path, anchor = urldefrag(link.rstrip(".,;"))
        local = built_site / path[len(SITE) :]
        page = local / "index.html" if path.endswith("/") else local
        assert page.is_file(), f"{rel}: {link} does not exist in the built site"
        if anchor:
            assert f'id="{anchor}"' in page.read_text(encoding="utf-8"), f"{rel}: {link}: no such anchor"


def test_they_say_they_are_generated() -> None:
    for rel in FILES:
        assert (
            (REPO / rel)
            .read_text(encoding="utf-8")
            .rstrip()
            .endswith("generated from errors.yaml by `python -m generator`; do not edit.")
        )
