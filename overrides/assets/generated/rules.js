// @ts-check
// generated from errors.yaml by `python -m generator`; do not edit.
// The rules and words of pns_errors for the site's scripts, declared once in Python:
// src/pns_errors/_rules.py, signing.py (the table of mistakes) and _script_phrases.py; the words
// of each language come from languages/<tag>/phrases.yaml.
// Each table is one line of JSON: read the declaration, not this file (and a duplicate finder
// then sees no copy of it).

/**
 * One way to build the wrong string or value (pns_errors.signing.Mistake): signing.js's
 * diagnose runs the step `build` once per variant; `message` and `fix` are English
 * templates filled with the step's parameters, those named in `phrases` translated too.
 * @typedef {{
 *   kind: string, build: string, message: string, fix: string, variants: readonly Variant[],
 *   phrases: readonly string[], reproduces: boolean
 * }} Mistake
 */
/**
 * The parameters of one variant of a mistake; each build step reads its own.
 * @typedef {{
 *   divide?: number, multiply?: number, what?: string, layout?: string, item?: string, key?: string,
 *   indent?: number, sort_keys?: boolean, escapes?: string, ascii?: boolean, append?: string,
 *   strip?: string, trim?: boolean, ahead?: boolean, direction?: string, body?: string, header?: string, value?: string, order?: readonly string[]
 * }} Variant
 */

// --- limits (pns_errors._rules) ---
export const MAX_CODE = 2147483647;
export const MAX_RECORD = 65536;
export const MAX_REQUEST_IDS = 1000;
export const MAX_MESSAGE = 300;
export const FIRST_TEXT = 100;
export const MAX_TYPED = 40;
export const NEAREST = 5;

// --- patterns, matched case-insensitively (pns_errors._rules) ---
export const CODE_INPUT = "^\\s*(?:(?:error|err|code)\\s*[:#]?\\s*|[#eE]\\s*)?([0-9]{1,20})\\s*$";
export const MESSAGE_TRIM = "^[\\s\"'`]+|[\\s\"'`.!?;:,。、]+$";
export const WORD_SPLIT = "[\\s,;]+";
export const WORD_START = "(?:^|[^a-z0-9_])";
export const FIELD = "(?<![A-Za-z0-9_$-])[\"']?code[\"']?\\s*[:=]\\s*[\"']?(-?[0-9]+)(?![0-9.])";
export const MARKER = "(?:(?<![A-Za-z0-9_])(?:pns\\s+)?(?:error|err)\\s*[:#：]?\\s*|错误码\\s*[:：]?\\s*|错误代码\\s*[:：]?\\s*|/errors/)([0-9]{1,10})(?![0-9]|[.:/-][0-9])|(?<![A-Za-z0-9_#&])(?:E|#)\\s?([0-9]{4,9})(?![0-9.])";
export const NAME_BEFORE = "(?<![A-Za-z0-9_])(?:";
export const NAME_AFTER = ")(?![A-Za-z0-9_])";
export const MESSAGE_FIELD = "(?<![A-Za-z0-9_$-])[\"']?(?:msg|message)[\"']?\\s*[:=]\\s*(?:\"([^\"\\n]{1,300})\"|'([^'\\n]{1,300})'|([^\"',;}\\n][^,;}\\n]{0,299}))";
export const REQUEST_ID = "request[_-]?id[\"']?(?:\\s*[:=]\\s*[\"']?([A-Za-z0-9][A-Za-z0-9_-]{0,63})|\\s+([A-Za-z0-9_-]*[0-9][A-Za-z0-9_-]{0,63}))";

/** The search's points, by where a query matches (pns_errors._lookup.score). */
export const SCORES = {"wording": 1000, "synonym": 500, "wording_start": 200, "code": 100, "name": 20, "wording_word": 10, "in_wording": 5, "synonym_word": 8, "in_synonym": 4, "wording_chars": 3, "synonym_chars": 2};

// --- pages ---
export const PAGE_PATH = "errors/{code}/";
export const CODES_PATH = "errors/codes.json";

// --- signing (pns_errors.signing) ---
/** @type {readonly string[]} */
export const SIGNED_HEADERS = ["accessKey", "action", "bizType", "ts"];
/** @type {readonly string[]} */
export const ALGORITHMS = ["md5", "sha256"];
export const TS_WINDOW_MS = 60000;
export const SECONDS_DIGITS = 10;
/** @type {Mistake} */
export const ALGORITHM_UNKNOWN = {"kind": "algorithm-unknown", "build": "algorithm", "message": "the algorithm header is `{algorithm}`", "fix": "use md5 or sha256", "variants": [{}], "phrases": [], "reproduces": false};
/** @type {readonly Mistake[]} */
export const CLOCK = [
  {"kind": "ts-invalid", "build": "ts-digits", "message": "ts `{ts}` is not a number of milliseconds", "fix": "send the milliseconds since 1970 (13 digits)", "variants": [{}], "phrases": [], "reproduces": false},
  {"kind": "ts-seconds", "build": "ts-length", "message": "ts {ts} is in seconds", "fix": "send milliseconds (13 digits), or the API answers 1004", "variants": [{}], "phrases": [], "reproduces": false},
  {"kind": "ts-skew", "build": "ts-window", "message": "ts is {seconds} s {direction} now", "fix": "keep the clock in time; the API allows {window} s (error 1004)", "variants": [{"ahead": true, "direction": "ahead of"}, {"ahead": false, "direction": "behind"}], "phrases": ["direction"], "reproduces": false},
];
/** @type {Mistake} */
export const CORRECT = {"kind": "correct", "build": "same", "message": "the sign is right ({algorithm})", "fix": "the request is signed correctly", "variants": [{}], "phrases": [], "reproduces": true};
/** @type {readonly Mistake[]} */
export const MISTAKES = [
  {"kind": "uppercase-hex", "build": "hex-case", "message": "the sign is in upper-case hex", "fix": "send it in lower case", "variants": [{}], "phrases": [], "reproduces": true},
  {"kind": "wrong-algorithm", "build": "other-algorithm", "message": "the sign was made with {other}, but the request says {algorithm}", "fix": "sign with {algorithm}, or send the algorithm header {other}", "variants": [{}], "phrases": [], "reproduces": true},
  {"kind": "ts-seconds", "build": "ts-scale", "message": "the sign was computed with ts {what} ({ts})", "fix": "use the same ts in milliseconds in both", "variants": [{"divide": 1000, "what": "in seconds"}, {"multiply": 1000, "what": "in milliseconds while the ts header is in seconds"}], "phrases": ["what"], "reproduces": true},
  {"kind": "body-reserialised", "build": "body-json", "message": "the signed body differs from the one sent: it was signed {layout}{escapes}", "fix": "sign the exact text you send", "variants": [{"layout": "with spaces after `,` and `:`", "item": ", ", "key": ": ", "indent": 0, "sort_keys": false, "escapes": "", "ascii": false}, {"layout": "with spaces after `,` and `:`", "item": ", ", "key": ": ", "indent": 0, "sort_keys": false, "escapes": ", non-ASCII as \\uXXXX escapes", "ascii": true}, {"layout": "compact, without spaces", "item": ",", "key": ":", "indent": 0, "sort_keys": false, "escapes": "", "ascii": false}, {"layout": "compact, without spaces", "item": ",", "key": ":", "indent": 0, "sort_keys": false, "escapes": ", non-ASCII as \\uXXXX escapes", "ascii": true}, {"layout": "pretty-printed over several lines", "item": ",", "key": ": ", "indent": 2, "sort_keys": false, "escapes": "", "ascii": false}, {"layout": "pretty-printed over several lines", "item": ",", "key": ": ", "indent": 2, "sort_keys": false, "escapes": ", non-ASCII as \\uXXXX escapes", "ascii": true}, {"layout": "with its keys sorted", "item": ",", "key": ":", "indent": 0, "sort_keys": true, "escapes": "", "ascii": false}, {"layout": "with its keys sorted", "item": ",", "key": ":", "indent": 0, "sort_keys": true, "escapes": ", non-ASCII as \\uXXXX escapes", "ascii": true}, {"layout": "with its keys sorted and spaces", "item": ", ", "key": ": ", "indent": 0, "sort_keys": true, "escapes": "", "ascii": false}, {"layout": "with its keys sorted and spaces", "item": ", ", "key": ": ", "indent": 0, "sort_keys": true, "escapes": ", non-ASCII as \\uXXXX escapes", "ascii": true}], "phrases": ["layout", "escapes"], "reproduces": true},
  {"kind": "body-reserialised", "build": "body-newline", "message": "the signed body was {what}", "fix": "sign the exact bytes you send", "variants": [{"append": "\n", "what": "with a final newline"}, {"strip": "\r\n", "what": "without its final newline"}], "phrases": ["what"], "reproduces": true},
  {"kind": "body-left-out", "build": "body-drop", "message": "the body was left out of the signature", "fix": "append &body= and the exact JSON text", "variants": [{}], "phrases": [], "reproduces": true},
  {"kind": "body-added", "build": "body-add", "message": "a body was signed, but none is sent (or the request is form-data)", "fix": "sign without &body=", "variants": [{"body": "{}"}, {"body": ""}], "phrases": [], "reproduces": true},
  {"kind": "extra-header", "build": "extra-header", "message": "`{header}` was included in headersStr", "fix": "sign only accessKey, action, bizType and ts", "variants": [{"header": "algorithm", "value": "algorithm"}, {"header": "sign", "value": "empty"}, {"header": "sign", "value": "sent"}], "phrases": [], "reproduces": true},
  {"kind": "unsorted-headers", "build": "header-order", "message": "the headers were not sorted ({order})", "fix": "sort the keys in ASCII order", "variants": [{"order": []}, {"order": ["accessKey", "ts", "bizType", "action"]}], "phrases": [], "reproduces": true},
  {"kind": "secret-whitespace", "build": "secret", "message": "the accessSecret was used {what}", "fix": "trim it", "variants": [{"trim": true, "what": "with surrounding spaces or a newline"}, {"append": "\n", "what": "with a final newline"}, {"append": " ", "what": "with a space"}], "phrases": ["what"], "reproduces": true},
];
/** @type {Mistake} */
export const UNKNOWN = {"kind": "unknown", "build": "none", "message": "no known mistake reproduces the sent sign: the accessSecret is the likely cause (another account's, or an old one)", "fix": "check it, then the signed body", "variants": [{}], "phrases": [], "reproduces": false};

// --- words: English by name (pns_errors._script_phrases); each language's by the English (languages/<tag>/phrases.yaml) ---
export const SCRIPT_PHRASES = {"copy": "Copy", "copy_label": "Copy {text}", "copied": "Copied", "not_in_catalog_nearest": "{code} — not in this catalog (nearest: {nearest})", "success": "This response is a success (code 0): there is no error in it.", "none_found": "No error code found in what you pasted, and no code's message or synonyms match it. Try the search at the top of the page.", "matching": "No error code in that; the codes whose words match it, best first:", "by_message": " (recognised by its message)", "found_one": "1 error code found", "found_many": "{count} error codes found", "and_success": " (and a success, code 0)", "list_follows": "{text}:", "not_a_code": "“{text}” is not an error code. Type its digits, such as 10004, or use the search at the top of the page.", "type_a_code": "Type an error code, such as 10004.", "zero": "Code 0 is not an error: it means the request succeeded.", "unknown": "Error code {code} is not in this catalog. Nearest known codes:", "load_failed": "Could not load the list of codes ({error}). Opening the page for {code}.", "unknown_heading": "Error code {code} is not in this catalog", "unknown_detail": "It may be newer than this catalog, or mistyped. The nearest known codes:", "matches": "{shown} of {total} codes match", "search": "Search", "verdict_empty": "Paste the sign the client sent to compare.", "verdict_match": "Match: the client's sign is right.", "verdict_mismatch": "Mismatch: the client's sign is wrong.", "algorithm_conflict": "the algorithm header says {said} but {chosen} was asked for", "finding": "{message}; {fix}"};
/** @type {Readonly<Record<string, Readonly<Record<string, string>>>>} */
export const TRANSLATIONS = {"zh": {"Page not found": "页面不存在", "There is no page at this address. Look an error code up instead:": "这个地址没有页面。请改为查询错误码：", "Go to an error code": "转到错误码", "e.g. 10004, or paste a log": "例如 10004，或粘贴日志", "Go": "查询", "All error codes": "全部错误码", "Copy": "复制", "Copy {text}": "复制 {text}", "Copied": "已复制", "{code} — not in this catalog (nearest: {nearest})": "{code} — 不在本目录中（最接近的：{nearest}）", "This response is a success (code 0): there is no error in it.": "这是一个成功的响应（code 为 0），其中没有错误。", "No error code found in what you pasted, and no code's message or synonyms match it. Try the search at the top of the page.": "粘贴的内容中没有找到错误码，也没有与之匹配的错误消息或常见说法。请试试页面顶部的搜索。", "No error code in that; the codes whose words match it, best first:": "其中没有错误码；文字与之匹配的错误码（按匹配程度排列）：", " (recognised by its message)": "（按消息识别）", "1 error code found": "找到 1 个错误码", "{count} error codes found": "找到 {count} 个错误码", " (and a success, code 0)": "（另有一个成功响应，code 为 0）", "{text}:": "{text}：", "“{text}” is not an error code. Type its digits, such as 10004, or use the search at the top of the page.": "“{text}”不是错误码。请输入错误码的数字，例如 10004，或使用页面顶部的搜索。", "Type an error code, such as 10004.": "请输入错误码，例如 10004。", "Code 0 is not an error: it means the request succeeded.": "code 0 不是错误：它表示请求成功。", "Error code {code} is not in this catalog. Nearest known codes:": "错误码 {code} 不在本目录中。最接近的已知错误码：", "Could not load the list of codes ({error}). Opening the page for {code}.": "无法加载错误码列表（{error}）。正在打开 {code} 的页面。", "Error code {code} is not in this catalog": "错误码 {code} 不在本目录中", "It may be newer than this catalog, or mistyped. The nearest known codes:": "它可能比本目录新，也可能输错了。最接近的已知错误码：", "{shown} of {total} codes match": "{total} 个错误码中有 {shown} 个匹配", "Search": "搜索", "Paste the sign the client sent to compare.": "粘贴客户端发送的 sign 即可比较。", "Match: the client's sign is right.": "一致：客户端的 sign 正确。", "Mismatch: the client's sign is wrong.": "不一致：客户端的 sign 错误。", "the algorithm header says {said} but {chosen} was asked for": "algorithm 请求头是 {said}，但要求的是 {chosen}", "{message}; {fix}": "{message}；{fix}", "the algorithm header is `{algorithm}`": "algorithm 请求头是 `{algorithm}`", "use md5 or sha256": "请使用 md5 或 sha256", "ts `{ts}` is not a number of milliseconds": "ts `{ts}` 不是毫秒数", "send the milliseconds since 1970 (13 digits)": "请发送自 1970 年起的毫秒数（13 位数字）", "ts {ts} is in seconds": "ts {ts} 是秒数", "send milliseconds (13 digits), or the API answers 1004": "请发送毫秒数（13 位数字），否则 API 会返回 1004", "ts is {seconds} s {direction} now": "ts 比当前时间{direction} {seconds} 秒", "keep the clock in time; the API allows {window} s (error 1004)": "请校准时钟；API 只允许相差 {window} 秒（错误 1004）", "ahead of": "快", "behind": "慢", "the sign is right ({algorithm})": "sign 正确（{algorithm}）", "the request is signed correctly": "请求的签名无误", "the sign is in upper-case hex": "sign 使用了大写十六进制", "send it in lower case": "请改用小写", "the sign was made with {other}, but the request says {algorithm}": "sign 是用 {other} 计算的，但请求声明的是 {algorithm}", "sign with {algorithm}, or send the algorithm header {other}": "请用 {algorithm} 签名，或在 algorithm 请求头中声明 {other}", "the sign was computed with ts {what} ({ts})": "sign 是用{what}的 ts（{ts}）计算的", "use the same ts in milliseconds in both": "签名和请求头中请使用同一个毫秒数 ts", "in seconds": "以秒为单位", "in milliseconds while the ts header is in seconds": "以毫秒为单位（而请求头中的 ts 是秒数）", "the signed body differs from the one sent: it was signed {layout}{escapes}": "参与签名的请求体与发送的不同：签名时用的是“{layout}{escapes}”的版本", "sign the exact text you send": "请对实际发送的文本签名", "with spaces after `,` and `:`": "逗号和冒号后带空格", ", non-ASCII as \\uXXXX escapes": "、非 ASCII 字符转义为 \\uXXXX", "compact, without spaces": "紧凑、无空格", "pretty-printed over several lines": "多行缩进", "with its keys sorted": "键已排序", "with its keys sorted and spaces": "键已排序且带空格", "the signed body was {what}": "参与签名的请求体{what}", "sign the exact bytes you send": "请对实际发送的字节签名", "with a final newline": "结尾多了换行", "without its final newline": "结尾少了换行", "the body was left out of the signature": "签名时漏掉了请求体", "append &body= and the exact JSON text": "请附加 &body= 和 JSON 原文", "a body was signed, but none is sent (or the request is form-data)": "签名时带了请求体，但实际没有发送（或请求是 form-data）", "sign without &body=": "签名时不要加 &body=", "`{header}` was included in headersStr": "headersStr 中包含了 `{header}`", "sign only accessKey, action, bizType and ts": "只应对 accessKey、action、bizType 和 ts 签名", "the headers were not sorted ({order})": "请求头没有排序（{order}）", "sort the keys in ASCII order": "请按 ASCII 顺序排列键", "the accessSecret was used {what}": "使用的 accessSecret {what}", "trim it": "请去掉多余的空白", "with surrounding spaces or a newline": "前后带有空格或换行", "with a space": "结尾多了空格", "no known mistake reproduces the sent sign: the accessSecret is the likely cause (another account's, or an old one)": "没有任何已知错误能复现发送的 sign：最可能的原因是 accessSecret（其他账号的，或旧的）", "check it, then the signed body": "请先检查它，再检查参与签名的请求体"}};
