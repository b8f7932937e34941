"""The wording of generated pages in each language besides English.

Templates wrap every fixed phrase in ``_()``; English is the key, and each other
language maps it to its translation. A phrase missing here stops the generator
(``MissingPhrase``), so a new template phrase cannot reach a page untranslated.
The catalog's own texts (messages, solutions) are translated in errors.yaml.
"""

from __future__ import annotations

from collections.abc import Callable

NAMES = {"en": "English", "zh": "简体中文"}  # what the language switcher shows

PHRASES: dict[str, dict[str, str]] = {
    "zh": {
        # error.md.j2
        "Error %d: %s. What it means and how to fix it.": "错误码 %d：%s。含义及解决方法。",
        "Not translated yet": "尚未翻译",
        "This code has no translation yet; its texts are shown in English.": "此错误码尚无中文翻译，以下为英文原文。",
        "Translation out of date": "翻译可能已过时",
        "The English text of this code changed after it was translated;": "此错误码的英文原文在翻译之后有过修改；",
        "see the English page": "请参阅英文页面",
        "Retired in %s": "已于 %s 停用",
        "The API no longer returns this code:": "API 已不再返回此错误码：",
        "It stays documented for old logs and old clients, and it will never be reused.": (
            "为方便查阅旧日志和旧客户端，本页继续保留；此错误码永远不会被重新使用。"
        ),
        "Deprecated since %s": "自 %s 起弃用",
        "Use %s instead.": "请改用 %s。",
        "Message": "消息",
        "What the API sends": "API 返回的消息原文",
        "The API may also send": "API 也可能返回",
        "(seen in %s)": "（出处：%s）",
        "Also searched as": "常见说法",
        "The words people use for this error besides its message; the search finds this page by them.": (
            "除错误消息外，人们描述这个错误时常用的说法；搜索这些词也能找到本页。"
        ),
        ", ": "、",
        "Category": "分类",
        "Enum name": "枚举名",
        "formerly": "曾用名",
        "Status": "状态",
        "active": "有效",
        "deprecated": "已弃用",
        "retired": "已停用",
        "in the catalog since %s": "自 %s 起收录",
        "Who fixes it": "由谁解决",
        "Retry": "能否重试",
        "Why": "理由",
        ".": "。",
        ":": "：",
        "What it means": "含义",
        "Causes and solutions": "原因及解决方法",
        "What to ask the customer for": "需要向客户索取的信息",
        "Besides the `requestId` of the failed request:": "除失败请求的 `requestId` 外，还需要：",
        "What the client receives": "客户端收到的响应",
        "Every response of the API is a JSON envelope; a non-zero `code` is an error. "
        "The `msg` the server sends may differ from the catalog's message.": (
            "API 的每个响应都是一个 JSON 信封，`code` 不为 0 即表示出错。"
            "服务器返回的 `msg` 是英文，且可能与本目录中的消息略有不同。"
        ),
        "Handling it in your language": "用你的编程语言处理",
        "body: the decoded JSON response": "body：解码后的 JSON 响应",
        "handle it here": "在这里处理",
        "Related codes": "相关错误码",
        "Permalink, for tickets and chat:": "永久链接，可贴到工单或聊天中：",
        "Edit this error in errors.yaml": "在 errors.yaml 中编辑此错误码",
        # triage words (model.FIX_BY, model.RETRY)
        "the customer's developer: the request or the client's code is wrong": "客户的开发人员（请求或客户端代码有误）",
        "the customer's account administrator or account manager: settings, permissions or numbers": (
            "客户的账号管理员或客户经理（涉及账号设置、权限或号码）"
        ),
        "NXCLOUD: a failure on the service's side; escalate with the requestId": (
            "NXCLOUD（服务端故障，请携带 requestId 上报）"
        ),
        "no: the same request fails again until something changes": "不能，在情况改变之前，同样的请求会再次失败",
        "yes, at once, with a rebuilt request (a new ts and sign)": "可以，立即重试，但要重新构造请求（新的 ts 和 sign）",
        "yes, later: the failure is transient; retry with exponential backoff and a limit": (
            "可以，稍后重试。这是临时故障，请按指数退避重试，并限制次数"
        ),
        "Developer": "开发人员",
        "Account": "账号",
        "NXCLOUD": "NXCLOUD",
        "No": "不能",
        "Rebuilt, at once": "重新构造后立即重试",
        "Later, with backoff": "稍后退避重试",
        # category.md.j2, index.md.j2
        "Codes of this category lie between %d and %d.": "此分类的错误码介于 %d 与 %d 之间。",
        "Code": "错误码",
        "All error codes": "全部错误码",
        "%d codes in %d categories, catalog version %s. Each code links to its page: what it means, "
        "its causes and how to fix them. The whole table is also available as [JSON](%s).": (
            "共 %d 个错误码，分为 %d 类，目录版本 %s。每个错误码都链接到它的页面：含义、原因及解决方法。"
            "完整的表格也提供 [JSON](%s) 格式。"
        ),
        "Filter by code, words or name": "按错误码、文字或枚举名筛选",
        "Filter the error codes": "筛选错误码",
        "Anyone fixes it": "不限由谁解决",
        "%s fixes it": "由%s解决",
        # changelog.md.j2
        "Changelog": "更新记录",
        "What changed in each version of the catalog, newest first. Codes are never deleted or reused: "
        "a code the API stops returning is *retired* and keeps its page. Each released version is frozen "
        "in `releases/<version>.json`.": (
            "目录每个版本的变化，最新的在前。错误码永远不会被删除或重新使用：API 不再返回的错误码"
            "会被标记为*已停用*，并保留其页面。每个已发布的版本都冻结在 `releases/<version>.json` 中。"
        ),
        "(unreleased)": "（未发布）",
        "No changes.": "无变化。",
        "First version of the catalog, with %d codes.": "目录的第一个版本，共 %d 个错误码。",
        "Added": "新增",
        "Deprecated": "弃用",
        "Retired": "停用",
        "Renamed": "改名",
        "(the old name stays an alias)": "（旧名称保留为别名）",
        "Messages changed": "消息变更",
        "Removed": "删除",
        "(allowed explicitly by `allow_breaking`)": "（经 `allow_breaking` 明确允许）",
        # blocks/*.j2 (the support guide)
        "Retry first": "先重试",
        "Ask for": "索取",
    }
}


class MissingPhrase(Exception):
    """A template phrase has no translation in a catalog language."""


def translator(language: str) -> Callable[[str], str]:
    """``_`` for the templates: the phrase in ``language``; English returns it unchanged."""
    if language == "en":
        return lambda phrase: phrase
    if language not in PHRASES:
        raise MissingPhrase(
            f"catalog.languages lists `{language}`, but generator/i18n.py has no phrases for it; "
            f"add PHRASES[{language!r}] (and NAMES[{language!r}])"
        )
    table = PHRASES[language]

    def translate(phrase: str) -> str:
        try:
            return table[phrase]
        except KeyError:
            raise MissingPhrase(
                f"generator/i18n.py: the phrase {phrase!r} has no `{language}` translation; add it to PHRASES"
            ) from None

    return translate
