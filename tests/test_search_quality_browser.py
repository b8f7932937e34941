"""The query set (tests/search_queries.tsv) through the real site search, in headless Chromium.

Each language's queries go through that language's site, built by MkDocs and by Zensical.
The rates are the issue's bar: top-1 >= 95 %, top-3 = 100 %, and no query meant to find
nothing lists a code page. What an engine cannot do is listed below, each with why; such
a case is asserted to still fail, so that a fixed engine shows up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import search_quality

pytestmark = pytest.mark.browser

# (engine, language) -> queries whose first result the engine cannot get right, and why.
NO_BOOST = "Zensical's search has no boost and no tags: a guide whose heading holds the words ranks first"
CANNOT: dict[tuple[str, str], dict[str, str]] = {
    ("mkdocs", "zh"): {
        # Material never ends a segment of a Chinese query at its last character: 发票下载 is
        # searched as 发* (and 下*), which finds 发送 ("send") on code pages.
        "发票下载": "Material drops a Chinese query's last character and adds a trailing wildcard",
    },
    ("zensical", "en"): {
        "signature": NO_BOOST,
        "missing header": NO_BOOST,
        "dark mode": "Zensical's search matches words approximately: a code page is listed",
    },
    ("zensical", "zh"): {
        "签名": NO_BOOST,
        "缺少请求头": NO_BOOST,
        "错误码 10004": NO_BOOST + " (the home page's)",
        "退款": "Zensical's search matches words approximately: code pages are listed",
    },
}


def test_the_query_set_is_big_and_varied() -> None:
    queries = search_quality.load()
    assert len(queries) >= 80
    for language in ("en", "zh"):
        kinds = {q.kind for q in queries if q.language == language}
        assert {"message", "variant", "synonym", "enum", "code", "typo", "none"} <= kinds, language


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_each_language_meets_the_bar(engine: str, request: pytest.FixtureRequest) -> None:
    # Bugs caught: a message, variant, synonym or enum name whose code page is not first (or
    # not in the first three); a query meant to find nothing that lists a code page.
    # One test per engine, every language in it: the set is measured once per engine.
    site: Path = request.getfixturevalue("built_site" if engine == "mkdocs" else "zensical_site")
    for language, (queries, ranked) in search_quality.measure(site, engine).items():
        every = search_quality.rate(queries, ranked)
        print(f"{engine} {language}: top-1 {every.top1:.1%}, top-3 {every.top3:.1%}, MRR {every.mrr:.3f}")
        known = CANNOT.get((engine, language), {})
        assert every.top3 == 1.0, (language, every.misses)
        kept = [(q, r) for q, r in zip(queries, ranked, strict=True) if q.text not in known]
        rates = search_quality.rate([q for q, _ in kept], [r for _, r in kept])
        assert rates.top1 >= 0.95, (language, rates.misses)
        assert not rates.false_finds, (language, rates.false_finds)
        for query in known:  # still beyond the engine: when it is not, take it off the list
            failed = [m for m in every.misses + every.false_finds if m.startswith(repr(query) + " ")]
            assert failed, f"{engine} now gets {query!r} right: remove it from CANNOT"
