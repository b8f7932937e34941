"""The Content-Security-Policy, tried on a site whose pages hold what the generator refuses.

The generator's Markdown audit is bypassed here by writing hostile Markdown into a
generated page after generation, as a hand edit or a broken check could. The same
site is built twice: without the policy the payloads are live (they run, and call
another host), which proves the test can see an attack; with it, nothing runs and
nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import browser, serve

from conftest import build_site, copy_project, run_generator

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("csp")]  # one build of its site

# `tracker.invalid` can never resolve; requests to it are also aborted by the test's
# router before they leave the browser, so no traffic goes anywhere.
HOSTILE = """

## Hostile {#hostile}

![x](nope.png){ onerror="window.__pwned = (window.__pwned || []).concat('attr-img')" }

[click me](#hostile){ #h-click onclick="window.__pwned = (window.__pwned || []).concat('attr-click')" }

Hover this paragraph.
{: #h-hover onmouseover="window.__pwned = (window.__pwned || []).concat('attr-hover')" }

[js](javascript:window.__pwned=(window.__pwned||[]).concat(/js-link/.source)){ #h-js }

[entity](javascript&#58;window.__pwned=(window.__pwned||[]).concat(/entity-link/.source)){ #h-entity }

[tab](java&#9;script:window.__pwned=(window.__pwned||[]).concat(/tab-link/.source)){ #h-tab }

![pixel](https://tracker.invalid/pixel.png) ![pixel2](//tracker.invalid/pixel2.png)

[styled](https://example.org/){ style="background: url(https://tracker.invalid/bg.png)" }

<script>window.__pwned = (window.__pwned || []).concat('raw-script')</script>

<img src="nope2.png" onerror="window.__pwned = (window.__pwned || []).concat('raw-img')">

<link rel="stylesheet" href="https://tracker.invalid/style.css">
"""
CLICKED = ["#h-click", "#h-js", "#h-entity", "#h-tab"]


@pytest.fixture(scope="module", params=["with-csp", "without-csp"])
def hostile_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    root = copy_project(tmp_path_factory.mktemp("bypass"))
    assert run_generator(root).returncode == 0
    page = root / "docs/errors/1003.md"
    page.write_text(page.read_text(encoding="utf-8") + HOSTILE, encoding="utf-8")
    if request.param == "without-csp":
        main = root / "overrides/main.html"
        text = main.read_text(encoding="utf-8")
        main.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text), encoding="utf-8")
    return request.param, build_site(root, tmp_path_factory.mktemp("bypass-site"), strict=False, any_warning=True)


@pytest.fixture
def attacked(hostile_site: tuple[str, Path]) -> Iterator[tuple[str, list[str], list[str], list[str]]]:
    """Open the hostile page and do what a reader does: load, hover, click every bait."""
    variant, site = hostile_site
    with serve(site) as base, browser() as chromium:
        context = chromium.new_context()
        outside: list[str] = []

        def route(r: Any) -> None:
            if r.request.url.startswith(base) or r.request.url.startswith("data:"):
                r.continue_()
            else:
                outside.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        console: list[str] = []
        page.on("console", lambda m: console.append(m.text))
        page.goto(f"{base}errors/1003/")
        page.wait_for_load_state("load")
        page.hover("#h-hover")
        for selector in CLICKED:
            page.click(selector, no_wait_after=True)
            page.wait_for_timeout(150)
            if not page.url.startswith(f"{base}errors/1003/"):
                page.goto(f"{base}errors/1003/")
        page.wait_for_timeout(300)
        pwned = page.evaluate("window.__pwned || []") if page.url.startswith(base) else ["navigated away"]
        context.close()
        yield variant, pwned, outside, console


def test_no_injected_handler_runs_and_nothing_is_requested_elsewhere(
    attacked: tuple[str, list[str], list[str], list[str]],
) -> None:
    variant, pwned, outside, console = attacked
    if variant == "without-csp":
        # The payloads are real: without the policy they run and call the other host.
        assert {"attr-img", "attr-click", "attr-hover", "raw-script", "js-link", "entity-link", "tab-link"} <= set(
            pwned
        )
        assert any("tracker.invalid" in url for url in outside)
    else:
        assert pwned == []
        assert outside == []
        assert any("Content Security Policy" in line for line in console)  # blocked, and said so
