# generated from errors.yaml by `python -m generator`; do not edit (from languages/zh/phrases.yaml)
"""The command line's fixed phrases in each catalog language besides English, and the
signature tool's verdicts. English is the key; a phrase missing in a language is said in English.
"""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "zh": {
        "since {0}": "自 {0} 起收录",
        "the API sends: {0}": "API 返回：{0}",
        "RETIRED in {0}: {1}": "已于 {0} 停用：{1}",
        "DEPRECATED since {0}: {1}{2}": "自 {0} 起弃用：{1}{2}",
        "; use {0} {1}": "；请改用 {0} {1}",
        "Who fixes it": "由谁解决",
        "Retry": "能否重试",
        "{0}: {1}": "{0}：{1}",
        "What it means": "含义",
        "Causes and solutions": "原因及解决方法",
        "More: {0}": "详见：{0}",
        "{0}: not in this catalog (version {1}). Nearest known codes:": "{0}：不在本目录中（版本 {1}）。最接近的已知错误码：",
        "0: not an error: code 0 means the request succeeded.": "0：不是错误：code 0 表示请求成功。",
        "no code matches {0}": "没有与 {0} 匹配的错误码",
        "no code matches these filters": "没有符合这些条件的错误码",
        "This is a success (code 0): no error in it.": "这是一个成功的响应（code 为 0），其中没有错误。",
        "No error code found.": "没有找到错误码。",
        "recognised by its message: the paste holds no code": "按消息识别：粘贴的内容中没有错误码",
        "{0} is not an error code or a known message; the codes whose words match it:": "{0} 不是错误码，也不是已知的错误消息；文字与之匹配的错误码：",
        "{0}  not in this catalog (version {1}); nearest: {2}{3}": "{0}  不在本目录中（版本 {1}）；最接近的：{2}{3}",
        "fix by {0}": "由{0}解决",
        " (+{0} more)": "（另有 {0} 个）",
        "({0})": "（{0}）",
        "active": "有效",
        "deprecated": "已弃用",
        "retired": "已停用",
    },
}

SIGNING: dict[str, dict[str, str]] = {
    "zh": {
        "Paste the sign the client sent to compare.": "粘贴客户端发送的 sign 即可比较。",
        "Match: the client's sign is right.": "一致：客户端的 sign 正确。",
        "Mismatch: the client's sign is wrong.": "不一致：客户端的 sign 错误。",
    },
}
