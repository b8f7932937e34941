"""Chinese from the package and the command line: localized(), --lang and the locale."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import yaml

from conftest import REPO
from pns_errors import Category, ErrorCode, FixBy, Retry
from pns_errors._base import language_candidates

SOURCE = yaml.safe_load((REPO / "errors.yaml").read_text(encoding="utf-8"))
ZH = {e["code"]: e["translations"]["zh"] for e in SOURCE["errors"]}
RECORDS = {e["code"]: e for e in json.loads((REPO / "docs/errors.json").read_text(encoding="utf-8"))["errors"]}


@pytest.mark.parametrize("member", list(ErrorCode), ids=lambda m: str(m.value))
def test_localized_zh_carries_the_yaml_translation(member: ErrorCode) -> None:
    text = member.localized("zh")
    source = ZH[member.value]
    assert text.language == "zh"
    assert text.message == source["message"] and text.message != member.message
    assert text.description.strip() == source.get("description", "").strip()
    # Links become absolute, into the Chinese site; the rest is the translation as written.
    assert "../" not in text.solution and "](https://pns-errors.example.org/guides/" not in text.solution
    assert text.solution.replace("https://pns-errors.example.org/zh/", "").count("](") == source["solution"].count("](")
    assert member.to_dict()["translations"] == RECORDS[member.value]["translations"]


def test_links_in_a_translation_lead_to_the_chinese_pages() -> None:
    solution = ErrorCode.INVALID_SIGNATURE.localized("zh").solution
    assert "(https://pns-errors.example.org/zh/tools/signature/)" in solution
    assert "(https://pns-errors.example.org/zh/guides/calling-conventions/#signature-algorithm)" in solution


@pytest.mark.parametrize("tag", ["zh", "ZH", "zh-CN", "zh_CN.UTF-8", "zh-Hans-CN", "zh_TW@euro"])
def test_locale_forms_of_chinese_select_it(tag: str) -> None:
    assert ErrorCode.TIMESTAMP_EXPIRED.localized(tag).message == "时间戳过期"
    assert Category.COMMON.localized(tag).title == "通用错误"


@pytest.mark.parametrize("tag", ["en", "fr", "", "C", "POSIX", "english"])
def test_a_language_the_catalog_lacks_gives_english(tag: str) -> None:
    text = ErrorCode.TIMESTAMP_EXPIRED.localized(tag)
    assert text.language == "en"
    assert (text.message, text.solution) == (ErrorCode.TIMESTAMP_EXPIRED.message, ErrorCode.TIMESTAMP_EXPIRED.solution)
    category = Category.PNS.localized(tag)
    assert (category.language, category.title) == ("en", Category.PNS.title)


def test_language_candidates_go_from_specific_to_general() -> None:
    assert language_candidates("zh_CN.UTF-8") == ["zh-cn", "zh"]
    assert language_candidates("zh-Hant-TW") == ["zh-hant-tw", "zh-hant", "zh"]
    assert language_candidates("") == []


def test_triage_words_in_chinese() -> None:
    assert FixBy.ACCOUNT.label_in("zh") == "账号" and FixBy.ACCOUNT.label_in("fr") == "Account"
    assert Retry.BACKOFF.meaning_in("zh_CN").startswith("可以，稍后重试")
    assert Retry.BACKOFF.meaning_in("en") == Retry.BACKOFF.meaning


def cli(*args: str, input_text: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
    return subprocess.run(
        [sys.executable, "-m", "pns_errors", *args],
        input=input_text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**clean, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8", **env},
    )


def test_lang_zh_prints_the_chinese_texts_and_the_apis_own_message() -> None:
    done = cli("--lang", "zh", "1003")
    assert done.returncode == 0
    first, facts = done.stdout.splitlines()[:2]
    assert first == "1003  签名无效"
    assert "API 返回：Invalid signature" in facts and "通用错误" in facts
    assert "原因及解决方法" in done.stdout and "由谁解决：客户的开发人员" in done.stdout
    assert "https://pns-errors.example.org/zh/errors/1003/" in done.stdout


@pytest.mark.parametrize(
    ("env", "chinese"),
    [
        ({"LANG": "zh_CN.UTF-8"}, True),
        ({"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, True),  # LC_MESSAGES outranks LANG
        ({"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, False),  # LC_ALL outranks both
        ({"LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, True),
        ({"LANG": "fr_FR.UTF-8"}, False),
        ({}, False),
    ],
)
def test_the_locale_chooses_the_language_without_lang(env: dict[str, str], chinese: bool) -> None:
    done = cli("1004", **env)
    assert done.returncode == 0
    assert done.stdout.splitlines()[0] == ("1004  时间戳过期" if chinese else "1004  Timestamp expired")


def test_lang_overrides_the_locale() -> None:
    assert cli("--lang", "en", "1004", LANG="zh_CN.UTF-8").stdout.startswith("1004  Timestamp expired")
    assert cli("1004", "--lang=zh", LANG="en_US.UTF-8").stdout.startswith("1004  时间戳过期")


def test_an_unknown_lang_is_a_usage_error() -> None:
    done = cli("--lang", "fr", "1003")
    assert done.returncode == 2 and done.stdout == ""
    assert "no texts in 'fr'; this catalog has: en, zh" in done.stderr and "Traceback" not in done.stderr


def test_lang_works_before_and_after_every_command() -> None:
    assert "通用错误 (common)" in cli("--lang", "zh", "list", "--category", "common").stdout
    assert "10010  虚拟号码已耗尽" in cli("list", "--lang", "zh", "--fix-by", "account").stdout
    explained = cli("--lang", "zh", "explain", input_text='{"code": 10010, "requestId": "r-9"}')
    assert "虚拟号码已耗尽" in explained.stdout and "/zh/errors/10010/" in explained.stdout
    unknown = cli("--lang", "zh", "10099")
    assert unknown.returncode == 1 and unknown.stderr.startswith("10099：不在本目录中（版本")


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(("query", "code"), [("签名", 1003), ("时间戳", 1004), ("耗尽", 10010), ("signature", 1003)])
def test_search_finds_words_of_either_language(lang: str, query: str, code: int) -> None:
    done = cli("--lang", lang, "search", query)
    assert done.returncode == 0
    assert done.stdout.split()[0] == str(code)


def test_json_carries_the_translations() -> None:
    done = cli("--json", "1003")
    record = json.loads(done.stdout)[0]
    assert record["translations"]["zh"]["message"] == "签名无效"
    assert record["translations"]["zh"]["language"] == "zh"


def columns(line: str) -> int:
    """How many terminal columns a line takes: East Asian wide and full-width characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


@pytest.mark.parametrize("width", [50, 80])
def test_chinese_output_is_wrapped_to_the_terminal_width(width: int) -> None:
    done = cli("--lang", "zh", "1003", "10004", COLUMNS=str(width))
    lines = [line for line in done.stdout.splitlines() if "://" not in line and "INVALID_SIGNATURE" not in line]
    lines = [line for line in lines if "BINDING_NUMBER_PREFIX_MISMATCH" not in line]  # the facts line is not wrapped
    assert len(lines) > 20
    too_wide = [line for line in lines if columns(line) > width - 1]
    assert too_wide == []
    assert not any(line.lstrip().startswith(("，", "。", "）", "、")) for line in lines)  # no line opens with a comma


LAZY = """
import sys
import pns_errors
loaded = lambda: any(name.startswith("pns_errors._catalog_") for name in sys.modules)
assert not loaded(), "the Chinese texts were read by the import"
assert pns_errors.ErrorCode(1003).message == "Invalid signature" and not loaded()
assert pns_errors.ErrorCode(1003).localized("zh").message == "签名无效" and loaded()
print("ok")
"""


def test_other_languages_are_read_on_first_use_not_by_the_import() -> None:
    done = subprocess.run([sys.executable, "-c", LAZY], capture_output=True, text=True, env={**os.environ})
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
