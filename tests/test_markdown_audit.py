"""The Markdown audit (generator/sanitize.py): what it lets through, and its cache.

The refusals themselves are in the bad-input corpus (tests/bad/attr-*, link-*,
image-*), each checked through the CLI with its line.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from conftest import REPO, copy_project, run_generator
from generator.sanitize import MarkdownAudit, browser_url

SITE = "https://pns-errors.example.org/"


@pytest.fixture
def audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MarkdownAudit:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return MarkdownAudit(REPO / "mkdocs.yml", SITE)


# What solutions legitimately use; an allowlist too tight for these would refuse good catalogs.
GOOD = {
    "links": "See [the guide](../guides/calling-conventions.md#signature-algorithm), "
    "[NXCLOUD](https://www.nxcloud.com/), <https://example.org/a?b=1&c=2> and <support@example.org>.",
    "reference link": "See [the wiki][w].\n\n[w]: https://github.com/nxtele/http-api-document/wiki",
    "lists and emphasis": "1. **Check** `ts`.\n2. *Then* `sign`.\n\n- a\n- b\n",
    "table with alignment": "| field | value |\n|:--|--:|\n| ts | 13 digits |\n",
    "admonition": '!!! warning "Careful"\n    The body is signed **byte for byte**.\n',
    "code fence": "```python\nsign = md5(text).hexdigest()\n```\n",
    "code fence with a title": '```python title="sign.py"\nsign = md5(text).hexdigest()\n```\n',
    "heading": "### Step one\n\nDo it.\n",
    "site image": "![diagram](../assets/logo.svg) ![same](https://pns-errors.example.org/assets/logo.svg)",
    "button": "[Open the tool](../guides/support.md){ .md-button .md-button--primary }",
    "quote": "> The server says so.\n",
}


@pytest.mark.parametrize("text", GOOD.values(), ids=GOOD.keys())
def test_ordinary_markdown_passes(audit: MarkdownAudit, text: str) -> None:
    assert [f.message for f in audit.findings(text)] == []


@pytest.mark.parametrize(
    ("written", "browser_sees"),
    [("java\tscript:x", "javascript:x"), (" \x01javascript:x", "javascript:x"), ("java\nscr\ript:x", "javascript:x")],
)
def test_urls_are_judged_as_the_browser_parses_them(written: str, browser_sees: str) -> None:
    assert browser_url(written) == browser_sees


def test_a_literal_tab_in_a_link_never_reaches_the_browser_as_a_script_url(audit: MarkdownAudit) -> None:
    # Python-Markdown turns the tab into spaces ("java    script:" is a harmless relative URL);
    # if a future version kept it, the audit must refuse it.
    findings = audit.findings("See [here](java\tscript:alert(1)).")
    markdown = audit._markdown
    assert markdown is not None
    markdown.reset()
    href = markdown.convert("[here](java\tscript:alert(1))").split('href="')[1].split('"')[0]
    assert findings or not browser_url(href).lower().startswith("javascript:")


def cache_files(home: Path) -> list[Path]:
    return sorted((home / "pns-errors").glob("markdown-safe-*.txt"))


def test_safe_texts_are_remembered_and_unsafe_ones_never(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "p")
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    assert run_generator(root, "--check", env=env).returncode == 0
    [cache] = cache_files(tmp_path / "cache")
    remembered = set(cache.read_text().split())
    for error in yaml.safe_load((root / "errors.yaml").read_text(encoding="utf-8"))["errors"]:
        solution = error["solution"].strip() + "\n"  # as the validator normalises it
        assert hashlib.sha256(solution.encode()).hexdigest()[:32] in remembered, error["code"]

    text = (root / "errors.yaml").read_text(encoding="utf-8")
    hostile = text.replace("    solution: |\n", '    solution: |\n      ![x](p.png){ onerror="alert(1)" }\n', 1)
    (root / "errors.yaml").write_text(hostile, encoding="utf-8")
    assert run_generator(root, "--check", env=env).returncode == 2
    assert set(cache.read_text().split()) == remembered


def poisoned(tmp_path: Path, mode: int) -> tuple[Path, dict[str, str]]:
    """A project whose only solution is hostile, and a cache that claims that text is safe."""
    root = copy_project(tmp_path / "p", releases=False)
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    base = (REPO / "tests/good-base.yaml").read_text(encoding="utf-8")
    (root / "errors.yaml").write_text(base, encoding="utf-8")
    assert run_generator(root, env=env).returncode == 0
    [cache] = cache_files(tmp_path / "cache")
    hostile = 'Fix [it](https://example.org/){ onclick="alert(1)" }.'
    (root / "errors.yaml").write_text(base.replace("Fix the first thing.", f"'{hostile}'"), encoding="utf-8")
    with cache.open("a") as file:
        file.write(hashlib.sha256((hostile + "\n").encode()).hexdigest()[:32] + "\n")
    cache.chmod(mode)
    return root, env


def test_a_cache_others_can_write_is_not_trusted(tmp_path: Path) -> None:
    root, env = poisoned(tmp_path, 0o666)
    result = run_generator(root, env=env)
    assert result.returncode == 2
    assert "errors.yaml:16:" in result.stderr and "event handler `onclick`" in result.stderr


def test_the_cache_is_what_skips_the_audit(tmp_path: Path) -> None:
    # The counterpart of the test above: an entry in the user's own cache is believed,
    # which proves the poisoned entry there was keyed right and refused for its mode alone.
    root, env = poisoned(tmp_path, 0o600)
    assert run_generator(root, env=env).returncode == 0
