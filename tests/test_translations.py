"""Translations in errors.yaml: complete, current, and every gap named by --check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import REPO, run_generator
from generator import i18n, languages
from generator.translations import gaps
from generator.validate import load

SOURCE = (REPO / "errors.yaml").read_text(encoding="utf-8")
DATA = yaml.safe_load(SOURCE)
ZH = languages.load(REPO, ["zh"])["zh"]
# The catalog's languages line, as errors.yaml writes it (another language may join zh there).
LANGUAGES_LINE = f"  languages: [{', '.join(DATA['catalog']['languages'])}]\n"


def test_the_real_catalog_is_fully_translated_into_chinese() -> None:
    """What `make test` proves: every code and category has a current zh translation."""
    assert "zh" in DATA["catalog"]["languages"]
    catalog = load(SOURCE.encode("utf-8"))
    assert gaps(catalog) == []
    for entry in DATA["errors"]:
        zh = entry["translations"]["zh"]
        assert re.search(r"[\u4e00-\u9fff]", zh["message"] + zh["solution"]), entry["code"]  # Chinese, not a copy
        for key in ("description", "ask_for", "triage_note"):
            assert bool(entry.get(key)) == bool(zh.get(key)), (entry["code"], key)  # nothing left out


def test_translations_keep_the_apis_terms_numbers_and_links() -> None:
    """A careful translation keeps every code span (accessKey, ts, `5`), number and URL of the English."""
    for entry in DATA["errors"]:
        english, zh = entry["solution"], entry["translations"]["zh"]["solution"]
        assert set(re.findall(r"`[^`]+`", english)) <= set(re.findall(r"`[^`]+`", zh)), entry["code"]
        assert set(re.findall(r"\]\(([^)]+)\)", english)) == set(re.findall(r"\]\(([^)]+)\)", zh)), entry["code"]
        numbers = set(re.findall(r"(?<![\w.%])\d{2,}(?![\w%])", english))
        assert numbers <= set(re.findall(r"\d+", zh)), (entry["code"], numbers)


def edit(project: Path, old: str, new: str) -> None:
    source = project / "errors.yaml"
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    source.write_text(text.replace(old, new), encoding="utf-8")


def line_of(project: Path, needle: str) -> int:
    lines = (project / "errors.yaml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    message: Invalid signature\n", "    message: Invalid sign\n"),
        ("the signature the server computed for the", "the signature the server computed for this"),
        ("      Check that the `sign` value is calculated", "      Check that the `sign` header is calculated"),
        ("      `bizType` headers sent, and the `sign`", "      `bizType` headers sent, and also the `sign`"),
        ("resending cannot help.", "sending it again cannot help."),
    ],
    ids=["message", "description", "solution", "ask_for", "triage_note"],
)
def test_an_english_edit_makes_its_translation_stale(project: Path, old: str, new: str) -> None:
    edit(project, old, new)
    check = run_generator(project, "--check")
    assert check.returncode == 1
    stale = [line for line in check.stderr.splitlines() if "older English text" in line]
    assert len(stale) == 1 and "code 1003" in stale[0] and "`zh`" in stale[0], check.stderr
    assert stale[0].startswith(f"errors.yaml:{line_of(project, 'code: 1003')}:"), stale[0]
    # The message gives the fingerprint to record; recording it (after translating) makes the check pass.
    now = re.search(r"set `source: ([0-9a-f]{8})`", stale[0])
    assert now is not None
    old_source = re.search(r"source ([0-9a-f]{8}),", stale[0])
    assert old_source is not None and old_source.group(1) != now.group(1)
    edit(project, f"source: {old_source.group(1)}", f"source: {now.group(1)}")
    assert run_generator(project).returncode == 0
    assert run_generator(project, "--check").returncode == 0


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    see_also: [1004]\n", "    see_also: [1004, 1001]\n"),
        ('    retry: "no"\n    triage_note: The same', "    retry: refresh\n    triage_note: The same"),
    ],
)
def test_an_edit_outside_the_translated_texts_leaves_translations_current(project: Path, old: str, new: str) -> None:
    edit(project, old, new)
    assert run_generator(project).returncode == 0
    check = run_generator(project, "--check")
    assert check.returncode == 0, check.stderr


def test_generate_warns_and_the_page_says_the_translation_is_out_of_date(project: Path) -> None:
    edit(project, "    message: Invalid signature\n", "    message: Invalid sign\n")
    done = run_generator(project)
    assert done.returncode == 0
    assert "warning: errors.yaml:" in done.stderr and "code 1003" in done.stderr
    page = (project / "docs-zh/errors/1003.md").read_text(encoding="utf-8")
    assert "翻译可能已过时" in page and "https://pns-errors.example.org/errors/1003/" in page
    assert "签名无效" in page  # the translation is still shown; the English it was made from changed
    assert "翻译可能已过时" not in (project / "docs-zh/errors/1004.md").read_text(encoding="utf-8")


def test_a_missing_translation_is_listed_and_its_page_shows_the_english(project: Path) -> None:
    text = (project / "errors.yaml").read_text(encoding="utf-8")
    start = text.index("    translations:", text.index("code: 10013"))
    (project / "errors.yaml").write_text(text[:start], encoding="utf-8")  # 10013 is the last entry
    check = run_generator(project, "--check")
    assert check.returncode == 1
    assert re.search(r"errors\.yaml:\d+:3: code 10013 has no `zh` translation .*`source: [0-9a-f]{8}`", check.stderr)
    assert run_generator(project).returncode == 0
    page = (project / "docs-zh/errors/10013.md").read_text(encoding="utf-8")
    assert "尚未翻译" in page and "User has no binding number" in page


def test_a_translation_lacking_a_text_the_english_has_is_listed(project: Path) -> None:
    edit(project, "        ask_for: |\n          实际发送的 `limit`。\n", "")
    check = run_generator(project, "--check")
    assert check.returncode == 1
    assert "code 10011: the `zh` translation lacks `ask_for`, which the English has" in check.stderr


def test_a_catalog_without_languages_needs_no_translations(project: Path) -> None:
    text = (project / "errors.yaml").read_text(encoding="utf-8")
    text = re.sub(r"\n    translations:\n(?:      .*\n|\n(?=      ))*", "\n", text).replace(LANGUAGES_LINE, "")
    (project / "errors.yaml").write_text(text, encoding="utf-8")
    assert "translations" not in text
    done = run_generator(project)
    assert done.returncode == 0, done.stderr
    assert run_generator(project, "--check").returncode == 0
    assert not list((project / "docs-zh/errors").glob("*.md"))  # the old Chinese pages are removed
    assert "alternate: []" in (project / "mkdocs.yml").read_text(encoding="utf-8")  # no switcher


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        (
            '      zh:\n        title: "通用错误"',
            '      fr:\n        title: "Erreurs"',
            "language `fr` is not in catalog.languages",
        ),
        (LANGUAGES_LINE, LANGUAGES_LINE.replace("]", ", en]"), "languages lists `en`"),
        (LANGUAGES_LINE, "  languages: [Chinese]\n", "must be a lowercase language tag"),
        ("        source: dc4adc90\n", "        source: abc\n", "must be the 8 hex digits"),
        ("        source: dc4adc90\n", "", "is missing `source`"),
        (  # a translation is Markdown shown on the site: the same audit as the English
            "          请检查 `sign` 的计算是否正确。",
            "          [请检查](javascript:alert(1)) `sign` 的计算是否正确。",
            "`javascript:` scheme is not allowed",
        ),
    ],
    ids=["undeclared-language", "english-listed", "bad-tag", "bad-source", "no-source", "hostile-link"],
)
def test_malformed_translations_are_refused_with_their_line(project: Path, old: str, new: str, fragment: str) -> None:
    edit(project, old, new)
    before = (project / "docs-zh/errors/1001.md").read_bytes()
    done = run_generator(project)
    assert done.returncode == 2
    assert re.search(rf"^errors\.yaml:\d+:\d+: .*{re.escape(fragment)}", done.stderr, re.M), done.stderr
    assert "Traceback" not in done.stderr
    assert (project / "docs-zh/errors/1001.md").read_bytes() == before  # nothing written


def template_phrases() -> set[str]:
    found: set[str] = set()
    for template in (REPO / "generator/templates").rglob("*.j2"):
        found |= set(re.findall(r'_\("((?:[^"\\]|\\.)*)"\)', template.read_text(encoding="utf-8")))
    return found


def test_every_template_phrase_has_a_chinese_translation() -> None:
    phrases = template_phrases()
    assert len(phrases) > 40 and "Who fixes it" in phrases  # the scan finds them
    assert sorted(phrases - set(ZH.phrases["pages"])) == []


def test_an_untranslated_phrase_stops_the_generator() -> None:
    translate = i18n.translator("zh", {"zh": ZH})
    assert translate("Who fixes it") == "由谁解决"
    with pytest.raises(i18n.MissingPhrase, match="no `zh` translation"):
        translate("A phrase nobody translated")
    assert i18n.translator("en", {})("A phrase nobody translated") == "A phrase nobody translated"


def test_a_translated_message_is_plain_text_in_codes_json_and_escaped_in_pages(project: Path) -> None:
    """The zh jump box shows codes.json's label as text: Markdown escapes there would show as `&#40;`."""
    import json

    edit(project, '        message: "用户没有绑定号码"\n', '        message: "用户没有绑定号码 (*bindId*)"\n')
    assert run_generator(project).returncode == 0
    rows = json.loads((project / "docs-zh/errors/codes.json").read_text(encoding="utf-8"))["codes"]
    assert [row[2] for row in rows if row[0] == 10013] == ["用户没有绑定号码 (*bindId*)"]
    neighbour = (project / "docs-zh/errors/10012.md").read_text(encoding="utf-8")
    assert "10013 用户没有绑定号码 &#40;&#42;bindId&#42;&#41; →" in neighbour  # shown as written, not as emphasis


def test_a_deprecation_reason_is_translated_too(project: Path) -> None:
    """Deprecating a code adds English a Chinese page would show: --check asks for its translation."""
    edit(
        project,
        "    message: Failed to retrieve data\n",
        "    message: Failed to retrieve data\n    deprecated:\n      since: 1.0.0\n      reason: The query is served by queryAXB now\n",
    )
    check = run_generator(project, "--check")
    assert check.returncode == 1
    assert "code 10009: the `zh` translation was made from an older English text" in check.stderr
    assert "code 10009: the `zh` translation lacks `deprecated_reason`, which the English has" in check.stderr
    now = re.search(r"code 10009: .*set `source: ([0-9a-f]{8})`", check.stderr)
    assert now is not None
    text = (project / "errors.yaml").read_text(encoding="utf-8")
    start = text.index("    translations:", text.index("code: 10009"))
    old_source = re.search(r"        source: ([0-9a-f]{8})\n", text[start:])
    assert old_source is not None
    edit(
        project,
        old_source.group(0),
        f'        deprecated_reason: "该查询现由 queryAXB 提供"\n        source: {now.group(1)}\n',
    )
    assert run_generator(project).returncode == 0
    assert run_generator(project, "--check").returncode == 0
    page = (project / "docs-zh/errors/10009.md").read_text(encoding="utf-8")
    assert "自 1.0.0 起弃用" in page and "该查询现由 queryAXB 提供" in page
    assert "served by queryAXB" in (project / "docs/errors/10009.md").read_text(encoding="utf-8")
