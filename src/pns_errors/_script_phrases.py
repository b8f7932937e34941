"""The fixed phrases of the site's scripts (jump box, finder, 404 page, index filter,
signature tool) and of the signing diagnosis, which ``pns-errors sign --check`` prints too.

English is the key: each phrase is written once, here (or, for a signing mistake, in
``signing.MISTAKES``), with named placeholders such as ``{code}``; the generator writes
them into ``overrides/assets/generated/rules.js`` for the browser. A language without a
phrase says it in English. This module imports nothing, so the generator can read it.
"""

from __future__ import annotations

# What the scripts say, by the name the scripts use.
SCRIPT_PHRASES = {
    "copy": "Copy",
    "copy_label": "Copy {text}",
    "copied": "Copied",
    "not_in_catalog_nearest": "{code} — not in this catalog (nearest: {nearest})",
    "success": "This response is a success (code 0): there is no error in it.",
    "none_found": (
        "No error code found in what you pasted, and no code's message or synonyms match it. "
        "Try the search at the top of the page."
    ),
    "matching": "No error code in that; the codes whose words match it, best first:",
    "by_message": " (recognised by its message)",
    "found_one": "1 error code found",
    "found_many": "{count} error codes found",
    "and_success": " (and a success, code 0)",
    "list_follows": "{text}:",
    "not_a_code": "“{text}” is not an error code. Type its digits, such as 10004, or use the search at the top of the page.",
    "type_a_code": "Type an error code, such as 10004.",
    "zero": "Code 0 is not an error: it means the request succeeded.",
    "unknown": "Error code {code} is not in this catalog. Nearest known codes:",
    "load_failed": "Could not load the list of codes ({error}). Opening the page for {code}.",
    "unknown_heading": "Error code {code} is not in this catalog",
    "unknown_detail": "It may be newer than this catalog, or mistyped. The nearest known codes:",
    "matches": "{shown} of {total} codes match",
    "search": "Search",
    # The signature tool's verdict; `pns-errors sign --check` says the same.
    "verdict_empty": "Paste the sign the client sent to compare.",
    "verdict_match": "Match: the client's sign is right.",
    "verdict_mismatch": "Mismatch: the client's sign is wrong.",
    "algorithm_conflict": "the algorithm header says {said} but {chosen} was asked for",
    # One finding of the diagnosis: what is wrong, then what to do (signing.MISTAKES).
    "finding": "{message}; {fix}",
}

# moves to the phrase catalog (issue 24, languages as data)
ZH: dict[str, str] = {
    # the scripts
    "Copy": "复制",
    "Copy {text}": "复制 {text}",
    "Copied": "已复制",
    "{code} — not in this catalog (nearest: {nearest})": "{code} — 不在本目录中（最接近的：{nearest}）",
    "This response is a success (code 0): there is no error in it.": "这是一个成功的响应（code 为 0），其中没有错误。",
    SCRIPT_PHRASES[
        "none_found"
    ]: "粘贴的内容中没有找到错误码，也没有与之匹配的错误消息或常见说法。请试试页面顶部的搜索。",
    "No error code in that; the codes whose words match it, best first:": "其中没有错误码；文字与之匹配的错误码（按匹配程度排列）：",
    " (recognised by its message)": "（按消息识别）",
    "1 error code found": "找到 1 个错误码",
    "{count} error codes found": "找到 {count} 个错误码",
    " (and a success, code 0)": "（另有一个成功响应，code 为 0）",
    "{text}:": "{text}：",
    SCRIPT_PHRASES["not_a_code"]: "“{text}”不是错误码。请输入错误码的数字，例如 10004，或使用页面顶部的搜索。",
    "Type an error code, such as 10004.": "请输入错误码，例如 10004。",
    "Code 0 is not an error: it means the request succeeded.": "code 0 不是错误：它表示请求成功。",
    "Error code {code} is not in this catalog. Nearest known codes:": "错误码 {code} 不在本目录中。最接近的已知错误码：",
    "Could not load the list of codes ({error}). Opening the page for {code}.": (
        "无法加载错误码列表（{error}）。正在打开 {code} 的页面。"
    ),
    "Error code {code} is not in this catalog": "错误码 {code} 不在本目录中",
    "It may be newer than this catalog, or mistyped. The nearest known codes:": (
        "它可能比本目录新，也可能输错了。最接近的已知错误码："
    ),
    "{shown} of {total} codes match": "{total} 个错误码中有 {shown} 个匹配",
    "Search": "搜索",
    "Paste the sign the client sent to compare.": "粘贴客户端发送的 sign 即可比较。",
    "Match: the client's sign is right.": "一致：客户端的 sign 正确。",
    "Mismatch: the client's sign is wrong.": "不一致：客户端的 sign 错误。",
    "{message}; {fix}": "{message}；{fix}",
    "the algorithm header says {said} but {chosen} was asked for": "algorithm 请求头是 {said}，但要求的是 {chosen}",
    # signing.MISTAKES: what is wrong
    "the algorithm header is `{algorithm}`": "algorithm 请求头是 `{algorithm}`",
    "ts `{ts}` is not a number of milliseconds": "ts `{ts}` 不是毫秒数",
    "ts {ts} is in seconds": "ts {ts} 是秒数",
    "ts is {seconds} s {direction} now": "ts 比当前时间{direction} {seconds} 秒",
    "ahead of": "快",
    "behind": "慢",
    "the sign is right ({algorithm})": "sign 正确（{algorithm}）",
    "the sign is in upper-case hex": "sign 使用了大写十六进制",
    "the sign was made with {other}, but the request says {algorithm}": "sign 是用 {other} 计算的，但请求声明的是 {algorithm}",
    "the sign was computed with ts {what} ({ts})": "sign 是用{what}的 ts（{ts}）计算的",
    "in seconds": "以秒为单位",
    "in milliseconds while the ts header is in seconds": "以毫秒为单位（而请求头中的 ts 是秒数）",
    "the signed body differs from the one sent: it was signed {layout}{escapes}": (
        "参与签名的请求体与发送的不同：签名时用的是“{layout}{escapes}”的版本"
    ),
    "with spaces after `,` and `:`": "逗号和冒号后带空格",
    "compact, without spaces": "紧凑、无空格",
    "pretty-printed over several lines": "多行缩进",
    "with its keys sorted": "键已排序",
    "with its keys sorted and spaces": "键已排序且带空格",
    ", non-ASCII as \\uXXXX escapes": "、非 ASCII 字符转义为 \\uXXXX",
    "the signed body was {what}": "参与签名的请求体{what}",
    "with a final newline": "结尾多了换行",
    "without its final newline": "结尾少了换行",
    "the body was left out of the signature": "签名时漏掉了请求体",
    "a body was signed, but none is sent (or the request is form-data)": "签名时带了请求体，但实际没有发送（或请求是 form-data）",
    "`{header}` was included in headersStr": "headersStr 中包含了 `{header}`",
    "the headers were not sorted ({order})": "请求头没有排序（{order}）",
    "the accessSecret was used {what}": "使用的 accessSecret {what}",
    "with surrounding spaces or a newline": "前后带有空格或换行",
    "with a space": "结尾多了空格",
    "no known mistake reproduces the sent sign: the accessSecret is the likely cause (another account's, or an old one)": (
        "没有任何已知错误能复现发送的 sign：最可能的原因是 accessSecret（其他账号的，或旧的）"
    ),
    # signing.MISTAKES: what to do
    "use md5 or sha256": "请使用 md5 或 sha256",
    "send the milliseconds since 1970 (13 digits)": "请发送自 1970 年起的毫秒数（13 位数字）",
    "send milliseconds (13 digits), or the API answers 1004": "请发送毫秒数（13 位数字），否则 API 会返回 1004",
    "keep the clock in time; the API allows {window} s (error 1004)": "请校准时钟；API 只允许相差 {window} 秒（错误 1004）",
    "the request is signed correctly": "请求的签名无误",
    "send it in lower case": "请改用小写",
    "sign with {algorithm}, or send the algorithm header {other}": "请用 {algorithm} 签名，或在 algorithm 请求头中声明 {other}",
    "use the same ts in milliseconds in both": "签名和请求头中请使用同一个毫秒数 ts",
    "sign the exact text you send": "请对实际发送的文本签名",
    "sign the exact bytes you send": "请对实际发送的字节签名",
    "append &body= and the exact JSON text": "请附加 &body= 和 JSON 原文",
    "sign without &body=": "签名时不要加 &body=",
    "sign only accessKey, action, bizType and ts": "只应对 accessKey、action、bizType 和 ts 签名",
    "sort the keys in ASCII order": "请按 ASCII 顺序排列键",
    "trim it": "请去掉多余的空白",
    "check it, then the signed body": "请先检查它，再检查参与签名的请求体",
}

TRANSLATIONS: dict[str, dict[str, str]] = {"zh": ZH}


def translate(language: str, english: str) -> str:
    """``english`` in ``language`` (its own phrases, else its primary language's, as phrases.js
    reads them); English where neither has the phrase."""
    for tag in (language, language.split("-")[0]):
        if english in TRANSLATIONS.get(tag, {}):
            return TRANSLATIONS[tag][english]
    return english


def fill(template: str, params: dict[str, object]) -> str:
    """``{name}`` replaced by ``params[name]``; overrides/assets/phrases.js fills the same way."""
    import re

    return re.sub(r"\{(\w+)\}", lambda m: str(params[m.group(1)]), template)
