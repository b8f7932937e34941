"""The query set (tests/search_queries.tsv) through the real site search, in headless Chromium.

Each language's queries go through that language's site, built by MkDocs and by Zensical.
The rates are the issue's bar: top-1 >= 95 %, top-3 = 100 %, and no query meant to find
nothing lists a code page. What an engine cannot do is listed below, each with why; such
a case is asserted to still fail, so that a fixed engine shows up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import search_quality

pytestmark = pytest.mark.browser

# (engine, language) -> queries whose first result an engine cannot get right, and why.
CANNOT: dict[tuple[str, str], dict[str, str]] = {
    ("mkdocs", "zh"): {
        # Material never ends a segment of a Chinese query at its last character: 发票下载 is
        # searched as 发* (and 下*), which finds 发送 ("send") on code pages.
        "发票下载": "Material drops a Chinese query's last character and adds a trailing wildcard",
    },
}


@pytest.fixture(scope="module", params=["mkdocs", "zensical"])
def measured(request: pytest.FixtureRequest) -> tuple[str, dict[str, tuple[list[Any], list[list[str]]]]]:
    engine = request.param
    site: Path = request.getfixturevalue("built_site" if engine == "mkdocs" else "zensical_site")
    return engine, search_quality.measure(site, engine)


def test_the_query_set_is_big_and_varied() -> None:
    queries = search_quality.load()
    assert len(queries) >= 80
    for language in ("en", "zh"):
        kinds = {q.kind for q in queries if q.language == language}
        assert {"message", "variant", "synonym", "enum", "code", "typo", "none"} <= kinds, language


@pytest.mark.parametrize("language", ["en", "zh"])
def test_each_language_meets_the_bar(
    measured: tuple[str, dict[str, tuple[list[Any], list[list[str]]]]], language: str
) -> None:
    engine, results = measured
    queries, ranked = results[language]
    known = CANNOT.get((engine, language), {})
    rates = search_quality.rate(queries, ranked)
    unexpected_misses = [m for m in rates.misses if not any(repr(q) in m for q in known)]
    unexpected_finds = [m for m in rates.false_finds if not any(repr(q) in m for q in known)]
    print(f"{engine} {language}: top-1 {rates.top1:.1%}, top-3 {rates.top3:.1%}, MRR {rates.mrr:.3f}")
    assert rates.top1 >= 0.95, rates.misses
    assert rates.top3 == 1.0, rates.misses
    assert not unexpected_finds, unexpected_finds
    assert len(unexpected_misses) <= len(queries) // 20, unexpected_misses
    for query in known:  # still a limitation of the engine: when it is fixed, take it off the list
        assert any(repr(query) in m for m in rates.misses + rates.false_finds), (engine, query)
