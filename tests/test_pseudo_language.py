"""A pseudo-locale proves the README's recipe for a new language.

A copy of the project gets ``en-xa`` (accented, bracketed English, "[Ŵĥåţ îţ ɱéåñš]", as
Android and Chromium test their localisation) by the README's steps alone: its phrases are
the zh catalog's English keys, pseudo-translated; each code's and category's texts likewise,
with their `source` fingerprints; its hand-written pages are docs-zh's (translated pages with
the same heading ids, standing in for a translator's work). Then the generator runs, the site
is built, the CLI speaks ``--lang en-XA`` and Chromium drives the site's scripts. No fixed
English phrase may be left, and the files touched must be exactly the README's list.

What the leak check sets aside, and why:
- the API's own messages (``the API sends: ...``) and variants, codes, enum names, URLs,
  ``code`` and ``pre`` elements: identifiers and data, the same in every language;
- where a variant was seen (``also_sent[].seen_in``): errors.yaml has no translated field for
  it, so every language shows the English note (the Chinese pages too);
- Material's own words (its ``partials/languages/en.html``, lent by ``theme: en``, and the
  footer's "Made with Material for MkDocs"): the theme's, not this project's; Material has no en-xa;
- the CLI's --help texts and argparse's usage errors: not run here; they stay English in every
  language (as on main), since --lang is read by the very parser whose texts they are;
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO, build_site, copy_project, run_generator

pytestmark = pytest.mark.slow
TAG = "en-xa"
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as written: code blocks and spans, link targets and reference definitions, HTML and
# autolinks, URLs, placeholders, entities, heading ids, and the API's upper-case names.
_KEEP = re.compile(
    r"```.*?```|`[^`]*`|\]\([^)]*\)|^ {0,3}\[[^\]]+\]:.*$|<[^>]*>|https?://[^\s)>]+|\{\w*\}|%[sd]|&\w+;"
    r"|\{ ?#[^}]*\}|\b[A-Z][A-Z0-9_]{2,}\b",
    re.S | re.M,
)
# English prose always holds some of these; pseudo-translated text holds them accented.
FUNCTION_WORDS = re.compile(r"\b(the|and|of|to|is|it|not|this|that|with|for|by|from|are|its|your|you|which|when)\b")


def pseudo(text: str) -> str:
    """Accented English; one line of text is also bracketed (Markdown paragraphs are not, to keep lists)."""
    out, at = [], 0
    for kept in _KEEP.finditer(text):
        out += [text[at : kept.start()].translate(_ACCENTED), kept.group()]
        at = kept.end()
    out.append(text[at:].translate(_ACCENTED))
    accented = "".join(out)
    if "\n" in text.strip() or not re.search(r"[A-Za-z]", text):
        return accented
    core = accented.strip()
    start = accented.index(core[0])
    return f"{accented[:start]}[{core}]{accented[start + len(core) :]}"


def recipe() -> list[str]:
    """The paths the README's "Adding another language" says a new language touches."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- the files a new language touches.*?-->\n```\n(.*?)```", readme, re.S)
    assert block, "README.md lost the list of files a new language touches"
    return [line.split()[0] for line in block.group(1).splitlines() if line.strip()]


def files_of(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def _translate_catalog(root: Path) -> None:
    """Step 1 and the translations of step 4: en-xa in catalog.languages, every text pseudo-translated."""
    from generator.model import CategoryText, ErrorText, english_text, fingerprint, translated_keys
    from generator.validate import load

    source = root / "errors.yaml"
    catalog = load(source.read_bytes())
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["catalog"]["languages"].append(TAG)
    entries = [(c, CategoryText, raw) for c, raw in zip(catalog.categories, data["categories"], strict=True)]
    entries += [(e, ErrorText, raw) for e, raw in zip(catalog.errors, data["errors"], strict=True)]
    for english, model, raw in entries:
        text = {k: pseudo(english_text(english, k)) for k in translated_keys(model) if english_text(english, k)}
        raw["translations"][TAG] = {**text, "source": fingerprint(english, model)}
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


def _add_language(root: Path) -> None:
    """The README's steps 1-3, programmatically; step 4 is the generator's run."""
    _translate_catalog(root)
    zh = yaml.safe_load((root / "languages/zh/phrases.yaml").read_text(encoding="utf-8"))
    phrases: dict[str, Any] = {"name": pseudo("Pseudo English"), "theme": "en"}
    phrases.update({section: {k: pseudo(k) for k in zh[section]} for section in ("pages", "cli", "site", "signing")})
    (root / "languages" / TAG).mkdir()
    (root / "languages" / TAG / "phrases.yaml").write_text(
        yaml.safe_dump(phrases, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8"
    )
    generated = "generated from errors.yaml by `python -m generator`; do not edit"
    for page in (root / "docs-zh").rglob("*.md"):
        rel = page.relative_to(root / "docs-zh")
        if rel.parts[0] != "errors" and generated not in page.read_text(encoding="utf-8")[:600]:
            (root / f"docs-{TAG}" / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(page, root / f"docs-{TAG}" / rel)


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = copy_project(tmp_path_factory.mktemp("pseudo") / "project")
    before = files_of(root)
    _add_language(root)
    after = files_of(root)
    touched = sorted(rel for rel in set(before) | set(after) if before.get(rel) != after.get(rel))
    done = run_generator(root)
    assert done.returncode == 0, done.stderr
    check = run_generator(root, "--check")
    assert check.returncode == 0, check.stderr  # every translation present and current
    site = build_site(root, root.parent / "site")
    return {"root": root, "touched": touched, "site": site}


def test_the_files_touched_are_exactly_the_readmes_list(added: dict[str, Any]) -> None:
    patterns = [p.replace("<tag>", TAG) for p in recipe()]
    assert len(patterns) >= 3
    used = {
        p: [rel for rel in added["touched"] if rel == p or (p.endswith("/") and rel.startswith(p))] for p in patterns
    }
    assert [p for p, hits in used.items() if not hits] == []  # each step of the recipe was needed
    assert [rel for rel in added["touched"] if not any(rel in hits for hits in used.values())] == []


def english_phrases() -> list[str]:
    """The fixed phrases with words in them, as fragments between placeholders."""
    zh = yaml.safe_load((REPO / "languages/zh/phrases.yaml").read_text(encoding="utf-8"))
    found = set()
    for section in ("pages", "cli", "site", "signing"):
        for key in zh[section]:
            for part in re.split(r"\{\w*\}|%[sd]|`[^`]*`|\[|\]\([^)]*\)", key):
                if len(re.findall(r"[A-Za-z]{2,}", part)) >= 2:  # words, not one identifier such as NXCLOUD
                    found.add(part.strip(" .:;,()"))
    return sorted(found)


def material_words() -> list[str]:
    import material

    theme = Path(material.__file__).parent / "templates/partials/languages/en.html"
    words = re.findall(r'"[\w.-]+": "([^"]+)"', theme.read_text(encoding="utf-8"))
    return sorted(set(words), key=len, reverse=True)


def visible_text(page: str, also_drop: list[str]) -> str:
    """A page's text as a reader sees or hears it, without code, data and Material's own words."""
    page = re.sub(r"<(script|style|svg|code|pre|title)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r'<a [^>]*class="md-select__link"[^>]*>.*?</a>', " ", page, flags=re.S)  # other languages' names
    page = re.sub(r'<div class="md-copyright">.*?</div>', " ", page, flags=re.S)  # Material's "Made with"
    said = re.findall(r'\b(?:title|aria-label|placeholder|alt)="([^"]*)"', page)  # read out or shown on hover
    text = html.unescape(re.sub(r"<[^>]+>", " ", page) + " " + " ".join(said))
    text = re.sub(r"https?://\S+", " ", text)
    return drop(text, also_drop)


def drop(text: str, texts: list[str]) -> str:
    """``text`` without each of ``texts`` where it stands as whole words."""
    for words in texts:
        text = re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", " ", text)
    return text


def api_messages(root: Path) -> list[str]:
    """The API's words (messages, variants) and where a variant was seen (no translated field)."""
    data = json.loads((root / "docs/errors.json").read_text(encoding="utf-8"))
    texts = [e["message"] for e in data["errors"]]
    texts += [v[key] for e in data["errors"] for v in e.get("also_sent", []) for key in ("text", "seen_in")]
    return sorted(set(texts), key=len, reverse=True)


def test_no_english_phrase_is_left_on_any_page(added: dict[str, Any]) -> None:
    site: Path = added["site"] / TAG
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 28 and (site / "404.html") in pages
    phrases, dropped = english_phrases(), api_messages(added["root"]) + material_words()
    assert len(phrases) > 60 and "Who fixes it" in phrases and "Causes and solutions" in phrases
    leaks = {}
    for page in pages:
        text = visible_text(page.read_text(encoding="utf-8"), dropped)
        found = [p for p in phrases if p in text] + FUNCTION_WORDS.findall(text)
        if found:
            leaks[page.relative_to(site).as_posix()] = sorted(set(found))
    assert leaks == {}
    assert '<html lang="en-xa"' in (site / "errors/1003/index.html").read_text(encoding="utf-8")
    assert pseudo("Page not found") in (site / "404.html").read_text(encoding="utf-8")
    lent = (added["root"] / f"overrides/partials/languages/{TAG}.html").read_text(encoding="utf-8")
    # theme: en lends Material's words to en-xa, in a file that says it is generated
    assert "generated from errors.yaml by `python -m generator`; do not edit" in lent


def run_cli(root: Path, *args: str, stdin: str = "") -> str:
    done = subprocess.run(
        [sys.executable, "-m", "pns_errors", "--lang", "en-XA", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root / "src"), "COLUMNS": "100"},
        timeout=60,
    )
    assert "Traceback" not in done.stderr
    return done.stdout + done.stderr


CLI_RUNS = [
    ("1003",),
    ("10013", "10008"),
    ("99999",),
    ("0",),
    ("search", "binding"),
    ("search", "zzzqqq"),
    ("list", "--category", "pns"),
    ("list", "--fix-by", "provider", "--retry", "no"),
    ("explain",),
]


def test_no_english_phrase_is_left_in_the_cli(added: dict[str, Any]) -> None:
    root: Path = added["root"]
    stdin = '{"code": 1003, "requestId": "r-1"}\n{"msg": "binding not exist"}\n{"code": 0}\n'
    messages = api_messages(root)
    phrases = english_phrases()
    for args in CLI_RUNS:
        out = run_cli(root, *args, stdin=stdin)
        if args == ("1003",):
            assert pseudo("Who fixes it") in out, out  # the CLI does speak en-xa
        text = re.sub(r"https?://\S+|'[^']*'", " ", out)  # links, and the words the user typed
        text = drop(text, messages)
        assert [p for p in phrases if p in text] + FUNCTION_WORDS.findall(text) == [], (args, out)


@pytest.mark.browser
def test_no_english_phrase_is_left_in_what_the_scripts_write(added: dict[str, Any]) -> None:
    from browser import browser, serve, watched_tab

    phrases = english_phrases()
    with serve(added["site"]) as base, browser() as chromium, watched_tab(chromium) as tab:
        tab.goto(f"{base}{TAG}/errors/99999/")
        tab.locator(".not-found-detail a").first.wait_for()
        written = [tab.locator("[data-not-found] h1").inner_text(), tab.locator(".not-found-detail").inner_text()]
        tab.goto(f"{base}{TAG}/")
        tab.locator("form[data-jump] textarea").fill("binding")
        tab.locator("form[data-jump] button").click()
        tab.locator(".jump-result").filter(has_text=re.compile(".")).wait_for()
        written.append(tab.locator(".jump-result").inner_text())
        tab.goto(f"{base}{TAG}/tools/signature/")
        tab.locator("input[name=sign]").fill("87C3560D3331AE23F1021E2025722354")
        tab.locator(".diagnosis li").first.wait_for()
        written.append(tab.locator("output[name=verdict]").inner_text())
        written.append(tab.locator(".diagnosis").inner_text())  # each finding: message and fix
    text = " ".join(written)
    assert [p for p in phrases if p in text] + FUNCTION_WORDS.findall(text) == [], written
