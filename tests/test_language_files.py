"""languages/<tag>/phrases.yaml: read strictly, complete, and the only home of a language's phrases."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from conftest import REPO, replace_in, run_generator, snapshot
from generator.languages import SECTIONS, load

ZH = "languages/zh/phrases.yaml"


def edit(project: Path, old: str, new: str, path: str = ZH) -> None:
    replace_in(project, (old, new), path=path)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('  "Who fixes it": "由谁解决"\n', '  "Who fixes it": "由谁解决\n', "quoted text is never closed"),
        ('  "Retired in %s": "已于 %s 停用"\n', '  "Retired in %s": "已停用"\n', "must keep the placeholders"),
        (
            '  "since {0}": "自 {0} 起收录"\n',
            '  "since {0}": "自起收录"\n',
            "must keep the placeholders of the English ({0})",
        ),
        ('  "No": "不能"\n', '  "No": no\n', "reads as YAML bool; quote it"),
        ("name: 简体中文\n", "", "needs `name`"),
        ("name: 简体中文\n", "name: 简体中文\nnmae: x\n", "unknown key `nmae`"),
        ('  "Who fixes it": "由谁解决"\n', '  "Who fixes it": "由谁解决"\n  "Who fixes it": "谁"\n', "is repeated"),
        ("\nsigning:\n", "\nsigns:\n", "needs the section `signing`"),
        ('  "ts {ts} is in seconds": "ts {ts} 是秒数"\n', '  "ts {ts} is in seconds": "ts 是秒数"\n', "({ts})"),
        # A signing mistake's message the Chinese lacks: the tool and the CLI would say it in English.
        ('  "trim it": "请去掉多余的空白"\n', "", "section `signing` lacks 'trim it', which pns_errors says"),
        ('  "Copied": "已复制"\n', "", "section `site` lacks 'Copied', which pns_errors says"),
    ],
)
def test_a_bad_language_file_is_refused_with_its_place(project: Path, old: str, new: str, message: str) -> None:
    edit(project, old, new)
    before = snapshot(project)
    done = run_generator(project)
    assert done.returncode == 2
    assert re.search(rf"^{re.escape(ZH)}:\d+:\d+: .*{re.escape(message)}", done.stderr, re.M), done.stderr
    assert "nothing was written" in done.stderr and "Traceback" not in done.stderr
    assert snapshot(project) == before


def test_a_page_phrase_missing_stops_the_generator_naming_phrase_and_file(project: Path) -> None:
    edit(project, '  "Causes and solutions": "原因及解决方法"\n', "")
    before = snapshot(project)
    done = run_generator(project)
    assert done.returncode == 2
    assert f"{ZH}: the phrase 'Causes and solutions' has no `zh` translation" in done.stderr, done.stderr
    assert snapshot(project) == before


def test_a_nav_title_is_a_phrase_too(project: Path) -> None:
    edit(project, '  "Guides": "指南"\n', "")
    done = run_generator(project)
    assert done.returncode == 2 and "'Guides'" in done.stderr and "nav titles" in done.stderr, done.stderr


def test_a_listed_language_without_its_file_is_named(project: Path) -> None:
    line = next(
        line for line in (project / "errors.yaml").read_text(encoding="utf-8").splitlines() if "languages:" in line
    )
    edit(project, line, line.replace("]", ", fr]"), "errors.yaml")
    done = run_generator(project)
    assert done.returncode == 2
    assert "languages/fr/phrases.yaml: cannot read" in done.stderr and "catalog.languages lists `fr`" in done.stderr


def test_every_language_translates_what_another_does(project: Path) -> None:
    catalog = yaml.safe_load((project / ZH).read_text(encoding="utf-8"))
    del catalog["cli"]["since {0}"]
    (project / "languages/fr").mkdir()
    (project / "languages/fr/phrases.yaml").write_text(yaml.safe_dump(catalog, allow_unicode=True), encoding="utf-8")
    with pytest.raises(Exception, match=r"languages/fr/phrases\.yaml:\d+:1: section `cli` lacks 'since \{0\}'"):
        load(project, ["zh", "fr"])


def cli_phrases() -> set[str]:
    """Every phrase the command line says: the literals it passes to Output.t, and the status words."""
    tree = ast.parse((REPO / "src/pns_errors/cli.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        func = node.func if isinstance(node, ast.Call) else None
        if isinstance(node, ast.Call) and getattr(func, "attr", getattr(func, "id", None)) == "t":
            for arg in node.args[:1]:
                found |= {c.value for c in ast.walk(arg) if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    return found | {"active", "deprecated", "retired"}


def test_every_cli_phrase_has_a_translation_in_each_language() -> None:
    phrases = cli_phrases()
    assert len(phrases) > 20 and "no code matches {0}" in phrases  # the scan finds them
    for tag, language in load(REPO, ["zh"]).items():
        assert sorted(phrases - set(language.phrases["cli"])) == [], tag
        assert sorted(set(language.phrases["cli"]) - phrases) == [], tag  # none left over, either


def test_the_phrases_live_only_in_the_language_files() -> None:
    """No hand-written Chinese phrase table is left in the generator, the package or the 404 page."""
    zh = load(REPO, ["zh"])["zh"]
    assert set(SECTIONS) == set(zh.phrases)
    for path in ("generator/i18n.py", "src/pns_errors/_language.py", "src/pns_errors/cli.py", "overrides/404.html"):
        text = (REPO / path).read_text(encoding="utf-8")
        assert not re.search(r"[\u4e00-\u9fff]", text), path


def mkdocs_phrases() -> set[str]:
    """What the language configs translate from mkdocs.yml: the site's name, description, nav titles, toggles."""
    from generator.language_files import _ConfigLoader

    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    titles: set[str] = set()

    def walk(items: object) -> None:
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict):
                titles.update(item)
                for value in item.values():
                    walk(value)

    walk(config["nav"])
    toggles = {scheme["toggle"]["name"] for scheme in config["theme"]["palette"]}
    return titles | toggles | {config["site_name"], config["site_description"]}


def test_no_script_or_signing_phrase_is_left_over() -> None:
    """A phrase whose English changed in pns_errors stays behind under its old key: the
    language would still pass the completeness check while its new phrase is missing."""
    from generator.languages import _declared_script_phrases

    declared = _declared_script_phrases()
    catalog = yaml.safe_load((REPO / ZH).read_text(encoding="utf-8"))
    page_404 = set(re.findall(r'words\["([^"]+)"\]', (REPO / "overrides/404.html").read_text(encoding="utf-8")))
    assert [p for p in catalog["signing"] if declared.get(p) != "signing"] == []
    assert [p for p in catalog["site"] if declared.get(p) != "site" and p not in page_404] == []


def test_no_page_phrase_is_left_over() -> None:
    """Each phrase of `pages` is asked for: by a template, a triage word, a status, or mkdocs.yml."""
    from test_translations import template_phrases

    from generator.model import FIX_BY, RETRY

    triage = {text for check in (FIX_BY, RETRY) for text in [*check.choices.values(), *check.labels.values()]}
    asked = template_phrases() | triage | {"active", "deprecated", "retired"} | mkdocs_phrases()
    assert sorted(set(load(REPO, ["zh"])["zh"].phrases["pages"]) - asked) == []


def test_the_watcher_regenerates_on_a_language_file_edit() -> None:
    from generator.watch import sources

    watched = {path.relative_to(REPO).as_posix() for path in sources(REPO)}
    assert {ZH, "languages/zh/search-words.txt"} <= watched
    assert "mkdocs.zh.yml" not in watched  # generated now: an output, not a source
