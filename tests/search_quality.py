"""The query set (tests/search_queries.tsv) run through a built site's real search.

Shared by tests/test_search_quality_browser.py (which asserts the rates) and
benchmarks/bench.py (which prints them): each query is typed into the search box of
a page of the served site, and the ranked pages it lists are read back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

QUERIES = Path(__file__).with_name("search_queries.tsv")
CODE_PAGE = re.compile(r"/errors/([0-9]+)/$")


@dataclass(frozen=True)
class Query:
    language: str
    text: str
    kind: str
    accept: frozenset[int]  # empty: the query must find no code page

    @property
    def finds_nothing(self) -> bool:
        return not self.accept


def load(path: Path = QUERIES) -> list[Query]:
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["lang", "query", "kind", "accept"], rows[0]
    queries = []
    for language, text, kind, accept in rows[1:]:
        codes = frozenset() if accept == "none" else frozenset(int(code) for code in accept.split(","))
        queries.append(Query(language, text, kind, codes))
    return queries


def page_of(href: str) -> str:
    """A result's page: ``1003`` for a code page, else its path (without ?h= and #anchor)."""
    path = urlparse(href).path
    match = CODE_PAGE.search(path)
    return match.group(1) if match else path


def open_search(page: Any, base: str, engine: str) -> tuple[Any, str]:
    """Open a page's search once (its index loads once): the query field and the result links' selector."""
    page.goto(f"{base}errors/")
    if engine == "zensical":  # a dialog in a shadow root; Playwright's locators pierce it
        page.locator(".md-search__button").click()
        return page.locator("dialog[aria-label] input[role=combobox]"), "dialog[aria-label] a[href]"
    field = page.locator("input.md-search__input")
    field.click()
    return field, ".md-search-result__item > .md-search-result__link"


def results(page: Any, field: Any, links: str, query: str) -> list[str]:
    """The pages the open search lists for ``query``, best first (see page_of)."""

    def listed() -> list[str]:
        hrefs = [h for h in page.eval_on_selector_all(links, "els => els.map(e => e.href)") if h]
        return list(dict.fromkeys(page_of(h) for h in hrefs))

    field.fill("")  # an empty query lists nothing: no result of the previous query is read as this one's
    field.press("End")
    for _ in range(50):
        if not listed():
            break
        page.wait_for_timeout(50)
    field.fill(query)
    field.press("End")  # Material searches on keyup
    seen: list[list[str]] = []
    for _ in range(120):
        page.wait_for_timeout(100)
        ranked = listed()
        seen.append(ranked)
        if len(seen) >= 4 and all(s == ranked for s in seen[-4:]):
            return ranked
    raise TimeoutError(f"search for {query!r} never settled: {seen[-3:]}")


@dataclass
class Rates:
    top1: float
    top3: float
    mrr: float
    misses: list[str]  # queries whose first result is not acceptable, with what came first
    false_finds: list[str]  # queries meant to find nothing that listed a code page


def rate(queries: list[Query], ranked: list[list[str]]) -> Rates:
    top1 = top3 = 0
    reciprocal = 0.0
    misses: list[str] = []
    false_finds: list[str] = []
    scored = 0
    for query, pages in zip(queries, ranked, strict=True):
        codes = [int(p) for p in pages if p.isdigit()]
        if query.finds_nothing:
            if codes:
                false_finds.append(f"{query.text!r} -> {pages[:3]}")
            continue
        scored += 1
        rank = next((i + 1 for i, p in enumerate(pages) if p.isdigit() and int(p) in query.accept), 0)
        top1 += rank == 1
        top3 += 0 < rank <= 3
        reciprocal += 1 / rank if rank else 0.0
        if rank != 1:
            misses.append(f"{query.text!r} ({query.kind}) -> {pages[:3]}")
    return Rates(top1 / scored, top3 / scored, reciprocal / scored, misses, false_finds)


def measure(
    site: Path, engine: str, queries: list[Query] | None = None
) -> dict[str, tuple[list[Query], list[list[str]]]]:
    """Every query of the set against the built ``site`` (English at its root, each other
    language under /<lang>/), in real headless Chromium: {language: (queries, ranked pages)}."""
    from browser import browser, serve, watched_tab

    chosen = load() if queries is None else queries
    out: dict[str, tuple[list[Query], list[list[str]]]] = {}
    with serve(site) as root, browser() as chromium, watched_tab(chromium) as tab:
        for language in dict.fromkeys(q.language for q in chosen):
            mine = [q for q in chosen if q.language == language]
            base = root if language == "en" else f"{root}{language}/"
            field, links = open_search(tab, base, engine)
            out[language] = (mine, [results(tab, field, links, q.text) for q in mine])
    return out
