"""Both sites, English at / and Chinese at /zh/, in a real headless Chromium and on disk."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlparse

import pytest
from browser import browser, serve

pytestmark = pytest.mark.browser
SITE = "https://pns-errors.example.org/"


def pages(root: Path) -> set[str]:
    """Every page of a site, as its path under the site's root (``errors/1003/``)."""
    found = set()
    for page in root.rglob("index.html"):
        rel = page.parent.relative_to(root).as_posix()
        if not rel.startswith("zh") or root.name == "zh":
            found.add("" if rel == "." else rel + "/")
    return found


def test_every_page_exists_in_both_languages(built_site: Path) -> None:
    english, chinese = pages(built_site), pages(built_site / "zh")
    assert len(english) >= 28 and "errors/10013/" in english
    assert english == chinese
    assert (built_site / "404.html").exists() and (built_site / "zh/404.html").exists()


def test_html_lang_and_language_of_every_page(built_site: Path) -> None:
    for language, root in (("en", built_site), ("zh", built_site / "zh")):
        for path in pages(root):
            html = (root / path / "index.html").read_text(encoding="utf-8")
            assert re.search(rf'<html lang="{language}"', html), (language, path)
    chinese = (built_site / "zh/errors/1003/index.html").read_text(encoding="utf-8")
    assert "<title>1003 — 签名无效 - PNS API 错误码</title>" in chinese
    assert "Invalid signature" in chinese  # what the API sends, shown beside the translation


def test_sections_have_the_same_anchors_in_both_languages(built_site: Path) -> None:
    """A link to guides/calling-conventions/#signature-algorithm works in either language."""
    heading = re.compile(r'<h[2-4] id="([^"]+)"')
    for path in pages(built_site):
        english = heading.findall((built_site / path / "index.html").read_text(encoding="utf-8"))
        chinese = heading.findall((built_site / "zh" / path / "index.html").read_text(encoding="utf-8"))
        assert chinese == english, path
        assert not [a for a in chinese if re.fullmatch(r"_\d+", a)], path  # no "_1" from a Chinese heading


def test_switcher_links_each_page_to_itself_in_the_other_language(built_site: Path) -> None:
    for path in pages(built_site):
        for here, root, depth in (("en", built_site, 0), ("zh", built_site / "zh", 1)):
            html = (root / path / "index.html").read_text(encoding="utf-8")
            links = dict(re.findall(r'<a href="([^"]+)" hreflang="(en|zh)"[^>]*class="md-select__link"', html))
            targets = {lang: href for href, lang in links.items()}
            assert set(targets) == {"en", "zh"}, (here, path)
            # Resolve the relative links as a browser does, from the page's own folder.
            folder = "http://host/" + ("zh/" if depth else "") + path
            for lang, expected in (("en", "/" + path), ("zh", "/zh/" + path)):
                assert urlparse(urljoin(folder, targets[lang])).path == expected, (here, path, lang, targets[lang])


def test_sitemaps_list_every_page_with_its_hreflang_counterparts(built_site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    for root, home in ((built_site, SITE), (built_site / "zh", SITE + "zh/")):
        urls = ET.parse(root / "sitemap.xml").getroot().findall("s:url", ns)
        assert len(urls) == len(pages(root))
        for url in urls:
            loc = url.findtext("s:loc", namespaces=ns) or ""
            path = loc.removeprefix(home)
            alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
            assert alternates == {"en": SITE + path, "zh": SITE + "zh/" + path}, loc


@pytest.fixture(scope="module")
def site(built_site: Path) -> Iterator[tuple[str, Any]]:
    with serve(built_site) as base, browser() as chromium:
        yield base, chromium


def test_switching_language_keeps_the_page(page: Any, base: str) -> None:
    page.goto(f"{base}errors/1003/")
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang=zh]").click()
    page.wait_for_url(f"{base}zh/errors/1003/")
    assert page.locator("h1").inner_text().rstrip("¶") == "1003 — 签名无效"
    assert page.evaluate("document.documentElement.lang") == "zh"
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang=en]").click()
    page.wait_for_url(f"{base}errors/1003/")
    assert page.locator("h1").inner_text().rstrip("¶") == "1003 — Invalid signature"
    assert page.errors == []


def search_first(page: Any, base: str, query: str) -> str:
    """The first result of the Chinese site's search for ``query``, once it has settled."""
    page.goto(f"{base}zh/errors/")
    field = page.locator("input.md-search__input")
    field.click()
    field.fill(query)
    field.press("End")  # an input method ends with a key event; Material's search listens for keys
    link = page.locator(".md-search-result__item .md-search-result__link").first
    seen: list[str] = []
    for _ in range(40):
        href = link.get_attribute("href") if link.count() else None
        if href:
            seen.append(href)
            if len(seen) >= 3 and len(set(seen[-3:])) == 1:
                return unquote(href)
        page.wait_for_timeout(150)
    raise TimeoutError(f"search for {query!r} never settled: {seen[-3:]}")


@pytest.mark.parametrize(
    ("query", "code"),
    [("签名", 1003), ("时间戳", 1004), ("耗尽", 10010), ("号码耗尽", 10010), ("1003", 1003), ("10004", 10004)],
)
def test_chinese_search_finds_the_right_code_first(page: Any, base: str, query: str, code: int) -> None:
    href = search_first(page, base, query)
    assert re.search(rf"/zh/errors/{code}/(\?h=[^#]*)?(#.*)?$", href), href


def test_zh_deep_link_opens_the_chinese_page(page: Any, base: str) -> None:
    page.goto(f"{base}zh/?code=10004")
    page.wait_for_url(f"{base}zh/errors/10004/")
    assert page.locator("h1").inner_text().rstrip("¶") == "10004 — 绑定号码前缀不一致"


def test_zh_jump_box_answers_in_chinese(page: Any, base: str) -> None:
    page.goto(f"{base}zh/")
    box = page.locator("form[data-jump] [name=code]")
    assert box.get_attribute("placeholder") == "例如 10004，或粘贴日志"
    box.fill("10099")
    box.press("Enter")
    result = page.locator(".jump-result")
    result.get_by_text("错误码 10099 不在本目录中").wait_for()
    first = result.locator("a").first
    assert first.inner_text() == "10013 — 用户没有绑定号码"
    assert first.get_attribute("href") == f"{base}zh/errors/10013/"
    box.fill('{"code": 1003, "requestId": "r-1"}\n{"code": 10010, "requestId": "r-2"}')
    box.press("Enter")
    result.get_by_text("找到 2 个错误码").wait_for()
    assert "1003 — 签名无效" in result.inner_text() and "复制" in result.inner_text()


def test_a_missing_chinese_page_answers_in_chinese_at_its_own_address(page: Any, base: str) -> None:
    response = page.goto(f"{base}zh/errors/99999/")
    assert response is not None and response.status == 404  # the host's one 404.html, the English one
    page.locator("h1", has_text="错误码 99999 不在本目录中").wait_for()
    assert page.url == f"{base}zh/errors/99999/"  # the address the reader asked for
    assert page.evaluate("document.documentElement.lang") == "zh"
    suggestion = page.locator(".not-found-detail a").first
    assert suggestion.get_attribute("href") == f"{base}zh/errors/10013/"
    page.goto(f"{base}zh/no-such-page/")
    page.locator("h1", has_text="页面不存在").wait_for()
    assert page.url == f"{base}zh/no-such-page/"
    page.goto(f"{base}no-such-page/")  # the English site's own 404 stays English
    assert page.locator("h1").inner_text().rstrip("¶") == "Page not found"


def test_zh_index_filter_and_who_fixes_it(page: Any, base: str) -> None:
    page.goto(f"{base}zh/errors/")
    page.locator("input[data-filter]").fill("签名")
    visible = page.locator("article table tbody tr:not([hidden])")
    assert visible.count() == 1 and visible.first.locator("td").first.inner_text() == "1003"
    assert page.locator(".filter-status").inner_text() == "18 个错误码中有 1 个匹配"
    page.locator("input[data-filter]").fill("")
    page.locator("select[data-filter-fix-by]").select_option("账号")
    codes = page.locator("article table tbody tr:not([hidden]) td:first-child").all_inner_texts()
    assert codes == ["1005", "10003", "10008", "10010"]


def test_zh_signature_tool_explains_in_chinese(page: Any, base: str) -> None:
    page.goto(f"{base}zh/tools/signature/")
    page.locator("input[name=sign]").fill("87C3560D3331AE23F1021E2025722354")
    page.locator(".diagnosis li").first.wait_for()
    assert page.locator("output[name=verdict]").inner_text() == "不一致：客户端的 sign 错误。"
    assert page.locator(".diagnosis li").first.inner_text() == "sign 使用了大写十六进制；请改用小写"
    assert page.errors == []


def test_zh_signature_tool_says_what_the_cli_says(page: Any, base: str) -> None:
    # Bug caught: the site and `pns-errors --lang zh sign --check` explaining the same request
    # in different words (issue 24): a finding with parameters, and the verdict.
    import os
    import subprocess
    import sys

    page.goto(f"{base}zh/tools/signature/")
    page.select_option("select[name=algorithm]", "sha256")
    page.locator("input[name=sign]").fill("87c3560d3331ae23f1021e2025722354")  # the example's MD5 sign
    page.locator(".diagnosis li").first.wait_for()
    shown = [page.locator("output[name=verdict]").inner_text(), *page.locator(".diagnosis li").all_inner_texts()]
    example = ["--access-key", "fme2na3kdi3ki", "--action", "send", "--biz-type", "1", "--ts", "1655710885431"]
    done = subprocess.run(
        [sys.executable, "-m", "pns_errors", "--lang", "zh", "sign", *example, "--body", '{"name":"牛小信","id":10001}']
        + ["--algorithm", "sha256", "--secret-env", "PNS_SECRET", "--check", "87c3560d3331ae23f1021e2025722354"],
        capture_output=True,
        text=True,
        env={**os.environ, "PNS_SECRET": "abciiiko2k3", "COLUMNS": "400"},
        timeout=60,
        check=False,
    )
    said = done.stdout.split("\n\n", 1)[1].strip().splitlines()
    cli_lines = [said[0], *(line.removeprefix("  - ") for line in said[1:])]
    # The last line is the ts's skew from now (the example's ts is of 2022): its seconds
    # depend on when each side ran, so only its words are compared.
    assert cli_lines[:-1] == shown[:-1] and len(cli_lines) == len(shown) == 3
    assert re.sub(r"[0-9]+", "N", cli_lines[-1]) == re.sub(r"[0-9]+", "N", shown[-1])
    assert shown[1].startswith("sign 是用 md5 计算的，但请求声明的是 sha256")
    assert page.errors == []


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (390, 844)])
def test_chinese_screenshots_and_no_sideways_scrolling(site: tuple[str, Any], width: int, height: int) -> None:
    base, chromium = site
    context = chromium.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    artifacts = Path(__file__).parent / "artifacts"
    artifacts.mkdir(exist_ok=True)
    for name, path in (("zh-home", "zh/"), ("zh-1003", "zh/errors/1003/")):
        tab.goto(base + path)
        tab.screenshot(path=str(artifacts / f"{name}-{width}.png"), full_page=True)
        overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways at {width} px"
    context.close()


@pytest.mark.parametrize("path", ["", "zh/"])
def test_the_jump_boxs_hint_fits_on_a_phone(site: tuple[str, Any], path: str) -> None:
    """At 390 px the placeholder is one line: a second line would be cut off by the one-row box."""
    base, chromium = site
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(base + path)
    box = tab.locator("form[data-jump] textarea")
    fits = box.evaluate(
        """box => {
            const probe = document.createElement("span");
            probe.textContent = box.placeholder;
            probe.style.cssText = "position:absolute;white-space:nowrap;visibility:hidden";
            probe.style.font = getComputedStyle(box).font;
            document.body.appendChild(probe);
            const style = getComputedStyle(box);
            const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            return probe.getBoundingClientRect().width <= room;
        }"""
    )
    assert fits, box.get_attribute("placeholder")
    context.close()


def test_a_missing_chinese_page_under_a_sub_path_answers_in_chinese(subpath_site: Path, site: tuple[str, Any]) -> None:
    """A project site (GitHub Pages: /pns-errors/) serves one 404.html for /pns-errors/zh/... too."""
    chromium = site[1]  # one Playwright per module: a second one may not start inside it
    with serve(subpath_site, "/pns-errors/") as base:
        tab = chromium.new_page()
        tab.goto(f"{base}zh/errors/99999/")
        tab.locator("h1", has_text="错误码 99999 不在本目录中").wait_for()
        assert tab.url == f"{base}zh/errors/99999/"
        assert tab.locator(".not-found-detail a").first.get_attribute("href") == f"{base}zh/errors/10013/"
        tab.goto(f"{base}zh/errors/1003/")
        tab.locator(".md-header__option .md-select").hover()
        tab.locator("a.md-select__link[hreflang=en]").click()
        tab.wait_for_url(f"{base}errors/1003/")
