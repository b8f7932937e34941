// generated from errors.yaml by `python -m generator`; do not edit
package org.example.pnserrors;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An error code of the API (NXCLOUD PNS API error codes, catalog 1.0.0).
 *
 * <p>Each constant carries the API's message, its {@link Category}, who must act ({@link FixBy}),
 * whether to send the request again ({@link Retry}), its documentation page, and its texts in
 * every language of the catalog. {@link #of(int)} never throws: a code newer than this library is
 * simply not there.
 */
public enum ErrorCode {
  /** 1001: Missing public parameters. */
  MISSING_PUBLIC_PARAMETERS(
      1001,
      "Missing public parameters",
      Category.COMMON,
      FixBy.CALLER,
      Retry.NO,
      new ErrorText(
          "Missing public parameters",
          "At least one of the public headers that every request must carry is absent.\n",
          "All required [public parameters](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0)\n"
              + "must be included in the Header, such as `accessKey`, `ts`, `bizType`, `action`\n"
              + "and `sign`.\n"
              + "\n"
              + "Send all five headers with every request (see\n"
              + "[public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers)). `algorithm`\n"
              + "is the only optional one; it defaults to `md5`.\n"),
      new ErrorText(
          "\u7f3a\u5c11\u516c\u5171\u53c2\u6570",
          "\u6bcf\u4e2a\u8bf7\u6c42\u90fd\u5fc5\u987b\u643a\u5e26\u7684\u516c\u5171\u8bf7\u6c42\u5934\u4e2d\uff0c\u81f3\u5c11\u6709\u4e00\u4e2a\u7f3a\u5931\u3002\n",
          "\u6240\u6709\u5fc5\u9700\u7684[\u516c\u5171\u53c2\u6570](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0) \u90fd\u5fc5\u987b\u653e\u5728 Header \u4e2d\uff0c\u4f8b\u5982 `accessKey`\u3001`ts`\u3001`bizType`\u3001`action` \u548c `sign`\u3002\n"
              + "\n"
              + "\u6bcf\u4e2a\u8bf7\u6c42\u90fd\u8981\u5e26\u9f50\u8fd9\u4e94\u4e2a\u8bf7\u6c42\u5934\uff08\u89c1[\u516c\u5171\u8bf7\u6c42\u5934](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)\uff09\u3002\u53ea\u6709 `algorithm` \u662f\u53ef\u9009\u7684\uff0c\u9ed8\u8ba4\u4e3a `md5`\u3002\n")),

  /** 1002: Parameter error. */
  PARAMETER_ERROR(
      1002,
      "Parameter error",
      Category.COMMON,
      FixBy.CALLER,
      Retry.NO,
      new ErrorText(
          "Parameter error",
          "The headers are present, but a header value or a field of the request body is\n"
              + "not what the called action accepts.\n",
          "1. Check that the `bizType` and `action` parameters in the Header are correct:\n"
              + "   `bizType` is `5` for the privacy-number service, and `action` names an\n"
              + "   existing method such as `bindAXB` or `queryAXB`.\n"
              + "2. Check that the parameters in the Body are correct: every field the action\n"
              + "   requires is present, with the right type and within its range.\n"
              + "\n"
              + "See [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n"),
      new ErrorText(
          "\u53c2\u6570\u9519\u8bef",
          "\u8bf7\u6c42\u5934\u9f50\u5168\uff0c\u4f46\u67d0\u4e2a\u8bf7\u6c42\u5934\u7684\u503c\u6216\u8bf7\u6c42\u4f53\u4e2d\u7684\u67d0\u4e2a\u5b57\u6bb5\u4e0d\u7b26\u5408\u6240\u8c03\u7528 action \u7684\u8981\u6c42\u3002\n",
          "1. \u68c0\u67e5 Header \u4e2d\u7684 `bizType` \u548c `action` \u662f\u5426\u6b63\u786e\uff1a\u9690\u79c1\u53f7\u670d\u52a1\u7684 `bizType` \u4e3a `5`\uff0c`action` \u5fc5\u987b\u662f\u5df2\u6709\u7684\u65b9\u6cd5\uff0c\u4f8b\u5982 `bindAXB` \u6216 `queryAXB`\u3002\n"
              + "2. \u68c0\u67e5 Body \u4e2d\u7684\u53c2\u6570\u662f\u5426\u6b63\u786e\uff1a\u8be5 action \u8981\u6c42\u7684\u5b57\u6bb5\u90fd\u5df2\u63d0\u4f9b\uff0c\u7c7b\u578b\u6b63\u786e\uff0c\u53d6\u503c\u5728\u5141\u8bb8\u8303\u56f4\u5185\u3002\n"
              + "\n"
              + "\u53c2\u89c1[\u516c\u5171\u8bf7\u6c42\u5934](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)\u3002\n")),

  /** 1003: Invalid signature. */
  INVALID_SIGNATURE(
      1003,
      "Invalid signature",
      Category.COMMON,
      FixBy.CALLER,
      Retry.NO,
      new ErrorText(
          "Invalid signature",
          "The `sign` header does not match the signature the server computed for the\n"
              + "request.\n",
          "Check that the `sign` value is calculated correctly. The common reasons are:\n"
              + "\n"
              + "1. **Incorrect request method or Content-Type.** Set the Content-Type that the\n"
              + "   API interface documentation gives for the action (`application/json` for\n"
              + "   the privacy-number actions).\n"
              + "2. **The signed JSON differs from the sent JSON.** The JSON string used to\n"
              + "   compute the signature must be byte for byte the body that is sent; a\n"
              + "   re-serialised body (other key order, spaces or newlines) changes the hash.\n"
              + "3. **Signature calculation error**, including a wrong `accessSecret`. Please\n"
              + "   refer to the [signature algorithm](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)\n"
              + "   and check your code against its worked example\n"
              + "   ([local copy](https://pns-errors.example.org/guides/calling-conventions/#signature-algorithm)).\n"
              + "\n"
              + "To find the mistake, give the headers, the body and the secret to\n"
              + "[Check a signature](https://pns-errors.example.org/tools/signature/) (it runs in your browser), or\n"
              + "run `pns-errors sign ... --check SIGN`: it tries the usual mistakes and\n"
              + "names the one that reproduces the client's sign.\n"),
      new ErrorText(
          "\u7b7e\u540d\u65e0\u6548",
          "\u8bf7\u6c42\u5934 `sign` \u4e0e\u670d\u52a1\u5668\u4e3a\u8be5\u8bf7\u6c42\u8ba1\u7b97\u51fa\u7684\u7b7e\u540d\u4e0d\u4e00\u81f4\u3002\n",
          "\u8bf7\u68c0\u67e5 `sign` \u7684\u8ba1\u7b97\u662f\u5426\u6b63\u786e\u3002\u5e38\u89c1\u539f\u56e0\u6709\uff1a\n"
              + "\n"
              + "1. **\u8bf7\u6c42\u65b9\u6cd5\u6216 Content-Type \u4e0d\u6b63\u786e\u3002** \u6309\u8be5 action \u7684\u63a5\u53e3\u6587\u6863\u8bbe\u7f6e Content-Type\uff08\u9690\u79c1\u53f7\u7684\u5404\u4e2a action \u5747\u4e3a `application/json`\uff09\u3002\n"
              + "2. **\u53c2\u4e0e\u7b7e\u540d\u7684 JSON \u4e0e\u5b9e\u9645\u53d1\u9001\u7684 JSON \u4e0d\u4e00\u81f4\u3002** \u8ba1\u7b97\u7b7e\u540d\u6240\u7528\u7684 JSON \u5b57\u7b26\u4e32\u5fc5\u987b\u4e0e\u53d1\u9001\u7684\u8bf7\u6c42\u4f53\u9010\u5b57\u8282\u76f8\u540c\uff1b\u91cd\u65b0\u5e8f\u5217\u5316\u8fc7\u7684\u8bf7\u6c42\u4f53\uff08\u952e\u7684\u987a\u5e8f\u3001\u7a7a\u683c\u6216\u6362\u884c\u4e0d\u540c\uff09\u4f1a\u6539\u53d8\u54c8\u5e0c\u503c\u3002\n"
              + "3. **\u7b7e\u540d\u8ba1\u7b97\u9519\u8bef**\uff0c\u5305\u62ec `accessSecret` \u586b\u9519\u3002\u8bf7\u53c2\u9605[\u7b7e\u540d\u7b97\u6cd5](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)\uff0c\u5e76\u7528\u5176\u4e2d\u7684\u793a\u4f8b\u6838\u5bf9\u4f60\u7684\u4ee3\u7801\uff08[\u672c\u7ad9\u526f\u672c](https://pns-errors.example.org/zh/guides/calling-conventions/#signature-algorithm)\uff09\u3002\n"
              + "\n"
              + "\u8981\u627e\u51fa\u9519\u8bef\u6240\u5728\uff0c\u53ef\u4ee5\u628a\u8bf7\u6c42\u5934\u3001\u8bf7\u6c42\u4f53\u548c\u5bc6\u94a5\u586b\u5165[\u7b7e\u540d\u68c0\u67e5](https://pns-errors.example.org/zh/tools/signature/)\uff08\u5b8c\u5168\u5728\u6d4f\u89c8\u5668\u4e2d\u8fd0\u884c\uff09\uff0c\u6216\u8fd0\u884c `pns-errors sign ... --check SIGN`\uff1a\u5b83\u4f1a\u9010\u4e00\u5c1d\u8bd5\u5e38\u89c1\u7684\u9519\u8bef\uff0c\u5e76\u6307\u51fa\u54ea\u4e00\u79cd\u80fd\u590d\u73b0\u5ba2\u6237\u7aef\u7b97\u51fa\u7684 sign\u3002\n")),

  /** 1004: Timestamp expired. */
  TIMESTAMP_EXPIRED(
      1004,
      "Timestamp expired",
      Category.COMMON,
      FixBy.CALLER,
      Retry.REFRESH,
      new ErrorText(
          "Timestamp expired",
          "The `ts` header is too far from the server's clock.\n",
          "The `ts` parameter in the Header is incorrect. The maximum time difference\n"
              + "allowed between the client and the server is 60 seconds.\n"
              + "\n"
              + "- `ts` is the request time in **milliseconds** since the Unix epoch (13 digits,\n"
              + "  e.g. `1655710885431`), not seconds.\n"
              + "- Synchronise the client's clock (NTP) and compute `ts` just before sending.\n"
              + "- Compute `sign` with the same `ts` that is sent.\n"
              + "\n"
              + "See [the `ts` window](https://pns-errors.example.org/guides/calling-conventions/#the-ts-window).\n"
              + "[Check a signature](https://pns-errors.example.org/tools/signature/) has a \"Now\" button for `ts`, and\n"
              + "says how far a given `ts` is from now.\n"),
      new ErrorText(
          "\u65f6\u95f4\u6233\u8fc7\u671f",
          "\u8bf7\u6c42\u5934 `ts` \u4e0e\u670d\u52a1\u5668\u65f6\u949f\u76f8\u5dee\u592a\u591a\u3002\n",
          "Header \u4e2d\u7684 `ts` \u53c2\u6570\u4e0d\u6b63\u786e\u3002\u5ba2\u6237\u7aef\u4e0e\u670d\u52a1\u5668\u4e4b\u95f4\u5141\u8bb8\u7684\u6700\u5927\u65f6\u95f4\u5dee\u4e3a 60 \u79d2\u3002\n"
              + "\n"
              + "- `ts` \u662f\u8bf7\u6c42\u65f6\u95f4\uff0c\u5373\u81ea Unix \u7eaa\u5143\u8d77\u7684**\u6beb\u79d2**\u6570\uff0813 \u4f4d\u6570\u5b57\uff0c\u4f8b\u5982 `1655710885431`\uff09\uff0c\u4e0d\u662f\u79d2\u6570\u3002\n"
              + "- \u7528 NTP \u540c\u6b65\u5ba2\u6237\u7aef\u65f6\u949f\uff0c\u5e76\u5728\u53d1\u9001\u524d\u4e00\u523b\u8ba1\u7b97 `ts`\u3002\n"
              + "- \u8ba1\u7b97 `sign` \u65f6\u6240\u7528\u7684 `ts` \u5fc5\u987b\u4e0e\u53d1\u9001\u7684 `ts` \u76f8\u540c\u3002\n"
              + "\n"
              + "\u53c2\u89c1 [`ts` \u7684\u65f6\u95f4\u7a97\u53e3](https://pns-errors.example.org/zh/guides/calling-conventions/#the-ts-window)\u3002[\u7b7e\u540d\u68c0\u67e5](https://pns-errors.example.org/zh/tools/signature/)\u63d0\u4f9b\u201c\u73b0\u5728\u201d\u6309\u94ae\u6765\u751f\u6210 `ts`\uff0c\u5e76\u663e\u793a\u7ed9\u5b9a\u7684 `ts` \u4e0e\u5f53\u524d\u65f6\u95f4\u76f8\u5dee\u591a\u5c11\u3002\n")),

  /** 1005: Insufficient permissions. */
  INSUFFICIENT_PERMISSIONS(
      1005,
      "Insufficient permissions",
      Category.COMMON,
      FixBy.ACCOUNT,
      Retry.NO,
      new ErrorText(
          "Insufficient permissions",
          "The account is unknown, or it is not allowed to use the requested business.\n",
          "Either the `accessKey` is incorrect, or the current account does not have the\n"
              + "corresponding business permissions.\n"
              + "\n"
              + "- Check the `accessKey` header against the key shown for the account.\n"
              + "- Check that the business named by `bizType` (5 for privacy numbers) is enabled\n"
              + "  for the account; if it is not, ask the account manager to enable it.\n"
              + "\n"
              + "See [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n"),
      new ErrorText(
          "\u6743\u9650\u4e0d\u8db3",
          "\u8d26\u53f7\u4e0d\u5b58\u5728\uff0c\u6216\u65e0\u6743\u4f7f\u7528\u6240\u8bf7\u6c42\u7684\u4e1a\u52a1\u3002\n",
          "`accessKey` \u4e0d\u6b63\u786e\uff0c\u6216\u5f53\u524d\u8d26\u53f7\u6ca1\u6709\u76f8\u5e94\u7684\u4e1a\u52a1\u6743\u9650\u3002\n"
              + "\n"
              + "- \u5c06\u8bf7\u6c42\u5934 `accessKey` \u4e0e\u8d26\u53f7\u4e2d\u663e\u793a\u7684 key \u9010\u4e00\u6838\u5bf9\u3002\n"
              + "- \u786e\u8ba4 `bizType` \u6240\u6307\u7684\u4e1a\u52a1\uff08\u9690\u79c1\u53f7\u4e3a 5\uff09\u5df2\u4e3a\u8be5\u8d26\u53f7\u5f00\u901a\uff1b\u5982\u672a\u5f00\u901a\uff0c\u8bf7\u8054\u7cfb\u5ba2\u6237\u7ecf\u7406\u5f00\u901a\u3002\n"
              + "\n"
              + "\u53c2\u89c1[\u516c\u5171\u8bf7\u6c42\u5934](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)\u3002\n")),

  /** 10001: Empty binding number. */
  EMPTY_BINDING_NUMBER(
      10001,
      "Empty binding number",
      Category.PNS,
      FixBy.CALLER,
      Retry.NO,
      new ErrorText(
          "Empty binding number",
          "A binding request (`bindAXB`) arrived without one of the two real numbers.\n",
          "The A or B number is empty. Send both `phoneA` and `phoneB`, each a non-empty\n"
              + "number with its country code.\n"),
      new ErrorText(
          "\u7ed1\u5b9a\u53f7\u7801\u4e3a\u7a7a",
          "\u7ed1\u5b9a\u8bf7\u6c42\uff08`bindAXB`\uff09\u7f3a\u5c11\u4e24\u4e2a\u771f\u5b9e\u53f7\u7801\u4e2d\u7684\u4e00\u4e2a\u3002\n",
          "A \u53f7\u7801\u6216 B \u53f7\u7801\u4e3a\u7a7a\u3002\u8bf7\u540c\u65f6\u53d1\u9001 `phoneA` \u548c `phoneB`\uff0c\u4e24\u8005\u90fd\u5fc5\u987b\u662f\u5e26\u56fd\u5bb6\u4ee3\u7801\u7684\u975e\u7a7a\u53f7\u7801\u3002\n")),

  /** 10002: Same binding number. */
  SAME_BINDING_NUMBER(
      10002,
      "Same binding number",
      Category.PNS,
      FixBy.CALLER,
      Retry.NO,
      new ErrorText(
          "Same binding number",
          "A binding request gave the same number for both parties.\n",
          "The A and B numbers are the same. A binding connects two different parties:\n"
              + "send two different numbers in `phoneA` and `phoneB`.\n"),
      new ErrorText(
          "\u7ed1\u5b9a\u53f7\u7801\u76f8\u540c",
          "\u7ed1\u5b9a\u8bf7\u6c42\u4e2d\u53cc\u65b9\u7684\u53f7\u7801\u76f8\u540c\u3002\n",
          "A \u53f7\u7801\u4e0e B \u53f7\u7801\u76f8\u540c\u3002\u4e00\u4e2a\u7ed1\u5b9a\u8fde\u63a5\u7684\u662f\u4e24\u4e2a\u4e0d\u540c\u7684\u901a\u8bdd\u65b9\uff1a\u8bf7\u5728 `phoneA` \u548c`phoneB` \u4e2d\u53d1\u9001\u4e24\u4e2a\u4e0d\u540c\u7684\u53f7\u7801\u3002\n")),

  /** 10003: User does not exist. */
  USER_DOES_NOT_EXIST(
      10003,
      "User does not exist",
      Category.PNS,
      FixBy.ACCOUNT,
      Retry.NO,
      new ErrorText(
          "User does not exist",
          "The privacy-number service has no user for this account.\n",
          "The user does not exist. Check the `accessKey`; if it is right, ask the account\n"
              + "manager to open the privacy-number service for the account.\n"),
      new ErrorText(
          "\u7528\u6237\u4e0d\u5b58\u5728",
          "\u9690\u79c1\u53f7\u670d\u52a1\u4e2d\u6ca1\u6709\u4e0e\u8be5\u8d26\u53f7\u5bf9\u5e94\u7684\u7528\u6237\u3002\n",
          "\u7528\u6237\u4e0d\u5b58\u5728\u3002\u8bf7\u68c0\u67e5 `accessKey`\uff1b\u5982\u679c\u65e0\u8bef\uff0c\u8bf7\u8054\u7cfb\u5ba2\u6237\u7ecf\u7406\u4e3a\u8be5\u8d26\u53f7\u5f00\u901a\u9690\u79c1\u53f7\u670d\u52a1\u3002\n")),

  /** 10004: Different prefix for binding numbers. */
  BINDING_NUMBER_PREFIX_MISMATCH(
      10004,
      "Different prefix for binding numbers",
      Category.PNS,
      FixBy.CALLER,
      Retry.NO,
      new ErrorText(
          "Different prefix for binding numbers",
          "A real number of the binding is not in the same country as the virtual number.\n",
          "The A or B number does not contain the country code of the virtual number.\n"
              + "\n"
              + "- Write `phoneA` and `phoneB` with the country code of the virtual number in\n"
              + "  front (for a Hong Kong virtual number `852\u2026`: `85291234567`).\n"
              + "- Check that the number is not written in national form (a leading `0`, or no\n"
              + "  country code at all).\n"),
      new ErrorText(
          "\u7ed1\u5b9a\u53f7\u7801\u524d\u7f00\u4e0d\u4e00\u81f4",
          "\u7ed1\u5b9a\u4e2d\u7684\u67d0\u4e2a\u771f\u5b9e\u53f7\u7801\u4e0e\u865a\u62df\u53f7\u7801\u4e0d\u5c5e\u4e8e\u540c\u4e00\u4e2a\u56fd\u5bb6\u6216\u5730\u533a\u3002\n",
          "A \u53f7\u7801\u6216 B \u53f7\u7801\u6ca1\u6709\u5e26\u4e0a\u865a\u62df\u53f7\u7801\u7684\u56fd\u5bb6\u4ee3\u7801\u3002\n"
              + "\n"
              + "- `phoneA` \u548c `phoneB` \u524d\u9762\u8981\u52a0\u4e0a\u865a\u62df\u53f7\u7801\u7684\u56fd\u5bb6\u4ee3\u7801\uff08\u4f8b\u5982\u9999\u6e2f\u7684\u865a\u62df\u53f7\u7801 `852\u2026`\uff1a\u5199\u4f5c `85291234567`\uff09\u3002\n"
              + "- \u68c0\u67e5\u53f7\u7801\u662f\u5426\u5199\u6210\u4e86\u672c\u5730\u683c\u5f0f\uff08\u4ee5 `0` \u5f00\u5934\uff0c\u6216\u5b8c\u5168\u6ca1\u6709\u56fd\u5bb6\u4ee3\u7801\uff09\u3002\n")),

  /** 10005: Failed to get number. */
  FAILED_TO_GET_NUMBER(
      10005,
      "Failed to get number",
      Category.PNS,
      FixBy.PROVIDER,
      Retry.BACKOFF,
      new ErrorText(
          "Failed to get number",
          "The service could not pick a virtual number (DID) for the binding.\n",
          "An error occurred while getting the number of bound DIDs. Retry the request\n"
              + "later; if it keeps failing, contact support with the `requestId`.\n"),
      new ErrorText(
          "\u83b7\u53d6\u53f7\u7801\u5931\u8d25",
          "\u670d\u52a1\u65e0\u6cd5\u4e3a\u7ed1\u5b9a\u9009\u51fa\u865a\u62df\u53f7\u7801\uff08DID\uff09\u3002\n",
          "\u83b7\u53d6\u7ed1\u5b9a DID \u53f7\u7801\u65f6\u51fa\u9519\u3002\u8bf7\u7a0d\u540e\u91cd\u8bd5\uff1b\u5982\u679c\u6301\u7eed\u5931\u8d25\uff0c\u8bf7\u643a\u5e26 `requestId` \u8054\u7cfb\u6280\u672f\u652f\u6301\u3002\n")),

  /** 10006: Exception in binding numbers. */
  BINDING_NUMBER_EXCEPTION(
      10006,
      "Exception in binding numbers",
      Category.PNS,
      FixBy.PROVIDER,
      Retry.BACKOFF,
      new ErrorText(
          "Exception in binding numbers",
          "The service failed while creating the binding on a virtual number (DID).\n",
          "An exception occurred in the number of bound DIDs. Retry the request later; if\n"
              + "it keeps failing, contact support with the `requestId`.\n"),
      new ErrorText(
          "\u7ed1\u5b9a\u53f7\u7801\u5f02\u5e38",
          "\u670d\u52a1\u5728\u865a\u62df\u53f7\u7801\uff08DID\uff09\u4e0a\u521b\u5efa\u7ed1\u5b9a\u65f6\u5931\u8d25\u3002\n",
          "\u7ed1\u5b9a DID \u53f7\u7801\u65f6\u53d1\u751f\u5f02\u5e38\u3002\u8bf7\u7a0d\u540e\u91cd\u8bd5\uff1b\u5982\u679c\u6301\u7eed\u5931\u8d25\uff0c\u8bf7\u643a\u5e26 `requestId` \u8054\u7cfb\u6280\u672f\u652f\u6301\u3002\n")),

  /** 10007: Virtual number without prefix. */
  VIRTUAL_NUMBER_WITHOUT_PREFIX(
      10007,
      "Virtual number without prefix",
      Category.PNS,
      FixBy.PROVIDER,
      Retry.NO,
      new ErrorText(
          "Virtual number without prefix",
          "The virtual number chosen for the binding has no country code configured.\n",
          "The virtual number does not have a country code. This is a configuration\n"
              + "problem of the account's number pool, not of the request: contact support with\n"
              + "the `requestId` and the virtual number.\n"),
      new ErrorText(
          "\u865a\u62df\u53f7\u7801\u6ca1\u6709\u524d\u7f00",
          "\u4e3a\u7ed1\u5b9a\u9009\u4e2d\u7684\u865a\u62df\u53f7\u7801\u6ca1\u6709\u914d\u7f6e\u56fd\u5bb6\u4ee3\u7801\u3002\n",
          "\u865a\u62df\u53f7\u7801\u6ca1\u6709\u56fd\u5bb6\u4ee3\u7801\u3002\u8fd9\u662f\u8d26\u53f7\u53f7\u7801\u6c60\u7684\u914d\u7f6e\u95ee\u9898\uff0c\u4e0e\u8bf7\u6c42\u672c\u8eab\u65e0\u5173\uff1a\u8bf7\u643a\u5e26`requestId` \u548c\u8be5\u865a\u62df\u53f7\u7801\u8054\u7cfb\u6280\u672f\u652f\u6301\u3002\n")),

  /** 10008: User has no virtual number. */
  NO_VIRTUAL_NUMBER(
      10008,
      "User has no virtual number",
      Category.PNS,
      FixBy.ACCOUNT,
      Retry.NO,
      new ErrorText(
          "User has no virtual number",
          "The account has no virtual number to bind with.\n",
          "The user has no virtual number. Buy or assign virtual numbers to the account\n"
              + "before creating bindings.\n"),
      new ErrorText(
          "\u7528\u6237\u6ca1\u6709\u865a\u62df\u53f7\u7801",
          "\u8d26\u53f7\u6ca1\u6709\u53ef\u7528\u4e8e\u7ed1\u5b9a\u7684\u865a\u62df\u53f7\u7801\u3002\n",
          "\u7528\u6237\u6ca1\u6709\u865a\u62df\u53f7\u7801\u3002\u8bf7\u5148\u4e3a\u8d26\u53f7\u8d2d\u4e70\u6216\u5206\u914d\u865a\u62df\u53f7\u7801\uff0c\u518d\u521b\u5efa\u7ed1\u5b9a\u3002\n")),

  /** 10009: Failed to retrieve data. */
  FAILED_TO_RETRIEVE_DATA(
      10009,
      "Failed to retrieve data",
      Category.PNS,
      FixBy.PROVIDER,
      Retry.BACKOFF,
      new ErrorText(
          "Failed to retrieve data",
          "A query or list request failed on the server side.\n",
          "An exception occurred while retrieving data. Retry the request later; if it\n"
              + "keeps failing, contact support with the `requestId`.\n"),
      new ErrorText(
          "\u83b7\u53d6\u6570\u636e\u5931\u8d25",
          "\u67e5\u8be2\u6216\u5217\u8868\u8bf7\u6c42\u5728\u670d\u52a1\u5668\u7aef\u5931\u8d25\u3002\n",
          "\u83b7\u53d6\u6570\u636e\u65f6\u53d1\u751f\u5f02\u5e38\u3002\u8bf7\u7a0d\u540e\u91cd\u8bd5\uff1b\u5982\u679c\u6301\u7eed\u5931\u8d25\uff0c\u8bf7\u643a\u5e26 `requestId` \u8054\u7cfb\u6280\u672f\u652f\u6301\u3002\n")),

  /** 10010: Virtual number exhausted. */
  VIRTUAL_NUMBER_EXHAUSTED(
      10010,
      "Virtual number exhausted",
      Category.PNS,
      FixBy.ACCOUNT,
      Retry.NO,
      new ErrorText(
          "Virtual number exhausted",
          "Every virtual number of the account is already in use for these parties.\n",
          "The user's virtual numbers have been exhausted. Release bindings that are no\n"
              + "longer needed (`unbindAXB`), give bindings an expiry (`expireSecond`), or add\n"
              + "virtual numbers to the account.\n"),
      new ErrorText(
          "\u865a\u62df\u53f7\u7801\u5df2\u8017\u5c3d",
          "\u8d26\u53f7\u7684\u6240\u6709\u865a\u62df\u53f7\u7801\u90fd\u5df2\u88ab\u8fd9\u4e24\u4e2a\u901a\u8bdd\u65b9\u7684\u7ed1\u5b9a\u5360\u7528\u3002\n",
          "\u7528\u6237\u7684\u865a\u62df\u53f7\u7801\u5df2\u8017\u5c3d\u3002\u8bf7\u89e3\u9664\u4e0d\u518d\u9700\u8981\u7684\u7ed1\u5b9a\uff08`unbindAXB`\uff09\uff0c\u4e3a\u7ed1\u5b9a\u8bbe\u7f6e\u6709\u6548\u671f\uff08`expireSecond`\uff09\uff0c\u6216\u4e3a\u8d26\u53f7\u589e\u52a0\u865a\u62df\u53f7\u7801\u3002\n")),

  /** 10011: Incorrect list page capacity. */
  INVALID_LIST_LIMIT(
      10011,
      "Incorrect list page capacity",
      Category.PNS,
      FixBy.CALLER,
      Retry.NO,
      new ErrorText(
          "Incorrect list page capacity",
          "A list request (`getAXBList`) asked for a page size out of range.\n",
          "The `limit` for retrieving data exceeds the range. Send a `limit` from 0 to\n"
              + "1000 (0 means all, and at most 1000 are returned).\n"),
      new ErrorText(
          "\u5217\u8868\u5206\u9875\u5bb9\u91cf\u4e0d\u6b63\u786e",
          "\u5217\u8868\u8bf7\u6c42\uff08`getAXBList`\uff09\u8981\u6c42\u7684\u6bcf\u9875\u6761\u6570\u8d85\u51fa\u8303\u56f4\u3002\n",
          "\u83b7\u53d6\u6570\u636e\u7684 `limit` \u8d85\u51fa\u8303\u56f4\u3002\u8bf7\u53d1\u9001 0 \u5230 1000 \u4e4b\u95f4\u7684 `limit`\uff080 \u8868\u793a\u5168\u90e8\uff0c\u6700\u591a\u8fd4\u56de 1000 \u6761\uff09\u3002\n")),

  /** 10012: Incorrect list page starting point. */
  INVALID_LIST_OFFSET(
      10012,
      "Incorrect list page starting point",
      Category.PNS,
      FixBy.CALLER,
      Retry.NO,
      new ErrorText(
          "Incorrect list page starting point",
          "A list request (`getAXBList`) asked for a starting point out of range.\n",
          "The `offset` for retrieving data exceeds the range. Send an `offset` of 0 or\n"
              + "more, and smaller than the number of bindings.\n"),
      new ErrorText(
          "\u5217\u8868\u5206\u9875\u8d77\u59cb\u4f4d\u7f6e\u4e0d\u6b63\u786e",
          "\u5217\u8868\u8bf7\u6c42\uff08`getAXBList`\uff09\u8981\u6c42\u7684\u8d77\u59cb\u4f4d\u7f6e\u8d85\u51fa\u8303\u56f4\u3002\n",
          "\u83b7\u53d6\u6570\u636e\u7684 `offset` \u8d85\u51fa\u8303\u56f4\u3002\u8bf7\u53d1\u9001\u5927\u4e8e\u7b49\u4e8e 0\u3001\u4e14\u5c0f\u4e8e\u7ed1\u5b9a\u603b\u6570\u7684 `offset`\u3002\n")),

  /** 10013: User has no binding number. */
  NO_BINDING_NUMBER(
      10013,
      "User has no binding number",
      Category.PNS,
      FixBy.CALLER,
      Retry.NO,
      new ErrorText(
          "User has no binding number",
          "The number queried is not bound to the virtual number.\n",
          "The user does not have a binding relationship with a virtual number. Check the\n"
              + "`caller` and `did` of the query (`queryAXB`): the binding may have expired or\n"
              + "been removed (`unbindAXB`), or never have been created.\n"),
      new ErrorText(
          "\u7528\u6237\u6ca1\u6709\u7ed1\u5b9a\u53f7\u7801",
          "\u6240\u67e5\u8be2\u7684\u53f7\u7801\u6ca1\u6709\u7ed1\u5b9a\u5230\u8be5\u865a\u62df\u53f7\u7801\u4e0a\u3002\n",
          "\u7528\u6237\u4e0e\u865a\u62df\u53f7\u7801\u4e4b\u95f4\u4e0d\u5b58\u5728\u7ed1\u5b9a\u5173\u7cfb\u3002\u8bf7\u68c0\u67e5\u67e5\u8be2\uff08`queryAXB`\uff09\u4e2d\u7684 `caller` \u548c`did`\uff1a\u8be5\u7ed1\u5b9a\u53ef\u80fd\u5df2\u8fc7\u671f\u6216\u5df2\u88ab\u89e3\u9664\uff08`unbindAXB`\uff09\uff0c\u4e5f\u53ef\u80fd\u4ece\u672a\u521b\u5efa\u3002\n"));

  /** The languages of the texts, in the order of {@link #localized(String)}'s fallbacks. */
  private static final List<String> LANGUAGES = List.of("en", "zh");

  private static final Map<Integer, ErrorCode> BY_CODE =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

  private final int code;
  private final String message;
  private final Category category;
  private final FixBy fixBy;
  private final Retry retry;
  private final List<ErrorText> texts;

  ErrorCode(
      int code, String message, Category category, FixBy fixBy, Retry retry, ErrorText... texts) {
    this.code = code;
    this.message = message;
    this.category = category;
    this.fixBy = fixBy;
    this.retry = retry;
    this.texts = List.of(texts);
  }

  /**
   * The constant for a code.
   *
   * @param code the {@code code} of a response
   * @return the constant, or empty for a code this version of the library does not know
   */
  public static Optional<ErrorCode> of(int code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * The catalog's languages, English first.
   *
   * @return language tags such as {@code "en"}
   */
  public static List<String> languages() {
    return LANGUAGES;
  }

  /**
   * The number the API sends as {@code code}.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * The API's own message for the code, in English.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * The group the code belongs to.
   *
   * @return the category
   */
  public Category category() {
    return category;
  }

  /**
   * Whose side must act.
   *
   * @return the side
   */
  public FixBy fixBy() {
    return fixBy;
  }

  /**
   * Whether sending the request again may succeed, and how.
   *
   * @return the retry guidance
   */
  public Retry retry() {
    return retry;
  }

  /**
   * The code's page, with its causes and solutions.
   *
   * @return an absolute URL such as {@code https://pns-errors.example.org/errors/1001/}
   */
  public String docUrl() {
    return "https://pns-errors.example.org/errors/" + code + "/";
  }

  /**
   * The code's texts in a language of the catalog, English when it has no such language.
   *
   * @param language a language tag or locale name, such as {@code "zh"}, {@code "zh-CN"} or {@code
   *     "zh_CN.UTF-8"}
   * @return the texts
   */
  public ErrorText localized(String language) {
    String tag = language.strip().split("[.@]", 2)[0].replace('_', '-').toLowerCase(Locale.ROOT);
    while (!tag.isEmpty()) {
      int index = LANGUAGES.indexOf(tag);
      if (index >= 0) {
        return texts.get(index);
      }
      tag = tag.substring(0, Math.max(tag.lastIndexOf('-'), 0));
    }
    return texts.get(0);
  }

  /**
   * The code's texts in a locale's language, English when the catalog has no such language.
   *
   * @param locale a locale, such as {@link Locale#CHINA}
   * @return the texts
   */
  public ErrorText localized(Locale locale) {
    return localized(locale.toLanguageTag());
  }
}
