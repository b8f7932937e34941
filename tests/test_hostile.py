"""Hostile but valid text reaches the enum and the JSON exactly and shows literally on the site."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from browser import browser, serve

from conftest import REPO, build_site, copy_project, run_generator

pytestmark = pytest.mark.xdist_group("hostile")  # its module fixtures build one hostile site

HOSTILE = REPO / "tests" / "hostile.yaml"
# The h1's text without the permalink anchor that the toc extension appends.
HEADING_TEXT = """() => { const h = document.querySelector('article h1').cloneNode(true);
  h.querySelectorAll('.headerlink').forEach(a => a.remove()); return h.textContent.trim(); }"""


def source() -> dict[str, Any]:
    return dict(yaml.safe_load(HOSTILE.read_bytes().decode("utf-8")))


def normal_markdown(text: str) -> str:
    return text.replace("\r\n", "\n").strip() + "\n"


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("hostile"), releases=False)
    (root / "errors.yaml").write_bytes(HOSTILE.read_bytes())
    result = run_generator(root)
    assert result.returncode == 0, result.stderr
    return root


def test_the_file_really_has_crlf_line_endings() -> None:
    assert HOSTILE.read_bytes().count(b"\r\n") > 40


def test_enum_round_trips_exactly(hostile_project: Path) -> None:
    script = (
        "import json; from pns_errors._catalog import ErrorCode, TITLE\n"
        "print(json.dumps({'title': TITLE, 'errors': [[m.value, m.name, m.message, m.solution] for m in ErrorCode]}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(hostile_project / "src")},
        cwd=hostile_project,
    ).stdout
    got = json.loads(out)
    src = source()
    assert got["title"] == src["catalog"]["title"]
    expected = [[e["code"], e["name"], e["message"], normal_markdown(e["solution"])] for e in src["errors"]]
    assert got["errors"] == expected


def test_json_round_trips_exactly(hostile_project: Path) -> None:
    document = json.loads((hostile_project / "docs/errors.json").read_text(encoding="utf-8"))
    for got, want in zip(document["errors"], source()["errors"], strict=True):
        assert got["message"] == want["message"]
        assert got["solution"] == normal_markdown(want["solution"])


@pytest.fixture(scope="module")
def hostile_site(hostile_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(hostile_project, tmp_path_factory.mktemp("hostile-site"), strict=False)


@pytest.mark.browser
def test_no_script_from_the_catalog_runs_and_text_shows_literally(hostile_site: Path) -> None:
    errors = source()["errors"]
    with serve(hostile_site) as base, browser() as chromium:
        page = chromium.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for e in errors:
            page.goto(f"{base}errors/{e['code']}/")
            heading = page.evaluate(HEADING_TEXT)
            assert heading == f"{e['code']} — {e['message']}"
            assert page.title().startswith(f"{e['code']} — {e['message']}")
            assert page.locator("article ul").first.inner_text().startswith(f"Message: {e['message']}\n")
        for path, category in (("errors/", None), ("errors/common/", "common"), ("errors/pns/", "pns")):
            page.goto(base + path)
            text = page.locator("article").inner_text()
            for e in errors:
                if category in (None, e["category"]):
                    assert e["message"] in text, (path, e["message"])
        # The search index holds the messages too: search for them.
        page.goto(base + "errors/")
        page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").press_sequentially("alert", delay=30)
        page.wait_for_selector(".md-search-result__item", timeout=15000)
        results = page.locator(".md-search-result").inner_text()
        assert "1001 — <script>window.__pwned = 1; alert(1)</script>" in results, results
        assert page.evaluate("window.__pwned") is None
        assert dialogs == []
        description = page.goto(f"{base}errors/1003/")
        assert description is not None
        meta = page.locator('meta[name="description"]').get_attribute("content")
        assert meta is not None and errors[2]["message"] in meta
        assert page.evaluate("window.__pwned") is None
        assert page.locator("img[src=x]").count() == 0


class _Page(HTMLParser):
    """What a browser would build from one page: elements, title text, the h1's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.title = ""
        self.h1 = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "link", "img", "input", "br", "hr"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if "title" in self.open:
            self.title += data
        if "h1" in self.open and "a" not in self.open:  # the permalink anchor is not the heading
            self.h1 += data


def test_built_pages_escape_every_message_without_a_browser(hostile_site: Path) -> None:
    # The same promise as the browser test above, read from the HTML itself, so that a
    # machine without Chromium still catches an unescaped message.
    reference = _Page()
    reference.feed((hostile_site / "errors/index.html").read_text(encoding="utf-8"))
    scripts = sorted((a.get("src") or "").rsplit("/", 1)[-1] for t, a in reference.tags if t == "script")
    for e in source()["errors"]:
        page = _Page()
        page.feed((hostile_site / f"errors/{e['code']}/index.html").read_text(encoding="utf-8"))
        assert page.title.startswith(f"{e['code']} — {e['message']}"), page.title
        assert page.h1.strip() == f"{e['code']} — {e['message']}"
        assert sorted((a.get("src") or "").rsplit("/", 1)[-1] for t, a in page.tags if t == "script") == scripts
        assert not [(t, n) for t, a in page.tags for n in a if n.startswith("on")]  # no event handler
        assert not [a for t, a in page.tags if t == "img" and a.get("src") == "x"]
