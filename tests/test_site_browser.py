"""The support-desk site in a real headless Chromium: jump box, deep links, search, 404, crawl."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urldefrag, urlparse

import pytest
from browser import browser, serve

from conftest import SUBPATH_SITE_URL
from generator import clients

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module", params=["root", "sub-path", "zensical"])
def hosted(request: pytest.FixtureRequest) -> tuple[Path, str, str]:
    """The site at the root of its host, built for and served under /pns-errors/, and built by Zensical."""
    if request.param == "root":
        return request.getfixturevalue("built_site"), "/", "https://pns-errors.example.org/"
    if request.param == "zensical":
        return request.getfixturevalue("zensical_site"), "/", "https://pns-errors.example.org/"
    return request.getfixturevalue("subpath_site"), "/pns-errors/", SUBPATH_SITE_URL


@pytest.fixture(scope="module")
def site(hosted: tuple[Path, str, str]) -> Iterator[tuple[str, Any]]:
    built, prefix, _ = hosted
    with serve(built, prefix) as base, browser() as chromium:
        yield base, chromium


def jump(page: Any, base: str, text: str) -> None:
    page.goto(base)
    box = page.locator("form[data-jump] [name=code]")
    box.fill(text)
    box.press("Enter")


@pytest.mark.parametrize(
    "form",
    [
        "10004",
        " 10004 ",
        "#10004",
        "E10004",
        "error 10004",
        "code: 10004",
        "１０００４",
        "＃１０００４",
        "Ｅ１０００４",
    ],
)
def test_jump_box_opens_the_code_page(page: Any, base: str, form: str) -> None:
    jump(page, base, form)
    page.wait_for_url(f"{base}errors/10004/")
    assert page.locator("article h1").inner_text().startswith("10004 — Different prefix for binding numbers")
    assert page.errors == []


def test_jump_box_works_from_the_keyboard_alone(page: Any, base: str) -> None:
    page.goto(base)
    page.keyboard.type("1003")  # the box has the focus when the page opens
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}errors/1003/")


def test_unknown_code_stays_and_suggests_neighbours(page: Any, base: str) -> None:
    jump(page, base, "10099")
    result = page.locator(".jump-result")
    result.locator("a").first.wait_for()
    assert page.url == base
    assert "Error code 10099 is not in this catalog" in result.inner_text()
    links = result.locator("a")
    assert links.first.inner_text() == "10013 — No binding number"
    assert links.first.get_attribute("href") == f"{base}errors/10013/"
    assert links.count() == 5


def test_code_zero_is_success_not_an_unknown_error(page: Any, base: str) -> None:
    jump(page, base, "0")
    result = page.locator(".jump-result")
    result.get_by_text("it means the request succeeded").wait_for()
    assert page.url == base and result.locator("a").count() == 0  # no "nearest codes" for a success


def test_text_without_a_code_stays_and_says_so(page: Any, base: str) -> None:
    jump(page, base, "abc")
    result = page.locator(".jump-result")
    result.get_by_text("No error code found in what you pasted").wait_for()
    assert page.url == base


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Invalid signature", 1003),
        ("binding not exist", 10013),  # a variant the API sends
        ("Missing common parameters", 1001),
        ("签名无效", 1003),
        ('{"msg": "Timestamp has expired", "requestId": "r-1"}', 1004),
    ],
)
def test_jump_box_opens_the_code_of_a_message(page: Any, base: str, text: str, code: int) -> None:
    # Bug caught: the box answering "No error code found" to the message a customer quotes.
    jump(page, base, text)
    page.wait_for_url(f"{base}errors/{code}/")


def test_jump_box_offers_the_codes_words_match(page: Any, base: str) -> None:
    # Words that are no message: the codes `pns-errors search pagination` lists, in its order.
    jump(page, base, "pagination")
    links = page.locator(".jump-result .jump-suggestions a")
    links.first.wait_for()
    assert [t.split(" ")[0] for t in links.all_inner_texts()] == ["10011", "10012"]
    assert page.url == base and page.errors == []


def paste(page: Any, base: str, text: str) -> None:
    page.goto(base)
    box = page.locator("form[data-jump] [name=code]")
    box.fill(text)
    box.press("Enter")


def test_a_pasted_envelope_opens_its_code(page: Any, base: str) -> None:
    paste(page, base, '{\n  "code": 10004,\n  "msg": "prefix",\n  "requestId": "1640920940635361280"\n}')
    page.wait_for_url(f"{base}errors/10004/")
    assert page.errors == []


def test_a_pasted_log_with_two_codes_lists_both(page: Any, base: str) -> None:
    log = "10:01 code=1003 requestId=a1b2\n10:02 code=10009 requestId=c3d4\n10:03 E10099 requestId=e5f6\n"
    paste(page, base, log)
    found = page.locator(".jump-result .jump-found li")
    found.first.wait_for()
    items = found.all_inner_texts()
    assert page.url == base and len(items) == 3
    assert items[0].startswith("1003 — Invalid signature") and "a1b2" in items[0]
    assert items[1].startswith("10009 — Failed to retrieve data") and "c3d4" in items[1]
    assert items[2].startswith("10099 — not in this catalog (nearest: 10013, 10012, 10011)")
    assert page.locator(".jump-result a").first.get_attribute("href") == f"{base}errors/1003/"
    assert "3 error codes found" in page.locator(".jump-result").inner_text()
    assert page.errors == []


def test_a_pasted_success_says_so(page: Any, base: str) -> None:
    paste(page, base, '{"code": 0, "msg": "success", "requestId": "r-1", "data": {"bindId": "b-1"}}')
    page.locator(".jump-result").get_by_text("This response is a success").wait_for()
    assert page.url == base


def test_shift_enter_adds_a_line_and_enter_looks_up(page: Any, base: str) -> None:
    page.goto(base)
    page.keyboard.type('{"code":')
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("10010}")
    assert page.locator("form[data-jump] [name=code]").input_value() == '{"code":\n10010}'
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}errors/10010/")


def test_deep_link_opens_the_code(page: Any, base: str) -> None:
    page.goto(f"{base}?code=10004")
    page.wait_for_url(f"{base}errors/10004/")
    page.goto(f"{base}?code=E1003")
    page.wait_for_url(f"{base}errors/1003/")


def test_deep_link_to_an_unknown_code_suggests(page: Any, base: str) -> None:
    page.goto(f"{base}?code=1006")
    page.locator(".jump-result a").first.wait_for()
    assert page.locator(".jump-result a").first.inner_text().startswith("1005 — ")


def search_first(page: Any, base: str, query: str, engine: str) -> str:
    """The first result of the site's search for ``query``, typed as a person types it."""
    page.goto(f"{base}errors/")
    if engine == "zensical":  # its search is a dialog in a shadow root (Playwright's locators pierce it)
        page.locator(".md-search__button").click()
        field = page.locator("dialog[aria-label=Search] input[role=combobox]")
        link = "dialog[aria-label=Search] a[href]"
    else:
        field = page.locator("input.md-search__input")
        field.click()
        link = ".md-search-result__item .md-search-result__link"
    field.press_sequentially(query, delay=20)
    # Results update per keystroke, and Zensical re-ranks after it re-labels: wait until the
    # first result is for the whole query (?h=, from search.highlight) and stays put.
    first = page.locator(link).first
    seen: list[str] = []
    for _ in range(60):
        href = first.get_attribute("href") if first.count() else None
        if href and (parse_qs(urlparse(href).query).get("h") or [""])[0].lower() == query.lower():
            seen.append(href)
            if len(seen) >= 3 and len(set(seen[-3:])) == 1:
                return href
        page.wait_for_timeout(250)
    raise TimeoutError(f"search for {query!r} never settled: {seen[-3:]}")


# Zensical's search has no `boost` (README: "Moving to Zensical"): a word that a guide's
# heading also holds ranks the guide first there. Strict: a fix in Zensical shows up.
NO_BOOST = pytest.mark.xfail(
    strict=True, raises=AssertionError, reason="Zensical's search has no boost: the guide ranks first"
)


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("1003", 1003),
        ("10004", 10004),
        ("10013", 10013),
        ("signature", 1003),
        ("exhausted", 10010),
        ("INVALID_SIGNATURE", 1003),
    ],
)
def test_material_search_finds_the_right_page_first(
    page: Any, base: str, query: str, code: int, hosted: tuple[Path, str, str], request: pytest.FixtureRequest
) -> None:
    engine = "zensical" if "zensical" in str(hosted[0]) else "mkdocs"
    if engine == "zensical" and query == "signature":
        request.applymarker(NO_BOOST)
    href = search_first(page, base, query, engine)
    assert re.search(rf"errors/{code}/(\?h=[^#]*)?(#.*)?$", href), href  # ?h= is search.highlight


def test_404_for_an_unknown_code_suggests_nearest(page: Any, base: str) -> None:
    response = page.goto(f"{base}errors/10099/")
    assert response.status == 404
    page.locator("[data-not-found] a[href*='10013']").first.wait_for()
    assert page.locator("[data-not-found] h1").inner_text() == "Error code 10099 is not in this catalog"


def test_404_elsewhere_offers_the_jump_box(page: Any, base: str) -> None:
    response = page.goto(f"{base}no/such/page/")
    assert response.status == 404
    assert page.locator("[data-not-found] h1").inner_text() == "Page not found"
    box = page.locator("form[data-jump] [name=code]")
    box.fill("10004")
    box.press("Enter")
    page.wait_for_url(f"{base}errors/10004/")


def test_index_filter_narrows_the_table(page: Any, base: str) -> None:
    page.goto(f"{base}errors/")
    rows = page.locator("article table tbody tr")
    assert rows.count() == 18
    page.locator("input[data-filter]").press_sequentially("exhausted")
    visible = page.locator("article table tbody tr:visible")
    assert visible.count() == 1 and visible.first.inner_text().startswith("10010")
    page.locator("input[data-filter]").fill("1003")
    page.locator("input[data-filter]").dispatch_event("input")
    assert page.locator("article table tbody tr:visible").count() == 1


def test_index_filters_by_who_fixes_it(page: Any, base: str) -> None:
    page.goto(f"{base}errors/")
    page.locator("select[data-filter-fix-by]").select_option("NXCLOUD")
    visible = page.locator("article table tbody tr:visible td:first-child").all_inner_texts()
    assert visible == ["10005", "10006", "10007", "10009"]  # fix_by: provider in errors.yaml
    assert page.locator(".filter-status").inner_text() == "4 of 18 codes match"
    page.locator("input[data-filter]").fill("failed")
    page.locator("input[data-filter]").dispatch_event("input")
    assert page.locator("article table tbody tr:visible td:first-child").all_inner_texts() == ["10005", "10009"]
    assert page.errors == []


def test_code_page_has_everything_support_needs(page: Any, base: str, hosted: tuple[Path, str, str]) -> None:
    site_url = hosted[2]
    page.goto(f"{base}errors/10004/")
    text = page.locator("article").inner_text()
    for part in (
        "Privacy number (PNS) errors",
        "ErrorCode.BINDING_NUMBER_PREFIX_MISMATCH",
        "Who fixes it: The customer's developer",
        "Retry: No: the same request fails again",
        "What to ask the customer for",
        "What it means",
        "Causes and solutions",
        "Also searched as: country code, prefix mismatch",  # the synonyms, a heading the search weighs
        '"code": 10004',
        '"requestId"',
        "raise_for_response",
        "Related codes",
        "10007 — Virtual number without prefix",
        "10003 User does not exist",
        "10005 Failed to get number",
        f"{site_url}errors/10004/",
    ):
        assert part in text, part
    copy = page.locator("article pre button[title='Copy to clipboard']")
    copy.first.wait_for()
    # copy buttons: JSON body, permalink, and one per language tab (Python, then each client library)
    assert copy.count() == 3 + len(clients.languages())


def test_the_chosen_language_tab_stays_chosen_on_every_code_page(page: Any, base: str) -> None:
    # Bug caught: tabs not linked (content.tabs.link off, or labels that differ between pages),
    # so a Go developer would pick Go again on every page.
    page.goto(f"{base}errors/10004/")
    tabs = page.locator("#handling-it ~ .tabbed-set").first.locator(".tabbed-labels label")
    assert tabs.all_inner_texts() == ["Python", *[clients.LABELS[lang] for lang in clients.languages()]]
    page.locator("#handling-it ~ .tabbed-set .tabbed-labels label", has_text="TypeScript").first.click()
    shown = page.locator("#handling-it ~ .tabbed-set .tabbed-block:visible").first
    assert "raiseForResponse" in shown.inner_text() and "BINDING_NUMBER_PREFIX_MISMATCH" in shown.inner_text()
    page.goto(f"{base}errors/1003/")
    shown = page.locator("#handling-it ~ .tabbed-set .tabbed-block:visible").first
    shown.wait_for()
    assert "ErrorCode.INVALID_SIGNATURE" in shown.inner_text() and "raiseForResponse" in shown.inner_text()
    assert page.errors == []


def test_crawl_every_link_and_anchor_resolves_without_errors(page: Any, base: str) -> None:
    outside: list[str] = []
    page.on(
        "request",
        lambda r: outside.append(r.url) if not r.url.startswith(base) and not r.url.startswith("data:") else None,
    )
    todo, seen, anchors = [base], set(), []
    ids: dict[str, Counter[str]] = {}  # each page's element ids, collected while it is open
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        if "html" not in (response.headers.get("content-type") or ""):
            continue
        ids[url] = Counter(page.eval_on_selector_all("[id]", "es => es.map(e => e.id)"))
        policy = page.eval_on_selector_all("meta[http-equiv='Content-Security-Policy']", "ms => ms.map(m => m.content)")
        assert len(policy) == 1, url
        directives = dict(d.strip().split(" ", 1) for d in policy[0].split(";"))
        assert directives["script-src"] == "'self'", url  # no inline script, no event handlers
        for name in ("default-src", "img-src", "style-src", "connect-src", "font-src"):
            assert not re.search(r"https?:|\*", directives[name]), (url, name)  # nothing from other hosts
        for href in page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)"):
            target, fragment = urldefrag(href)
            if not target.startswith(base) or urlparse(target).path.endswith((".json", ".xml", ".gz")):
                continue
            todo.append(target)
            if fragment:
                anchors.append((target, fragment))
    assert len(seen) >= 25
    for target, fragment in set(anchors):  # every target was crawled above, so its ids are known
        assert ids[target][fragment] == 1, f"{target}#{fragment}"
    assert page.errors == []
    assert outside == []  # the site loads nothing from other hosts


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (390, 844)])
def test_screenshots_and_no_sideways_scrolling(site: tuple[str, Any], width: int, height: int) -> None:
    base, chromium = site
    context = chromium.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    ARTIFACTS.mkdir(exist_ok=True)
    for name, path in (("home", ""), ("index", "errors/"), ("code", "errors/10004/")):
        page.goto(base + path)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways at {width} px"
    context.close()
