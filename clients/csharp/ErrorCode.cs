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
                    "\u7f3a\u5c11\u516c\u5171\u53c2\u6570",
                    "\u6bcf\u4e2a\u8bf7\u6c42\u90fd\u5fc5\u987b\u643a\u5e26\u7684\u516c\u5171\u8bf7\u6c42\u5934\u4e2d\uff0c\u81f3\u5c11\u6709\u4e00\u4e2a\u7f3a\u5931\u3002\n",
                    "\u6240\u6709\u5fc5\u9700\u7684[\u516c\u5171\u53c2\u6570](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0) \u90fd\u5fc5\u987b\u653e\u5728 Header \u4e2d\uff0c\u4f8b\u5982 `accessKey`\u3001`ts`\u3001`bizType`\u3001`action` \u548c `sign`\u3002\n\n\u6bcf\u4e2a\u8bf7\u6c42\u90fd\u8981\u5e26\u9f50\u8fd9\u4e94\u4e2a\u8bf7\u6c42\u5934\uff08\u89c1[\u516c\u5171\u8bf7\u6c42\u5934](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)\uff09\u3002\u53ea\u6709 `algorithm` \u662f\u53ef\u9009\u7684\uff0c\u9ed8\u8ba4\u4e3a `md5`\u3002\n")),
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
                    "\u53c2\u6570\u9519\u8bef",
                    "\u8bf7\u6c42\u5934\u9f50\u5168\uff0c\u4f46\u67d0\u4e2a\u8bf7\u6c42\u5934\u7684\u503c\u6216\u8bf7\u6c42\u4f53\u4e2d\u7684\u67d0\u4e2a\u5b57\u6bb5\u4e0d\u7b26\u5408\u6240\u8c03\u7528 action \u7684\u8981\u6c42\u3002\n",
                    "1. \u68c0\u67e5 Header \u4e2d\u7684 `bizType` \u548c `action` \u662f\u5426\u6b63\u786e\uff1a\u9690\u79c1\u53f7\u670d\u52a1\u7684 `bizType` \u4e3a `5`\uff0c`action` \u5fc5\u987b\u662f\u5df2\u6709\u7684\u65b9\u6cd5\uff0c\u4f8b\u5982 `bindAXB` \u6216 `queryAXB`\u3002\n2. \u68c0\u67e5 Body \u4e2d\u7684\u53c2\u6570\u662f\u5426\u6b63\u786e\uff1a\u8be5 action \u8981\u6c42\u7684\u5b57\u6bb5\u90fd\u5df2\u63d0\u4f9b\uff0c\u7c7b\u578b\u6b63\u786e\uff0c\u53d6\u503c\u5728\u5141\u8bb8\u8303\u56f4\u5185\u3002\n\n\u53c2\u89c1[\u516c\u5171\u8bf7\u6c42\u5934](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)\u3002\n")),
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
                    "\u7b7e\u540d\u65e0\u6548",
                    "\u8bf7\u6c42\u5934 `sign` \u4e0e\u670d\u52a1\u5668\u4e3a\u8be5\u8bf7\u6c42\u8ba1\u7b97\u51fa\u7684\u7b7e\u540d\u4e0d\u4e00\u81f4\u3002\n",
                    "\u8bf7\u68c0\u67e5 `sign` \u7684\u8ba1\u7b97\u662f\u5426\u6b63\u786e\u3002\u5e38\u89c1\u539f\u56e0\u6709\uff1a\n\n1. **\u8bf7\u6c42\u65b9\u6cd5\u6216 Content-Type \u4e0d\u6b63\u786e\u3002** \u6309\u8be5 action \u7684\u63a5\u53e3\u6587\u6863\u8bbe\u7f6e Content-Type\uff08\u9690\u79c1\u53f7\u7684\u5404\u4e2a action \u5747\u4e3a `application/json`\uff09\u3002\n2. **\u53c2\u4e0e\u7b7e\u540d\u7684 JSON \u4e0e\u5b9e\u9645\u53d1\u9001\u7684 JSON \u4e0d\u4e00\u81f4\u3002** \u8ba1\u7b97\u7b7e\u540d\u6240\u7528\u7684 JSON \u5b57\u7b26\u4e32\u5fc5\u987b\u4e0e\u53d1\u9001\u7684\u8bf7\u6c42\u4f53\u9010\u5b57\u8282\u76f8\u540c\uff1b\u91cd\u65b0\u5e8f\u5217\u5316\u8fc7\u7684\u8bf7\u6c42\u4f53\uff08\u952e\u7684\u987a\u5e8f\u3001\u7a7a\u683c\u6216\u6362\u884c\u4e0d\u540c\uff09\u4f1a\u6539\u53d8\u54c8\u5e0c\u503c\u3002\n3. **\u7b7e\u540d\u8ba1\u7b97\u9519\u8bef**\uff0c\u5305\u62ec `accessSecret` \u586b\u9519\u3002\u8bf7\u53c2\u9605[\u7b7e\u540d\u7b97\u6cd5](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)\uff0c\u5e76\u7528\u5176\u4e2d\u7684\u793a\u4f8b\u6838\u5bf9\u4f60\u7684\u4ee3\u7801\uff08[\u672c\u7ad9\u526f\u672c](https://pns-errors.example.org/zh/guides/calling-conventions/#signature-algorithm)\uff09\u3002\n\n\u8981\u627e\u51fa\u9519\u8bef\u6240\u5728\uff0c\u53ef\u4ee5\u628a\u8bf7\u6c42\u5934\u3001\u8bf7\u6c42\u4f53\u548c\u5bc6\u94a5\u586b\u5165[\u7b7e\u540d\u68c0\u67e5](https://pns-errors.example.org/zh/tools/signature/)\uff08\u5b8c\u5168\u5728\u6d4f\u89c8\u5668\u4e2d\u8fd0\u884c\uff09\uff0c\u6216\u8fd0\u884c `pns-errors sign ... --check SIGN`\uff1a\u5b83\u4f1a\u9010\u4e00\u5c1d\u8bd5\u5e38\u89c1\u7684\u9519\u8bef\uff0c\u5e76\u6307\u51fa\u54ea\u4e00\u79cd\u80fd\u590d\u73b0\u5ba2\u6237\u7aef\u7b97\u51fa\u7684 sign\u3002\n")),
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
                    "\u65f6\u95f4\u6233\u8fc7\u671f",
                    "\u8bf7\u6c42\u5934 `ts` \u4e0e\u670d\u52a1\u5668\u65f6\u949f\u76f8\u5dee\u592a\u591a\u3002\n",
                    "Header \u4e2d\u7684 `ts` \u53c2\u6570\u4e0d\u6b63\u786e\u3002\u5ba2\u6237\u7aef\u4e0e\u670d\u52a1\u5668\u4e4b\u95f4\u5141\u8bb8\u7684\u6700\u5927\u65f6\u95f4\u5dee\u4e3a 60 \u79d2\u3002\n\n- `ts` \u662f\u8bf7\u6c42\u65f6\u95f4\uff0c\u5373\u81ea Unix \u7eaa\u5143\u8d77\u7684**\u6beb\u79d2**\u6570\uff0813 \u4f4d\u6570\u5b57\uff0c\u4f8b\u5982 `1655710885431`\uff09\uff0c\u4e0d\u662f\u79d2\u6570\u3002\n- \u7528 NTP \u540c\u6b65\u5ba2\u6237\u7aef\u65f6\u949f\uff0c\u5e76\u5728\u53d1\u9001\u524d\u4e00\u523b\u8ba1\u7b97 `ts`\u3002\n- \u8ba1\u7b97 `sign` \u65f6\u6240\u7528\u7684 `ts` \u5fc5\u987b\u4e0e\u53d1\u9001\u7684 `ts` \u76f8\u540c\u3002\n\n\u53c2\u89c1 [`ts` \u7684\u65f6\u95f4\u7a97\u53e3](https://pns-errors.example.org/zh/guides/calling-conventions/#the-ts-window)\u3002[\u7b7e\u540d\u68c0\u67e5](https://pns-errors.example.org/zh/tools/signature/)\u63d0\u4f9b\u201c\u73b0\u5728\u201d\u6309\u94ae\u6765\u751f\u6210 `ts`\uff0c\u5e76\u663e\u793a\u7ed9\u5b9a\u7684 `ts` \u4e0e\u5f53\u524d\u65f6\u95f4\u76f8\u5dee\u591a\u5c11\u3002\n")),
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
                    "\u6743\u9650\u4e0d\u8db3",
                    "\u8d26\u53f7\u4e0d\u5b58\u5728\uff0c\u6216\u65e0\u6743\u4f7f\u7528\u6240\u8bf7\u6c42\u7684\u4e1a\u52a1\u3002\n",
                    "`accessKey` \u4e0d\u6b63\u786e\uff0c\u6216\u5f53\u524d\u8d26\u53f7\u6ca1\u6709\u76f8\u5e94\u7684\u4e1a\u52a1\u6743\u9650\u3002\n\n- \u5c06\u8bf7\u6c42\u5934 `accessKey` \u4e0e\u8d26\u53f7\u4e2d\u663e\u793a\u7684 key \u9010\u4e00\u6838\u5bf9\u3002\n- \u786e\u8ba4 `bizType` \u6240\u6307\u7684\u4e1a\u52a1\uff08\u9690\u79c1\u53f7\u4e3a 5\uff09\u5df2\u4e3a\u8be5\u8d26\u53f7\u5f00\u901a\uff1b\u5982\u672a\u5f00\u901a\uff0c\u8bf7\u8054\u7cfb\u5ba2\u6237\u7ecf\u7406\u5f00\u901a\u3002\n\n\u53c2\u89c1[\u516c\u5171\u8bf7\u6c42\u5934](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)\u3002\n")),
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
                    "\u7ed1\u5b9a\u53f7\u7801\u4e3a\u7a7a",
                    "\u7ed1\u5b9a\u8bf7\u6c42\uff08`bindAXB`\uff09\u7f3a\u5c11\u4e24\u4e2a\u771f\u5b9e\u53f7\u7801\u4e2d\u7684\u4e00\u4e2a\u3002\n",
                    "A \u53f7\u7801\u6216 B \u53f7\u7801\u4e3a\u7a7a\u3002\u8bf7\u540c\u65f6\u53d1\u9001 `phoneA` \u548c `phoneB`\uff0c\u4e24\u8005\u90fd\u5fc5\u987b\u662f\u5e26\u56fd\u5bb6\u4ee3\u7801\u7684\u975e\u7a7a\u53f7\u7801\u3002\n")),
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
                    "\u7ed1\u5b9a\u53f7\u7801\u76f8\u540c",
                    "\u7ed1\u5b9a\u8bf7\u6c42\u4e2d\u53cc\u65b9\u7684\u53f7\u7801\u76f8\u540c\u3002\n",
                    "A \u53f7\u7801\u4e0e B \u53f7\u7801\u76f8\u540c\u3002\u4e00\u4e2a\u7ed1\u5b9a\u8fde\u63a5\u7684\u662f\u4e24\u4e2a\u4e0d\u540c\u7684\u901a\u8bdd\u65b9\uff1a\u8bf7\u5728 `phoneA` \u548c`phoneB` \u4e2d\u53d1\u9001\u4e24\u4e2a\u4e0d\u540c\u7684\u53f7\u7801\u3002\n")),
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
                    "\u7528\u6237\u4e0d\u5b58\u5728",
                    "\u9690\u79c1\u53f7\u670d\u52a1\u4e2d\u6ca1\u6709\u4e0e\u8be5\u8d26\u53f7\u5bf9\u5e94\u7684\u7528\u6237\u3002\n",
                    "\u7528\u6237\u4e0d\u5b58\u5728\u3002\u8bf7\u68c0\u67e5 `accessKey`\uff1b\u5982\u679c\u65e0\u8bef\uff0c\u8bf7\u8054\u7cfb\u5ba2\u6237\u7ecf\u7406\u4e3a\u8be5\u8d26\u53f7\u5f00\u901a\u9690\u79c1\u53f7\u670d\u52a1\u3002\n")),
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
                    "The A or B number does not contain the country code of the virtual number.\n\n- Write `phoneA` and `phoneB` with the country code of the virtual number in\n  front (for a Hong Kong virtual number `852\u2026`: `85291234567`).\n- Check that the number is not written in national form (a leading `0`, or no\n  country code at all).\n"),
                new LocalizedText(
                    "zh",
                    "\u7ed1\u5b9a\u53f7\u7801\u524d\u7f00\u4e0d\u4e00\u81f4",
                    "\u7ed1\u5b9a\u4e2d\u7684\u67d0\u4e2a\u771f\u5b9e\u53f7\u7801\u4e0e\u865a\u62df\u53f7\u7801\u4e0d\u5c5e\u4e8e\u540c\u4e00\u4e2a\u56fd\u5bb6\u6216\u5730\u533a\u3002\n",
                    "A \u53f7\u7801\u6216 B \u53f7\u7801\u6ca1\u6709\u5e26\u4e0a\u865a\u62df\u53f7\u7801\u7684\u56fd\u5bb6\u4ee3\u7801\u3002\n\n- `phoneA` \u548c `phoneB` \u524d\u9762\u8981\u52a0\u4e0a\u865a\u62df\u53f7\u7801\u7684\u56fd\u5bb6\u4ee3\u7801\uff08\u4f8b\u5982\u9999\u6e2f\u7684\u865a\u62df\u53f7\u7801 `852\u2026`\uff1a\u5199\u4f5c `85291234567`\uff09\u3002\n- \u68c0\u67e5\u53f7\u7801\u662f\u5426\u5199\u6210\u4e86\u672c\u5730\u683c\u5f0f\uff08\u4ee5 `0` \u5f00\u5934\uff0c\u6216\u5b8c\u5168\u6ca1\u6709\u56fd\u5bb6\u4ee3\u7801\uff09\u3002\n")),
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
                    "\u83b7\u53d6\u53f7\u7801\u5931\u8d25",
                    "\u670d\u52a1\u65e0\u6cd5\u4e3a\u7ed1\u5b9a\u9009\u51fa\u865a\u62df\u53f7\u7801\uff08DID\uff09\u3002\n",
                    "\u83b7\u53d6\u7ed1\u5b9a DID \u53f7\u7801\u65f6\u51fa\u9519\u3002\u8bf7\u7a0d\u540e\u91cd\u8bd5\uff1b\u5982\u679c\u6301\u7eed\u5931\u8d25\uff0c\u8bf7\u643a\u5e26 `requestId` \u8054\u7cfb\u6280\u672f\u652f\u6301\u3002\n")),
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
                    "\u7ed1\u5b9a\u53f7\u7801\u5f02\u5e38",
                    "\u670d\u52a1\u5728\u865a\u62df\u53f7\u7801\uff08DID\uff09\u4e0a\u521b\u5efa\u7ed1\u5b9a\u65f6\u5931\u8d25\u3002\n",
                    "\u7ed1\u5b9a DID \u53f7\u7801\u65f6\u53d1\u751f\u5f02\u5e38\u3002\u8bf7\u7a0d\u540e\u91cd\u8bd5\uff1b\u5982\u679c\u6301\u7eed\u5931\u8d25\uff0c\u8bf7\u643a\u5e26 `requestId` \u8054\u7cfb\u6280\u672f\u652f\u6301\u3002\n")),
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
                    "\u865a\u62df\u53f7\u7801\u6ca1\u6709\u524d\u7f00",
                    "\u4e3a\u7ed1\u5b9a\u9009\u4e2d\u7684\u865a\u62df\u53f7\u7801\u6ca1\u6709\u914d\u7f6e\u56fd\u5bb6\u4ee3\u7801\u3002\n",
                    "\u865a\u62df\u53f7\u7801\u6ca1\u6709\u56fd\u5bb6\u4ee3\u7801\u3002\u8fd9\u662f\u8d26\u53f7\u53f7\u7801\u6c60\u7684\u914d\u7f6e\u95ee\u9898\uff0c\u4e0e\u8bf7\u6c42\u672c\u8eab\u65e0\u5173\uff1a\u8bf7\u643a\u5e26`requestId` \u548c\u8be5\u865a\u62df\u53f7\u7801\u8054\u7cfb\u6280\u672f\u652f\u6301\u3002\n")),
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
                    "\u7528\u6237\u6ca1\u6709\u865a\u62df\u53f7\u7801",
                    "\u8d26\u53f7\u6ca1\u6709\u53ef\u7528\u4e8e\u7ed1\u5b9a\u7684\u865a\u62df\u53f7\u7801\u3002\n",
                    "\u7528\u6237\u6ca1\u6709\u865a\u62df\u53f7\u7801\u3002\u8bf7\u5148\u4e3a\u8d26\u53f7\u8d2d\u4e70\u6216\u5206\u914d\u865a\u62df\u53f7\u7801\uff0c\u518d\u521b\u5efa\u7ed1\u5b9a\u3002\n")),
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
                    "\u83b7\u53d6\u6570\u636e\u5931\u8d25",
                    "\u67e5\u8be2\u6216\u5217\u8868\u8bf7\u6c42\u5728\u670d\u52a1\u5668\u7aef\u5931\u8d25\u3002\n",
                    "\u83b7\u53d6\u6570\u636e\u65f6\u53d1\u751f\u5f02\u5e38\u3002\u8bf7\u7a0d\u540e\u91cd\u8bd5\uff1b\u5982\u679c\u6301\u7eed\u5931\u8d25\uff0c\u8bf7\u643a\u5e26 `requestId` \u8054\u7cfb\u6280\u672f\u652f\u6301\u3002\n")),
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
                    "\u865a\u62df\u53f7\u7801\u5df2\u8017\u5c3d",
                    "\u8d26\u53f7\u7684\u6240\u6709\u865a\u62df\u53f7\u7801\u90fd\u5df2\u88ab\u8fd9\u4e24\u4e2a\u901a\u8bdd\u65b9\u7684\u7ed1\u5b9a\u5360\u7528\u3002\n",
                    "\u7528\u6237\u7684\u865a\u62df\u53f7\u7801\u5df2\u8017\u5c3d\u3002\u8bf7\u89e3\u9664\u4e0d\u518d\u9700\u8981\u7684\u7ed1\u5b9a\uff08`unbindAXB`\uff09\uff0c\u4e3a\u7ed1\u5b9a\u8bbe\u7f6e\u6709\u6548\u671f\uff08`expireSecond`\uff09\uff0c\u6216\u4e3a\u8d26\u53f7\u589e\u52a0\u865a\u62df\u53f7\u7801\u3002\n")),
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
                    "\u5217\u8868\u5206\u9875\u5bb9\u91cf\u4e0d\u6b63\u786e",
                    "\u5217\u8868\u8bf7\u6c42\uff08`getAXBList`\uff09\u8981\u6c42\u7684\u6bcf\u9875\u6761\u6570\u8d85\u51fa\u8303\u56f4\u3002\n",
                    "\u83b7\u53d6\u6570\u636e\u7684 `limit` \u8d85\u51fa\u8303\u56f4\u3002\u8bf7\u53d1\u9001 0 \u5230 1000 \u4e4b\u95f4\u7684 `limit`\uff080 \u8868\u793a\u5168\u90e8\uff0c\u6700\u591a\u8fd4\u56de 1000 \u6761\uff09\u3002\n")),
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
                    "\u5217\u8868\u5206\u9875\u8d77\u59cb\u4f4d\u7f6e\u4e0d\u6b63\u786e",
                    "\u5217\u8868\u8bf7\u6c42\uff08`getAXBList`\uff09\u8981\u6c42\u7684\u8d77\u59cb\u4f4d\u7f6e\u8d85\u51fa\u8303\u56f4\u3002\n",
                    "\u83b7\u53d6\u6570\u636e\u7684 `offset` \u8d85\u51fa\u8303\u56f4\u3002\u8bf7\u53d1\u9001\u5927\u4e8e\u7b49\u4e8e 0\u3001\u4e14\u5c0f\u4e8e\u7ed1\u5b9a\u603b\u6570\u7684 `offset`\u3002\n")),
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
                    "\u7528\u6237\u6ca1\u6709\u7ed1\u5b9a\u53f7\u7801",
                    "\u6240\u67e5\u8be2\u7684\u53f7\u7801\u6ca1\u6709\u7ed1\u5b9a\u5230\u8be5\u865a\u62df\u53f7\u7801\u4e0a\u3002\n",
                    "\u7528\u6237\u4e0e\u865a\u62df\u53f7\u7801\u4e4b\u95f4\u4e0d\u5b58\u5728\u7ed1\u5b9a\u5173\u7cfb\u3002\u8bf7\u68c0\u67e5\u67e5\u8be2\uff08`queryAXB`\uff09\u4e2d\u7684 `caller` \u548c`did`\uff1a\u8be5\u7ed1\u5b9a\u53ef\u80fd\u5df2\u8fc7\u671f\u6216\u5df2\u88ab\u89e3\u9664\uff08`unbindAXB`\uff09\uff0c\u4e5f\u53ef\u80fd\u4ece\u672a\u521b\u5efa\u3002\n")),
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
