// generated from errors.yaml by `python -m generator`; do not edit

using System;
using System.Collections.Generic;
using System.Globalization;

namespace PnsErrors
{
    /// <summary>One of the NXCLOUD PNS API error codes (catalog version 1.0.0).</summary>
    /// <remarks>
    /// Cast a number with <see cref="ErrorCodes.TryGet(int, out ErrorCode)"/>, not <c>(ErrorCode)code</c>:
    /// a cast accepts codes this version does not know, and their extension methods throw.
    /// </remarks>
    public enum ErrorCode
    {
        /// <summary>1001: Missing public parameters.</summary>
        MissingPublicParameters = 1001,

        /// <summary>1002: Parameter error.</summary>
        ParameterError = 1002,

        /// <summary>1003: Invalid signature.</summary>
        InvalidSignature = 1003,

        /// <summary>1004: Timestamp expired.</summary>
        TimestampExpired = 1004,

        /// <summary>1005: Insufficient permissions.</summary>
        InsufficientPermissions = 1005,

        /// <summary>10001: Empty binding number.</summary>
        EmptyBindingNumber = 10001,

        /// <summary>10002: Same binding number.</summary>
        SameBindingNumber = 10002,

        /// <summary>10003: User does not exist.</summary>
        UserDoesNotExist = 10003,

        /// <summary>10004: Different prefix for binding numbers.</summary>
        BindingNumberPrefixMismatch = 10004,

        /// <summary>10005: Failed to get number.</summary>
        FailedToGetNumber = 10005,

        /// <summary>10006: Exception in binding numbers.</summary>
        BindingNumberException = 10006,

        /// <summary>10007: Virtual number without prefix.</summary>
        VirtualNumberWithoutPrefix = 10007,

        /// <summary>10008: User has no virtual number.</summary>
        NoVirtualNumber = 10008,

        /// <summary>10009: Failed to retrieve data.</summary>
        FailedToRetrieveData = 10009,

        /// <summary>10010: Virtual number exhausted.</summary>
        VirtualNumberExhausted = 10010,

        /// <summary>10011: Incorrect list page capacity.</summary>
        InvalidListLimit = 10011,

        /// <summary>10012: Incorrect list page starting point.</summary>
        InvalidListOffset = 10012,

        /// <summary>10013: User has no binding number.</summary>
        NoBindingNumber = 10013,
    }

    /// <summary>What the catalog says about each <see cref="ErrorCode"/>.</summary>
    public static class ErrorCodeExtensions
    {
        /// <summary>The API's message for the code, in English, e.g. <c>"Missing public parameters"</c>.</summary>
        /// <param name="error">A known code.</param>
        /// <returns>The message.</returns>
        public static string Message(this ErrorCode error) => ErrorCodes.EntryOf(error).Message;

        /// <summary>The category the code belongs to.</summary>
        /// <param name="error">A known code.</param>
        /// <returns>The category.</returns>
        public static Category Category(this ErrorCode error) => ErrorCodes.EntryOf(error).Category;

        /// <summary>Whose side must act to fix the error.</summary>
        /// <param name="error">A known code.</param>
        /// <returns>Who fixes it.</returns>
        public static FixBy FixBy(this ErrorCode error) => ErrorCodes.EntryOf(error).FixBy;

        /// <summary>Whether, and how, to send the request again.</summary>
        /// <param name="error">A known code.</param>
        /// <returns>The retry guidance.</returns>
        public static Retry Retry(this ErrorCode error) => ErrorCodes.EntryOf(error).Retry;

        /// <summary>True when the request may succeed if sent again (<c>Retry()</c> is not <see cref="PnsErrors.Retry.No"/>).</summary>
        /// <param name="error">A known code.</param>
        /// <returns>Whether to retry.</returns>
        public static bool IsRetryable(this ErrorCode error) => error.Retry() != PnsErrors.Retry.No;

        /// <summary>The code's page, e.g. <c>https://pns-errors.example.org/errors/1001/</c>.</summary>
        /// <param name="error">A known code.</param>
        /// <returns>The absolute URL.</returns>
        public static string DocUrl(this ErrorCode error) => ErrorCodes.EntryOf(error).DocUrl;

        /// <summary>
        /// The message, description and solution in <paramref name="language"/>
        /// (<c>"en"</c>, <c>"zh"</c>; also <c>"zh-CN"</c> or <c>"zh_CN.UTF-8"</c>),
        /// in English when the catalog has no such translation.
        /// </summary>
        /// <param name="error">A known code.</param>
        /// <param name="language">A language tag or locale name.</param>
        /// <returns>The texts.</returns>
        public static LocalizedText Localized(this ErrorCode error, string language)
        {
            if (language == null)
            {
                throw new ArgumentNullException(nameof(language));
            }

            var texts = ErrorCodes.EntryOf(error).Texts;
            foreach (var tag in LanguageCandidates(language))
            {
                if (texts.TryGetValue(tag, out var text))
                {
                    return text;
                }
            }

            return texts["en"];
        }

        // "zh_CN.UTF-8" -> "zh-cn", "zh"; "zh-Hant-TW" -> "zh-hant-tw", "zh-hant", "zh".
        private static IEnumerable<string> LanguageCandidates(string tag)
        {
            var name = tag.Trim().Split('.')[0].Split('@')[0].Replace('_', '-').ToLowerInvariant();
            var parts = name.Split(new[] { '-' }, StringSplitOptions.RemoveEmptyEntries);
            for (var count = parts.Length; count > 0; count--)
            {
                yield return string.Join("-", parts, 0, count);
            }
        }
    }

    /// <summary>Looking codes up by number, safely.</summary>
    public static class ErrorCodes
    {
        /// <summary>The documentation site; a code's page is <c>errors/&lt;code&gt;/</c> under it.</summary>
        public const string SiteUrl = "https://pns-errors.example.org/";

        /// <summary>The catalog version this library was generated from.</summary>
        public const string Version = "1.0.0";

        private static readonly Dictionary<ErrorCode, ErrorEntry> Entries = new Dictionary<ErrorCode, ErrorEntry>
        {
            [ErrorCode.MissingPublicParameters] = new ErrorEntry(
                "Missing public parameters",
                Category.Common,
                FixBy.Caller,
                Retry.No,
                "https://pns-errors.example.org/errors/1001/",
                new LocalizedText(
                    "en",
                    "Missing public parameters",
                    "At least one of the public headers that every request must carry is absent.\n",
                    "All required [public parameters](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0)\nmust be included in the Header, such as `accessKey`, `ts`, `bizType`, `action`\nand `sign`.\n\nSend all five headers with every request (see\n[public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers)). `algorithm`\nis the only optional one; it defaults to `md5`.\n"),
                new LocalizedText(
                    "zh",
                    "缺少公共参数",
                    "每个请求都必须携带的公共请求头中，至少有一个缺失。\n",
                    "所有必需的[公共参数](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0) 都必须放在 Header 中，例如 `accessKey`、`ts`、`bizType`、`action` 和 `sign`。\n\n每个请求都要带齐这五个请求头（见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)）。只有 `algorithm` 是可选的，默认为 `md5`。\n")),
            [ErrorCode.ParameterError] = new ErrorEntry(
                "Parameter error",
                Category.Common,
                FixBy.Caller,
                Retry.No,
                "https://pns-errors.example.org/errors/1002/",
                new LocalizedText(
                    "en",
                    "Parameter error",
                    "The headers are present, but a header value or a field of the request body is\nnot what the called action accepts.\n",
                    "1. Check that the `bizType` and `action` parameters in the Header are correct:\n   `bizType` is `5` for the privacy-number service, and `action` names an\n   existing method such as `bindAXB` or `queryAXB`.\n2. Check that the parameters in the Body are correct: every field the action\n   requires is present, with the right type and within its range.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n"),
                new LocalizedText(
                    "zh",
                    "参数错误",
                    "请求头齐全，但某个请求头的值或请求体中的某个字段不符合所调用 action 的要求。\n",
                    "1. 检查 Header 中的 `bizType` 和 `action` 是否正确：隐私号服务的 `bizType` 为 `5`，`action` 必须是已有的方法，例如 `bindAXB` 或 `queryAXB`。\n2. 检查 Body 中的参数是否正确：该 action 要求的字段都已提供，类型正确，取值在允许范围内。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n")),
            [ErrorCode.InvalidSignature] = new ErrorEntry(
                "Invalid signature",
                Category.Common,
                FixBy.Caller,
                Retry.No,
                "https://pns-errors.example.org/errors/1003/",
                new LocalizedText(
                    "en",
                    "Invalid signature",
                    "The `sign` header does not match the signature the server computed for the\nrequest.\n",
                    "Check that the `sign` value is calculated correctly. The common reasons are:\n\n1. **Incorrect request method or Content-Type.** Set the Content-Type that the\n   API interface documentation gives for the action (`application/json` for\n   the privacy-number actions).\n2. **The signed JSON differs from the sent JSON.** The JSON string used to\n   compute the signature must be byte for byte the body that is sent; a\n   re-serialised body (other key order, spaces or newlines) changes the hash.\n3. **Signature calculation error**, including a wrong `accessSecret`. Please\n   refer to the [signature algorithm](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)\n   and check your code against its worked example\n   ([local copy](https://pns-errors.example.org/guides/calling-conventions/#signature-algorithm)).\n\nTo find the mistake, give the headers, the body and the secret to\n[Check a signature](https://pns-errors.example.org/tools/signature/) (it runs in your browser), or\nrun `pns-errors sign ... --check SIGN`: it tries the usual mistakes and\nnames the one that reproduces the client's sign.\n"),
                new LocalizedText(
                    "zh",
                    "签名无效",
                    "请求头 `sign` 与服务器为该请求计算出的签名不一致。\n",
                    "请检查 `sign` 的计算是否正确。常见原因有：\n\n1. **请求方法或 Content-Type 不正确。** 按该 action 的接口文档设置 Content-Type（隐私号的各个 action 均为 `application/json`）。\n2. **参与签名的 JSON 与实际发送的 JSON 不一致。** 计算签名所用的 JSON 字符串必须与发送的请求体逐字节相同；重新序列化过的请求体（键的顺序、空格或换行不同）会改变哈希值。\n3. **签名计算错误**，包括 `accessSecret` 填错。请参阅[签名算法](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)，并用其中的示例核对你的代码（[本站副本](https://pns-errors.example.org/zh/guides/calling-conventions/#signature-algorithm)）。\n\n要找出错误所在，可以把请求头、请求体和密钥填入[签名检查](https://pns-errors.example.org/zh/tools/signature/)（完全在浏览器中运行），或运行 `pns-errors sign ... --check SIGN`：它会逐一尝试常见的错误，并指出哪一种能复现客户端算出的 sign。\n")),
            [ErrorCode.TimestampExpired] = new ErrorEntry(
                "Timestamp expired",
                Category.Common,
                FixBy.Caller,
                Retry.Refresh,
                "https://pns-errors.example.org/errors/1004/",
                new LocalizedText(
                    "en",
                    "Timestamp expired",
                    "The `ts` header is too far from the server's clock.\n",
                    "The `ts` parameter in the Header is incorrect. The maximum time difference\nallowed between the client and the server is 60 seconds.\n\n- `ts` is the request time in **milliseconds** since the Unix epoch (13 digits,\n  e.g. `1655710885431`), not seconds.\n- Synchronise the client's clock (NTP) and compute `ts` just before sending.\n- Compute `sign` with the same `ts` that is sent.\n\nSee [the `ts` window](https://pns-errors.example.org/guides/calling-conventions/#the-ts-window).\n[Check a signature](https://pns-errors.example.org/tools/signature/) has a \"Now\" button for `ts`, and\nsays how far a given `ts` is from now.\n"),
                new LocalizedText(
                    "zh",
                    "时间戳过期",
                    "请求头 `ts` 与服务器时钟相差太多。\n",
                    "Header 中的 `ts` 参数不正确。客户端与服务器之间允许的最大时间差为 60 秒。\n\n- `ts` 是请求时间，即自 Unix 纪元起的**毫秒**数（13 位数字，例如 `1655710885431`），不是秒数。\n- 用 NTP 同步客户端时钟，并在发送前一刻计算 `ts`。\n- 计算 `sign` 时所用的 `ts` 必须与发送的 `ts` 相同。\n\n参见 [`ts` 的时间窗口](https://pns-errors.example.org/zh/guides/calling-conventions/#the-ts-window)。[签名检查](https://pns-errors.example.org/zh/tools/signature/)提供“现在”按钮来生成 `ts`，并显示给定的 `ts` 与当前时间相差多少。\n")),
            [ErrorCode.InsufficientPermissions] = new ErrorEntry(
                "Insufficient permissions",
                Category.Common,
                FixBy.Account,
                Retry.No,
                "https://pns-errors.example.org/errors/1005/",
                new LocalizedText(
                    "en",
                    "Insufficient permissions",
                    "The account is unknown, or it is not allowed to use the requested business.\n",
                    "Either the `accessKey` is incorrect, or the current account does not have the\ncorresponding business permissions.\n\n- Check the `accessKey` header against the key shown for the account.\n- Check that the business named by `bizType` (5 for privacy numbers) is enabled\n  for the account; if it is not, ask the account manager to enable it.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n"),
                new LocalizedText(
                    "zh",
                    "权限不足",
                    "账号不存在，或无权使用所请求的业务。\n",
                    "`accessKey` 不正确，或当前账号没有相应的业务权限。\n\n- 将请求头 `accessKey` 与账号中显示的 key 逐一核对。\n- 确认 `bizType` 所指的业务（隐私号为 5）已为该账号开通；如未开通，请联系客户经理开通。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n")),
            [ErrorCode.EmptyBindingNumber] = new ErrorEntry(
                "Empty binding number",
                Category.Pns,
                FixBy.Caller,
                Retry.No,
                "https://pns-errors.example.org/errors/10001/",
                new LocalizedText(
                    "en",
                    "Empty binding number",
                    "A binding request (`bindAXB`) arrived without one of the two real numbers.\n",
                    "The A or B number is empty. Send both `phoneA` and `phoneB`, each a non-empty\nnumber with its country code.\n"),
                new LocalizedText(
                    "zh",
                    "绑定号码为空",
                    "绑定请求（`bindAXB`）缺少两个真实号码中的一个。\n",
                    "A 号码或 B 号码为空。请同时发送 `phoneA` 和 `phoneB`，两者都必须是带国家代码的非空号码。\n")),
            [ErrorCode.SameBindingNumber] = new ErrorEntry(
                "Same binding number",
                Category.Pns,
                FixBy.Caller,
                Retry.No,
                "https://pns-errors.example.org/errors/10002/",
                new LocalizedText(
                    "en",
                    "Same binding number",
                    "A binding request gave the same number for both parties.\n",
                    "The A and B numbers are the same. A binding connects two different parties:\nsend two different numbers in `phoneA` and `phoneB`.\n"),
                new LocalizedText(
                    "zh",
                    "绑定号码相同",
                    "绑定请求中双方的号码相同。\n",
                    "A 号码与 B 号码相同。一个绑定连接的是两个不同的通话方：请在 `phoneA` 和`phoneB` 中发送两个不同的号码。\n")),
            [ErrorCode.UserDoesNotExist] = new ErrorEntry(
                "User does not exist",
                Category.Pns,
                FixBy.Account,
                Retry.No,
                "https://pns-errors.example.org/errors/10003/",
                new LocalizedText(
                    "en",
                    "User does not exist",
                    "The privacy-number service has no user for this account.\n",
                    "The user does not exist. Check the `accessKey`; if it is right, ask the account\nmanager to open the privacy-number service for the account.\n"),
                new LocalizedText(
                    "zh",
                    "用户不存在",
                    "隐私号服务中没有与该账号对应的用户。\n",
                    "用户不存在。请检查 `accessKey`；如果无误，请联系客户经理为该账号开通隐私号服务。\n")),
            [ErrorCode.BindingNumberPrefixMismatch] = new ErrorEntry(
                "Different prefix for binding numbers",
                Category.Pns,
                FixBy.Caller,
                Retry.No,
                "https://pns-errors.example.org/errors/10004/",
                new LocalizedText(
                    "en",
                    "Different prefix for binding numbers",
                    "A real number of the binding is not in the same country as the virtual number.\n",
                    "The A or B number does not contain the country code of the virtual number.\n\n- Write `phoneA` and `phoneB` with the country code of the virtual number in\n  front (for a Hong Kong virtual number `852…`: `85291234567`).\n- Check that the number is not written in national form (a leading `0`, or no\n  country code at all).\n"),
                new LocalizedText(
                    "zh",
                    "绑定号码前缀不一致",
                    "绑定中的某个真实号码与虚拟号码不属于同一个国家或地区。\n",
                    "A 号码或 B 号码没有带上虚拟号码的国家代码。\n\n- `phoneA` 和 `phoneB` 前面要加上虚拟号码的国家代码（例如香港的虚拟号码 `852…`：写作 `85291234567`）。\n- 检查号码是否写成了本地格式（以 `0` 开头，或完全没有国家代码）。\n")),
            [ErrorCode.FailedToGetNumber] = new ErrorEntry(
                "Failed to get number",
                Category.Pns,
                FixBy.Provider,
                Retry.Backoff,
                "https://pns-errors.example.org/errors/10005/",
                new LocalizedText(
                    "en",
                    "Failed to get number",
                    "The service could not pick a virtual number (DID) for the binding.\n",
                    "An error occurred while getting the number of bound DIDs. Retry the request\nlater; if it keeps failing, contact support with the `requestId`.\n"),
                new LocalizedText(
                    "zh",
                    "获取号码失败",
                    "服务无法为绑定选出虚拟号码（DID）。\n",
                    "获取绑定 DID 号码时出错。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n")),
            [ErrorCode.BindingNumberException] = new ErrorEntry(
                "Exception in binding numbers",
                Category.Pns,
                FixBy.Provider,
                Retry.Backoff,
                "https://pns-errors.example.org/errors/10006/",
                new LocalizedText(
                    "en",
                    "Exception in binding numbers",
                    "The service failed while creating the binding on a virtual number (DID).\n",
                    "An exception occurred in the number of bound DIDs. Retry the request later; if\nit keeps failing, contact support with the `requestId`.\n"),
                new LocalizedText(
                    "zh",
                    "绑定号码异常",
                    "服务在虚拟号码（DID）上创建绑定时失败。\n",
                    "绑定 DID 号码时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n")),
            [ErrorCode.VirtualNumberWithoutPrefix] = new ErrorEntry(
                "Virtual number without prefix",
                Category.Pns,
                FixBy.Provider,
                Retry.No,
                "https://pns-errors.example.org/errors/10007/",
                new LocalizedText(
                    "en",
                    "Virtual number without prefix",
                    "The virtual number chosen for the binding has no country code configured.\n",
                    "The virtual number does not have a country code. This is a configuration\nproblem of the account's number pool, not of the request: contact support with\nthe `requestId` and the virtual number.\n"),
                new LocalizedText(
                    "zh",
                    "虚拟号码没有前缀",
                    "为绑定选中的虚拟号码没有配置国家代码。\n",
                    "虚拟号码没有国家代码。这是账号号码池的配置问题，与请求本身无关：请携带`requestId` 和该虚拟号码联系技术支持。\n")),
            [ErrorCode.NoVirtualNumber] = new ErrorEntry(
                "User has no virtual number",
                Category.Pns,
                FixBy.Account,
                Retry.No,
                "https://pns-errors.example.org/errors/10008/",
                new LocalizedText(
                    "en",
                    "User has no virtual number",
                    "The account has no virtual number to bind with.\n",
                    "The user has no virtual number. Buy or assign virtual numbers to the account\nbefore creating bindings.\n"),
                new LocalizedText(
                    "zh",
                    "用户没有虚拟号码",
                    "账号没有可用于绑定的虚拟号码。\n",
                    "用户没有虚拟号码。请先为账号购买或分配虚拟号码，再创建绑定。\n")),
            [ErrorCode.FailedToRetrieveData] = new ErrorEntry(
                "Failed to retrieve data",
                Category.Pns,
                FixBy.Provider,
                Retry.Backoff,
                "https://pns-errors.example.org/errors/10009/",
                new LocalizedText(
                    "en",
                    "Failed to retrieve data",
                    "A query or list request failed on the server side.\n",
                    "An exception occurred while retrieving data. Retry the request later; if it\nkeeps failing, contact support with the `requestId`.\n"),
                new LocalizedText(
                    "zh",
                    "获取数据失败",
                    "查询或列表请求在服务器端失败。\n",
                    "获取数据时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n")),
            [ErrorCode.VirtualNumberExhausted] = new ErrorEntry(
                "Virtual number exhausted",
                Category.Pns,
                FixBy.Account,
                Retry.No,
                "https://pns-errors.example.org/errors/10010/",
                new LocalizedText(
                    "en",
                    "Virtual number exhausted",
                    "Every virtual number of the account is already in use for these parties.\n",
                    "The user's virtual numbers have been exhausted. Release bindings that are no\nlonger needed (`unbindAXB`), give bindings an expiry (`expireSecond`), or add\nvirtual numbers to the account.\n"),
                new LocalizedText(
                    "zh",
                    "虚拟号码已耗尽",
                    "账号的所有虚拟号码都已被这两个通话方的绑定占用。\n",
                    "用户的虚拟号码已耗尽。请解除不再需要的绑定（`unbindAXB`），为绑定设置有效期（`expireSecond`），或为账号增加虚拟号码。\n")),
            [ErrorCode.InvalidListLimit] = new ErrorEntry(
                "Incorrect list page capacity",
                Category.Pns,
                FixBy.Caller,
                Retry.No,
                "https://pns-errors.example.org/errors/10011/",
                new LocalizedText(
                    "en",
                    "Incorrect list page capacity",
                    "A list request (`getAXBList`) asked for a page size out of range.\n",
                    "The `limit` for retrieving data exceeds the range. Send a `limit` from 0 to\n1000 (0 means all, and at most 1000 are returned).\n"),
                new LocalizedText(
                    "zh",
                    "列表分页容量不正确",
                    "列表请求（`getAXBList`）要求的每页条数超出范围。\n",
                    "获取数据的 `limit` 超出范围。请发送 0 到 1000 之间的 `limit`（0 表示全部，最多返回 1000 条）。\n")),
            [ErrorCode.InvalidListOffset] = new ErrorEntry(
                "Incorrect list page starting point",
                Category.Pns,
                FixBy.Caller,
                Retry.No,
                "https://pns-errors.example.org/errors/10012/",
                new LocalizedText(
                    "en",
                    "Incorrect list page starting point",
                    "A list request (`getAXBList`) asked for a starting point out of range.\n",
                    "The `offset` for retrieving data exceeds the range. Send an `offset` of 0 or\nmore, and smaller than the number of bindings.\n"),
                new LocalizedText(
                    "zh",
                    "列表分页起始位置不正确",
                    "列表请求（`getAXBList`）要求的起始位置超出范围。\n",
                    "获取数据的 `offset` 超出范围。请发送大于等于 0、且小于绑定总数的 `offset`。\n")),
            [ErrorCode.NoBindingNumber] = new ErrorEntry(
                "User has no binding number",
                Category.Pns,
                FixBy.Caller,
                Retry.No,
                "https://pns-errors.example.org/errors/10013/",
                new LocalizedText(
                    "en",
                    "User has no binding number",
                    "The number queried is not bound to the virtual number.\n",
                    "The user does not have a binding relationship with a virtual number. Check the\n`caller` and `did` of the query (`queryAXB`): the binding may have expired or\nbeen removed (`unbindAXB`), or never have been created.\n"),
                new LocalizedText(
                    "zh",
                    "用户没有绑定号码",
                    "所查询的号码没有绑定到该虚拟号码上。\n",
                    "用户与虚拟号码之间不存在绑定关系。请检查查询（`queryAXB`）中的 `caller` 和`did`：该绑定可能已过期或已被解除（`unbindAXB`），也可能从未创建。\n")),
        };

        /// <summary>The catalog's languages, English (the source) first.</summary>
        public static IReadOnlyList<string> Languages { get; } = Array.AsReadOnly(new[] { "en", "zh" });

        /// <summary>Every known code, in the catalog's order.</summary>
        public static IReadOnlyList<ErrorCode> All { get; } = Array.AsReadOnly(new[]
        {
            ErrorCode.MissingPublicParameters,
            ErrorCode.ParameterError,
            ErrorCode.InvalidSignature,
            ErrorCode.TimestampExpired,
            ErrorCode.InsufficientPermissions,
            ErrorCode.EmptyBindingNumber,
            ErrorCode.SameBindingNumber,
            ErrorCode.UserDoesNotExist,
            ErrorCode.BindingNumberPrefixMismatch,
            ErrorCode.FailedToGetNumber,
            ErrorCode.BindingNumberException,
            ErrorCode.VirtualNumberWithoutPrefix,
            ErrorCode.NoVirtualNumber,
            ErrorCode.FailedToRetrieveData,
            ErrorCode.VirtualNumberExhausted,
            ErrorCode.InvalidListLimit,
            ErrorCode.InvalidListOffset,
            ErrorCode.NoBindingNumber,
        });

        /// <summary>Finds the known code for a number; never throws.</summary>
        /// <param name="code">A code as the API returns it.</param>
        /// <param name="error">The known code, or <c>default</c> when this version does not know it.</param>
        /// <returns>True when the code is known.</returns>
        public static bool TryGet(int code, out ErrorCode error)
        {
            error = (ErrorCode)code;
            if (Entries.ContainsKey(error))
            {
                return true;
            }

            error = default(ErrorCode);
            return false;
        }

        /// <summary>Finds the known code in text such as <c>"10004"</c> or <c>" 10004 "</c>; never throws.</summary>
        /// <param name="text">Digits, optionally surrounded by white space.</param>
        /// <param name="error">The known code, or <c>default</c> when the text is not one.</param>
        /// <returns>True when the text is a known code.</returns>
        public static bool TryParse(string text, out ErrorCode error)
        {
            error = default(ErrorCode);
            return int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var code)
                && TryGet(code, out error);
        }

        /// <summary>The category a code belongs to, also for a code this version does not know yet.</summary>
        /// <param name="code">Any code.</param>
        /// <returns>The category, or null when no category's range holds the code.</returns>
        public static Category? CategoryOf(int code)
        {
            if (TryGet(code, out var error))
            {
                return error.Category();
            }

            if (code >= 1000 && code <= 1999)
            {
                return Category.Common;
            }

            if (code >= 10000 && code <= 19999)
            {
                return Category.Pns;
            }

            return null;
        }

        internal static ErrorEntry EntryOf(ErrorCode error)
        {
            if (Entries.TryGetValue(error, out var entry))
            {
                return entry;
            }

            throw new ArgumentOutOfRangeException(nameof(error), error, "not an error code of this catalog version");
        }
    }

    /// <summary>What the catalog says about one code.</summary>
    internal sealed class ErrorEntry
    {
        internal ErrorEntry(string message, Category category, FixBy fixBy, Retry retry, string docUrl, params LocalizedText[] texts)
        {
            Message = message;
            Category = category;
            FixBy = fixBy;
            Retry = retry;
            DocUrl = docUrl;
            foreach (var text in texts)
            {
                Texts.Add(text.Language, text);
            }
        }

        internal string Message { get; }

        internal Category Category { get; }

        internal FixBy FixBy { get; }

        internal Retry Retry { get; }

        internal string DocUrl { get; }

        internal Dictionary<string, LocalizedText> Texts { get; } = new Dictionary<string, LocalizedText>();
    }
}
