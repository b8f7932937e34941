"""Every kind of page has no WCAG 2.2 AA violation (axe-core) in either palette, and works from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser import browser, serve
from test_history import version_1_1

from conftest import build_site, copy_project, run_generator, shared

pytestmark = pytest.mark.browser

RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
# Every kind of page, in both languages: home, the index, a category, code pages (active, deprecated, retired:
# 10009 and 10006 on the 1.1.0 copy), the changelog, every guide, the tool, the 404 page.
PAGES = [
    "",
    "errors/",
    "errors/pns/",
    "errors/1003/",
    "errors/10009/",
    "errors/10006/",
    "changelog/",
    "guides/calling-conventions/",
    "guides/support/",
    "guides/python/",
    "tools/signature/",
    "performance/",
    "errors/99999/",
    "no/such/page/",
    # The Chinese site: the same kinds of page.
    "zh/",
    "zh/errors/",
    "zh/errors/1003/",
    "zh/errors/10009/",
    "zh/errors/10006/",
    "zh/guides/support/",
    "zh/tools/signature/",
    "zh/errors/99999/",
]


def _build(out: Path) -> None:
    root = copy_project(out / "project")
    version_1_1(root)
    assert run_generator(root).returncode == 0
    build_site(root, out / "site")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    """The site of a copy at version 1.1.0, where 10009 is deprecated and 10006 retired
    (built once per run, whichever xdist worker asks first)."""
    built = shared(tmp_path_factory, "a11y", _build) / "site"
    with serve(built) as base, browser() as chromium:
        yield base, chromium


def report(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        for node in v["nodes"][:3]:
            lines.append(f"{v['id']}: {node['target']} — {node.get('failureSummary', '').splitlines()[-1].strip()}")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violation_on_any_kind_of_page(site: tuple[str, Any], scheme: str) -> None:
    base, chromium = site
    context = chromium.new_context(color_scheme=scheme)
    page = context.new_page()
    axe = Axe()
    found = {}
    for path in PAGES:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        expected = "slate" if scheme == "dark" else "default"
        assert page.get_attribute("body", "data-md-color-scheme") == expected
        violations = axe.run(page, options={**RULES, "resultTypes": ["violations"]}).response["violations"]
        if violations:
            found[path or "/"] = report(violations)
    context.close()
    assert found == {}, "\n".join(f"{path}:\n{text}" for path, text in found.items())


@pytest.fixture
def page(site: tuple[str, Any]) -> Iterator[Any]:
    base, chromium = site
    context = chromium.new_context()
    tab = context.new_page()
    tab.base = base
    yield tab
    context.close()


def tab_to(page: Any, selector: str, limit: int = 60) -> None:
    """Press Tab until ``selector`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} cannot be reached with Tab")


def focus_ring(page: Any) -> tuple[str, float]:
    return tuple(
        page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
        )
    )  # type: ignore[return-value]


def test_search_from_the_keyboard(page: Any) -> None:
    page.goto(page.base + "errors/")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.matches('input.md-search__input')")
    assert page.get_attribute(".md-search[role=dialog]", "aria-label") == "Search"
    page.keyboard.type("signature", delay=20)
    page.wait_for_selector(".md-search-result__item")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{page.base}errors/1003/*")


def test_index_filters_from_the_keyboard(page: Any) -> None:
    page.goto(page.base + "errors/")
    tab_to(page, "input[data-filter]")
    assert focus_ring(page)[0] != "none" and focus_ring(page)[1] >= 2
    page.keyboard.type("exhausted")
    assert page.locator("article table tbody tr:visible").count() == 1
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('select[data-filter-fix-by]')")
    assert focus_ring(page)[0] != "none"


def test_copy_buttons_are_reached_and_used_from_the_keyboard(page: Any) -> None:
    page.goto(page.base + "errors/1003/")
    tab_to(page, "button.md-code__button[data-md-type=copy]", limit=120)
    assert focus_ring(page)[0] != "none"
    page.keyboard.press("Enter")
    page.locator(".md-dialog__inner").get_by_text("Copied to clipboard").wait_for()


def test_a_paste_and_its_results_from_the_keyboard(page: Any) -> None:
    page.goto(page.base)
    page.keyboard.type("code=1003 requestId=a1b2")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("code=10009 requestId=c3d4")
    page.keyboard.press("Enter")
    page.locator(".jump-found li").first.wait_for()
    assert page.get_attribute(".jump-result", "role") == "status"  # announced by screen readers
    tab_to(page, ".jump-found a")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{page.base}errors/1003/")


def test_the_signature_tool_from_the_keyboard(page: Any) -> None:
    page.goto(page.base + "tools/signature/")
    tab_to(page, "input[name=accessKey]")
    assert focus_ring(page)[0] != "none"
    tab_to(page, "button[data-now]")
    page.keyboard.press("Enter")
    tab_to(page, "input[name=sign]")
    page.keyboard.type("0" * 32)
    page.locator(".diagnosis li").first.wait_for()
    assert page.locator("output[name=verdict]").inner_text() == "Mismatch: the client's sign is wrong."


def test_reduced_motion_is_respected(site: tuple[str, Any]) -> None:
    base, chromium = site
    context = chromium.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(base)
    durations = page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).transitionDuration")
    assert all(float(d.rstrip("s")) < 0.001 for d in durations.split(","))
    context.close()
