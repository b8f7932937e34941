"""Which language the command line speaks, and its own phrases in each.

The catalog's texts come from ``localized()``; this module holds only the
command's fixed phrases. English is the key; a language without a phrase says
it in English.
"""

from __future__ import annotations

from ._base import language_candidates
from ._catalog import LANGUAGES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

# POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

PHRASES: dict[str, dict[str, str]] = {
    "zh": {
        "since {0}": "自 {0} 起收录",
        "the API sends: {0}": "API 返回：{0}",
        "RETIRED in {0}: {1}": "已于 {0} 停用：{1}",
        "DEPRECATED since {0}: {1}{2}": "自 {0} 起弃用：{1}{2}",
        "; use {0} {1}": "；请改用 {0} {1}",
        "Who fixes it": "由谁解决",
        "Retry": "能否重试",
        "What it means": "含义",
        "Causes and solutions": "原因及解决方法",
        "More: {0}": "详见：{0}",
        "{0}: not in this catalog (version {1}). Nearest known codes:": (
            "{0}：不在本目录中（版本 {1}）。最接近的已知错误码："
        ),
        "0: not an error: code 0 means the request succeeded.": "0：不是错误：code 0 表示请求成功。",
        "no code matches {0}": "没有与 {0} 匹配的错误码",
        "no code matches these filters": "没有符合这些条件的错误码",
        "This is a success (code 0): no error in it.": "这是一个成功的响应（code 为 0），其中没有错误。",
        "No error code found.": "没有找到错误码。",
        "recognised by its message: the paste holds no code": "按消息识别：粘贴的内容中没有错误码",
        "{0} is not an error code or a known message; the codes whose words match it:": (
            "{0} 不是错误码，也不是已知的错误消息；文字与之匹配的错误码："
        ),
        "{0}  not in this catalog (version {1}); nearest: {2}{3}": "{0}  不在本目录中（版本 {1}）；最接近的：{2}{3}",
        "fix by {0}": "由{0}解决",
        " (+{0} more)": "（另有 {0} 个）",
        "({0})": "（{0}）",
        "active": "有效",
        "deprecated": "已弃用",
        "retired": "已停用",
    }
}


class UnknownLanguage(ValueError):
    """``--lang`` names a language this catalog has no texts in."""


def choose(explicit: str | None, environ: Mapping[str, str]) -> str:
    """The output language: ``--lang`` if given (it must exist), else the locale's, else English."""
    if explicit is not None:
        for tag in language_candidates(explicit):
            if tag in LANGUAGES:
                return tag
        raise UnknownLanguage(f"no texts in {explicit!r}; this catalog has: {', '.join(LANGUAGES)}")
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:  # the first one set decides, even if it is "C"
            return next((tag for tag in language_candidates(value) if tag in LANGUAGES), "en")
    return "en"


def phrase(language: str, text: str, *values: object) -> str:
    """``text`` in ``language``, with ``{0}``, ``{1}`` ... filled in."""
    return PHRASES.get(language, {}).get(text, text).format(*values)
