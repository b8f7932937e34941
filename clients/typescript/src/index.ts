// generated from errors.yaml by `python -m generator`; do not edit
/**
 * NXCLOUD PNS API error codes, typed (catalog 1.0.0).
 *
 * `ErrorCode.X` is each code's number, `lookup(n)` its documentation, and
 * `raiseForResponse(body)` turns a response into its `data` or a `PnsError`.
 * No dependencies; works in Node, Deno, Bun and browsers.
 */

/** Every documented code, by its name: `ErrorCode.INVALID_SIGNATURE === 1003`. */
export const ErrorCode = {
  MISSING_PUBLIC_PARAMETERS: 1001,
  PARAMETER_ERROR: 1002,
  INVALID_SIGNATURE: 1003,
  TIMESTAMP_EXPIRED: 1004,
  INSUFFICIENT_PERMISSIONS: 1005,
  EMPTY_BINDING_NUMBER: 10001,
  SAME_BINDING_NUMBER: 10002,
  USER_DOES_NOT_EXIST: 10003,
  BINDING_NUMBER_PREFIX_MISMATCH: 10004,
  FAILED_TO_GET_NUMBER: 10005,
  BINDING_NUMBER_EXCEPTION: 10006,
  VIRTUAL_NUMBER_WITHOUT_PREFIX: 10007,
  NO_VIRTUAL_NUMBER: 10008,
  FAILED_TO_RETRIEVE_DATA: 10009,
  VIRTUAL_NUMBER_EXHAUSTED: 10010,
  INVALID_LIST_LIMIT: 10011,
  INVALID_LIST_OFFSET: 10012,
  NO_BINDING_NUMBER: 10013,
} as const;

/** A documented code's number: a literal union, so `switch` on it is checked. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
/** A documented code's name, e.g. `"INVALID_SIGNATURE"`. */
export type ErrorName = keyof typeof ErrorCode;
/** The catalog's categories, each owning a range of codes. */
export type Category = "common" | "pns";
/** Whose side must act: `caller` (the customer's developer: the request or the client's code is wrong); `account` (the customer's account administrator or account manager: settings, permissions or numbers); `provider` (NXCLOUD: a failure on the service's side; escalate with the requestId). */
export type FixBy = "caller" | "account" | "provider";
/** Whether to send again: `no` (no: the same request fails again until something changes); `refresh` (yes, at once, with a rebuilt request (a new ts and sign)); `backoff` (yes, later: the failure is transient; retry with exponential backoff and a limit). */
export type Retry = "no" | "refresh" | "backoff";
/** The languages the texts are written in. */
export type Language = "en" | "zh";

/** A code's texts in one language (Markdown, links absolute). */
export interface Texts {
  readonly message: string;
  readonly description: string;
  readonly solution: string;
}

/** Everything the catalog says about one code. */
export interface ErrorInfo {
  readonly code: ErrorCode;
  readonly name: ErrorName;
  /** The API's own message, verbatim (English). */
  readonly message: string;
  readonly category: Category;
  readonly fixBy: FixBy;
  readonly retry: Retry;
  /** The code's page on the knowledge base. */
  readonly url: string;
  readonly status: "active" | "deprecated" | "retired";
  readonly texts: { readonly [L in Language]: Texts };
}

export const SITE_URL = "https://pns-errors.example.org/";
export const CATALOG_VERSION = "1.0.0";

const CATEGORY_RANGES: readonly (readonly [Category, number, number])[] = [
  ["common", 1000, 1999],
  ["pns", 10000, 19999],
];

const ERRORS: ReadonlyMap<number, ErrorInfo> = new Map(
  (
    [
      {
        code: 1001,
        name: "MISSING_PUBLIC_PARAMETERS",
        message: "Missing public parameters",
        category: "common",
        fixBy: "caller",
        retry: "no",
        url: "https://pns-errors.example.org/errors/1001/",
        status: "active",
        texts: {
          en: {
            message: "Missing public parameters",
            description: "At least one of the public headers that every request must carry is absent.\n",
            solution: "All required [public parameters](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0)\nmust be included in the Header, such as `accessKey`, `ts`, `bizType`, `action`\nand `sign`.\n\nSend all five headers with every request (see\n[public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers)). `algorithm`\nis the only optional one; it defaults to `md5`.\n",
          },
          zh: {
            message: "缺少公共参数",
            description: "每个请求都必须携带的公共请求头中，至少有一个缺失。\n",
            solution: "所有必需的[公共参数](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0) 都必须放在 Header 中，例如 `accessKey`、`ts`、`bizType`、`action` 和 `sign`。\n\n每个请求都要带齐这五个请求头（见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)）。只有 `algorithm` 是可选的，默认为 `md5`。\n",
          },
        },
      },
      {
        code: 1002,
        name: "PARAMETER_ERROR",
        message: "Parameter error",
        category: "common",
        fixBy: "caller",
        retry: "no",
        url: "https://pns-errors.example.org/errors/1002/",
        status: "active",
        texts: {
          en: {
            message: "Parameter error",
            description: "The headers are present, but a header value or a field of the request body is\nnot what the called action accepts.\n",
            solution: "1. Check that the `bizType` and `action` parameters in the Header are correct:\n   `bizType` is `5` for the privacy-number service, and `action` names an\n   existing method such as `bindAXB` or `queryAXB`.\n2. Check that the parameters in the Body are correct: every field the action\n   requires is present, with the right type and within its range.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n",
          },
          zh: {
            message: "参数错误",
            description: "请求头齐全，但某个请求头的值或请求体中的某个字段不符合所调用 action 的要求。\n",
            solution: "1. 检查 Header 中的 `bizType` 和 `action` 是否正确：隐私号服务的 `bizType` 为 `5`，`action` 必须是已有的方法，例如 `bindAXB` 或 `queryAXB`。\n2. 检查 Body 中的参数是否正确：该 action 要求的字段都已提供，类型正确，取值在允许范围内。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n",
          },
        },
      },
      {
        code: 1003,
        name: "INVALID_SIGNATURE",
        message: "Invalid signature",
        category: "common",
        fixBy: "caller",
        retry: "no",
        url: "https://pns-errors.example.org/errors/1003/",
        status: "active",
        texts: {
          en: {
            message: "Invalid signature",
            description: "The `sign` header does not match the signature the server computed for the\nrequest.\n",
            solution: "Check that the `sign` value is calculated correctly. The common reasons are:\n\n1. **Incorrect request method or Content-Type.** Set the Content-Type that the\n   API interface documentation gives for the action (`application/json` for\n   the privacy-number actions).\n2. **The signed JSON differs from the sent JSON.** The JSON string used to\n   compute the signature must be byte for byte the body that is sent; a\n   re-serialised body (other key order, spaces or newlines) changes the hash.\n3. **Signature calculation error**, including a wrong `accessSecret`. Please\n   refer to the [signature algorithm](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)\n   and check your code against its worked example\n   ([local copy](https://pns-errors.example.org/guides/calling-conventions/#signature-algorithm)).\n\nTo find the mistake, give the headers, the body and the secret to\n[Check a signature](https://pns-errors.example.org/tools/signature/) (it runs in your browser), or\nrun `pns-errors sign ... --check SIGN`: it tries the usual mistakes and\nnames the one that reproduces the client's sign.\n",
          },
          zh: {
            message: "签名无效",
            description: "请求头 `sign` 与服务器为该请求计算出的签名不一致。\n",
            solution: "请检查 `sign` 的计算是否正确。常见原因有：\n\n1. **请求方法或 Content-Type 不正确。** 按该 action 的接口文档设置 Content-Type（隐私号的各个 action 均为 `application/json`）。\n2. **参与签名的 JSON 与实际发送的 JSON 不一致。** 计算签名所用的 JSON 字符串必须与发送的请求体逐字节相同；重新序列化过的请求体（键的顺序、空格或换行不同）会改变哈希值。\n3. **签名计算错误**，包括 `accessSecret` 填错。请参阅[签名算法](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)，并用其中的示例核对你的代码（[本站副本](https://pns-errors.example.org/zh/guides/calling-conventions/#signature-algorithm)）。\n\n要找出错误所在，可以把请求头、请求体和密钥填入[签名检查](https://pns-errors.example.org/zh/tools/signature/)（完全在浏览器中运行），或运行 `pns-errors sign ... --check SIGN`：它会逐一尝试常见的错误，并指出哪一种能复现客户端算出的 sign。\n",
          },
        },
      },
      {
        code: 1004,
        name: "TIMESTAMP_EXPIRED",
        message: "Timestamp expired",
        category: "common",
        fixBy: "caller",
        retry: "refresh",
        url: "https://pns-errors.example.org/errors/1004/",
        status: "active",
        texts: {
          en: {
            message: "Timestamp expired",
            description: "The `ts` header is too far from the server's clock.\n",
            solution: "The `ts` parameter in the Header is incorrect. The maximum time difference\nallowed between the client and the server is 60 seconds.\n\n- `ts` is the request time in **milliseconds** since the Unix epoch (13 digits,\n  e.g. `1655710885431`), not seconds.\n- Synchronise the client's clock (NTP) and compute `ts` just before sending.\n- Compute `sign` with the same `ts` that is sent.\n\nSee [the `ts` window](https://pns-errors.example.org/guides/calling-conventions/#the-ts-window).\n[Check a signature](https://pns-errors.example.org/tools/signature/) has a \"Now\" button for `ts`, and\nsays how far a given `ts` is from now.\n",
          },
          zh: {
            message: "时间戳过期",
            description: "请求头 `ts` 与服务器时钟相差太多。\n",
            solution: "Header 中的 `ts` 参数不正确。客户端与服务器之间允许的最大时间差为 60 秒。\n\n- `ts` 是请求时间，即自 Unix 纪元起的**毫秒**数（13 位数字，例如 `1655710885431`），不是秒数。\n- 用 NTP 同步客户端时钟，并在发送前一刻计算 `ts`。\n- 计算 `sign` 时所用的 `ts` 必须与发送的 `ts` 相同。\n\n参见 [`ts` 的时间窗口](https://pns-errors.example.org/zh/guides/calling-conventions/#the-ts-window)。[签名检查](https://pns-errors.example.org/zh/tools/signature/)提供“现在”按钮来生成 `ts`，并显示给定的 `ts` 与当前时间相差多少。\n",
          },
        },
      },
      {
        code: 1005,
        name: "INSUFFICIENT_PERMISSIONS",
        message: "Insufficient permissions",
        category: "common",
        fixBy: "account",
        retry: "no",
        url: "https://pns-errors.example.org/errors/1005/",
        status: "active",
        texts: {
          en: {
            message: "Insufficient permissions",
            description: "The account is unknown, or it is not allowed to use the requested business.\n",
            solution: "Either the `accessKey` is incorrect, or the current account does not have the\ncorresponding business permissions.\n\n- Check the `accessKey` header against the key shown for the account.\n- Check that the business named by `bizType` (5 for privacy numbers) is enabled\n  for the account; if it is not, ask the account manager to enable it.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n",
          },
          zh: {
            message: "权限不足",
            description: "账号不存在，或无权使用所请求的业务。\n",
            solution: "`accessKey` 不正确，或当前账号没有相应的业务权限。\n\n- 将请求头 `accessKey` 与账号中显示的 key 逐一核对。\n- 确认 `bizType` 所指的业务（隐私号为 5）已为该账号开通；如未开通，请联系客户经理开通。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n",
          },
        },
      },
      {
        code: 10001,
        name: "EMPTY_BINDING_NUMBER",
        message: "Empty binding number",
        category: "pns",
        fixBy: "caller",
        retry: "no",
        url: "https://pns-errors.example.org/errors/10001/",
        status: "active",
        texts: {
          en: {
            message: "Empty binding number",
            description: "A binding request (`bindAXB`) arrived without one of the two real numbers.\n",
            solution: "The A or B number is empty. Send both `phoneA` and `phoneB`, each a non-empty\nnumber with its country code.\n",
          },
          zh: {
            message: "绑定号码为空",
            description: "绑定请求（`bindAXB`）缺少两个真实号码中的一个。\n",
            solution: "A 号码或 B 号码为空。请同时发送 `phoneA` 和 `phoneB`，两者都必须是带国家代码的非空号码。\n",
          },
        },
      },
      {
        code: 10002,
        name: "SAME_BINDING_NUMBER",
        message: "Same binding number",
        category: "pns",
        fixBy: "caller",
        retry: "no",
        url: "https://pns-errors.example.org/errors/10002/",
        status: "active",
        texts: {
          en: {
            message: "Same binding number",
            description: "A binding request gave the same number for both parties.\n",
            solution: "The A and B numbers are the same. A binding connects two different parties:\nsend two different numbers in `phoneA` and `phoneB`.\n",
          },
          zh: {
            message: "绑定号码相同",
            description: "绑定请求中双方的号码相同。\n",
            solution: "A 号码与 B 号码相同。一个绑定连接的是两个不同的通话方：请在 `phoneA` 和`phoneB` 中发送两个不同的号码。\n",
          },
        },
      },
      {
        code: 10003,
        name: "USER_DOES_NOT_EXIST",
        message: "User does not exist",
        category: "pns",
        fixBy: "account",
        retry: "no",
        url: "https://pns-errors.example.org/errors/10003/",
        status: "active",
        texts: {
          en: {
            message: "User does not exist",
            description: "The privacy-number service has no user for this account.\n",
            solution: "The user does not exist. Check the `accessKey`; if it is right, ask the account\nmanager to open the privacy-number service for the account.\n",
          },
          zh: {
            message: "用户不存在",
            description: "隐私号服务中没有与该账号对应的用户。\n",
            solution: "用户不存在。请检查 `accessKey`；如果无误，请联系客户经理为该账号开通隐私号服务。\n",
          },
        },
      },
      {
        code: 10004,
        name: "BINDING_NUMBER_PREFIX_MISMATCH",
        message: "Different prefix for binding numbers",
        category: "pns",
        fixBy: "caller",
        retry: "no",
        url: "https://pns-errors.example.org/errors/10004/",
        status: "active",
        texts: {
          en: {
            message: "Different prefix for binding numbers",
            description: "A real number of the binding is not in the same country as the virtual number.\n",
            solution: "The A or B number does not contain the country code of the virtual number.\n\n- Write `phoneA` and `phoneB` with the country code of the virtual number in\n  front (for a Hong Kong virtual number `852…`: `85291234567`).\n- Check that the number is not written in national form (a leading `0`, or no\n  country code at all).\n",
          },
          zh: {
            message: "绑定号码前缀不一致",
            description: "绑定中的某个真实号码与虚拟号码不属于同一个国家或地区。\n",
            solution: "A 号码或 B 号码没有带上虚拟号码的国家代码。\n\n- `phoneA` 和 `phoneB` 前面要加上虚拟号码的国家代码（例如香港的虚拟号码 `852…`：写作 `85291234567`）。\n- 检查号码是否写成了本地格式（以 `0` 开头，或完全没有国家代码）。\n",
          },
        },
      },
      {
        code: 10005,
        name: "FAILED_TO_GET_NUMBER",
        message: "Failed to get number",
        category: "pns",
        fixBy: "provider",
        retry: "backoff",
        url: "https://pns-errors.example.org/errors/10005/",
        status: "active",
        texts: {
          en: {
            message: "Failed to get number",
            description: "The service could not pick a virtual number (DID) for the binding.\n",
            solution: "An error occurred while getting the number of bound DIDs. Retry the request\nlater; if it keeps failing, contact support with the `requestId`.\n",
          },
          zh: {
            message: "获取号码失败",
            description: "服务无法为绑定选出虚拟号码（DID）。\n",
            solution: "获取绑定 DID 号码时出错。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n",
          },
        },
      },
      {
        code: 10006,
        name: "BINDING_NUMBER_EXCEPTION",
        message: "Exception in binding numbers",
        category: "pns",
        fixBy: "provider",
        retry: "backoff",
        url: "https://pns-errors.example.org/errors/10006/",
        status: "active",
        texts: {
          en: {
            message: "Exception in binding numbers",
            description: "The service failed while creating the binding on a virtual number (DID).\n",
            solution: "An exception occurred in the number of bound DIDs. Retry the request later; if\nit keeps failing, contact support with the `requestId`.\n",
          },
          zh: {
            message: "绑定号码异常",
            description: "服务在虚拟号码（DID）上创建绑定时失败。\n",
            solution: "绑定 DID 号码时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n",
          },
        },
      },
      {
        code: 10007,
        name: "VIRTUAL_NUMBER_WITHOUT_PREFIX",
        message: "Virtual number without prefix",
        category: "pns",
        fixBy: "provider",
        retry: "no",
        url: "https://pns-errors.example.org/errors/10007/",
        status: "active",
        texts: {
          en: {
            message: "Virtual number without prefix",
            description: "The virtual number chosen for the binding has no country code configured.\n",
            solution: "The virtual number does not have a country code. This is a configuration\nproblem of the account's number pool, not of the request: contact support with\nthe `requestId` and the virtual number.\n",
          },
          zh: {
            message: "虚拟号码没有前缀",
            description: "为绑定选中的虚拟号码没有配置国家代码。\n",
            solution: "虚拟号码没有国家代码。这是账号号码池的配置问题，与请求本身无关：请携带`requestId` 和该虚拟号码联系技术支持。\n",
          },
        },
      },
      {
        code: 10008,
        name: "NO_VIRTUAL_NUMBER",
        message: "User has no virtual number",
        category: "pns",
        fixBy: "account",
        retry: "no",
        url: "https://pns-errors.example.org/errors/10008/",
        status: "active",
        texts: {
          en: {
            message: "User has no virtual number",
            description: "The account has no virtual number to bind with.\n",
            solution: "The user has no virtual number. Buy or assign virtual numbers to the account\nbefore creating bindings.\n",
          },
          zh: {
            message: "用户没有虚拟号码",
            description: "账号没有可用于绑定的虚拟号码。\n",
            solution: "用户没有虚拟号码。请先为账号购买或分配虚拟号码，再创建绑定。\n",
          },
        },
      },
      {
        code: 10009,
        name: "FAILED_TO_RETRIEVE_DATA",
        message: "Failed to retrieve data",
        category: "pns",
        fixBy: "provider",
        retry: "backoff",
        url: "https://pns-errors.example.org/errors/10009/",
        status: "active",
        texts: {
          en: {
            message: "Failed to retrieve data",
            description: "A query or list request failed on the server side.\n",
            solution: "An exception occurred while retrieving data. Retry the request later; if it\nkeeps failing, contact support with the `requestId`.\n",
          },
          zh: {
            message: "获取数据失败",
            description: "查询或列表请求在服务器端失败。\n",
            solution: "获取数据时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n",
          },
        },
      },
      {
        code: 10010,
        name: "VIRTUAL_NUMBER_EXHAUSTED",
        message: "Virtual number exhausted",
        category: "pns",
        fixBy: "account",
        retry: "no",
        url: "https://pns-errors.example.org/errors/10010/",
        status: "active",
        texts: {
          en: {
            message: "Virtual number exhausted",
            description: "Every virtual number of the account is already in use for these parties.\n",
            solution: "The user's virtual numbers have been exhausted. Release bindings that are no\nlonger needed (`unbindAXB`), give bindings an expiry (`expireSecond`), or add\nvirtual numbers to the account.\n",
          },
          zh: {
            message: "虚拟号码已耗尽",
            description: "账号的所有虚拟号码都已被这两个通话方的绑定占用。\n",
            solution: "用户的虚拟号码已耗尽。请解除不再需要的绑定（`unbindAXB`），为绑定设置有效期（`expireSecond`），或为账号增加虚拟号码。\n",
          },
        },
      },
      {
        code: 10011,
        name: "INVALID_LIST_LIMIT",
        message: "Incorrect list page capacity",
        category: "pns",
        fixBy: "caller",
        retry: "no",
        url: "https://pns-errors.example.org/errors/10011/",
        status: "active",
        texts: {
          en: {
            message: "Incorrect list page capacity",
            description: "A list request (`getAXBList`) asked for a page size out of range.\n",
            solution: "The `limit` for retrieving data exceeds the range. Send a `limit` from 0 to\n1000 (0 means all, and at most 1000 are returned).\n",
          },
          zh: {
            message: "列表分页容量不正确",
            description: "列表请求（`getAXBList`）要求的每页条数超出范围。\n",
            solution: "获取数据的 `limit` 超出范围。请发送 0 到 1000 之间的 `limit`（0 表示全部，最多返回 1000 条）。\n",
          },
        },
      },
      {
        code: 10012,
        name: "INVALID_LIST_OFFSET",
        message: "Incorrect list page starting point",
        category: "pns",
        fixBy: "caller",
        retry: "no",
        url: "https://pns-errors.example.org/errors/10012/",
        status: "active",
        texts: {
          en: {
            message: "Incorrect list page starting point",
            description: "A list request (`getAXBList`) asked for a starting point out of range.\n",
            solution: "The `offset` for retrieving data exceeds the range. Send an `offset` of 0 or\nmore, and smaller than the number of bindings.\n",
          },
          zh: {
            message: "列表分页起始位置不正确",
            description: "列表请求（`getAXBList`）要求的起始位置超出范围。\n",
            solution: "获取数据的 `offset` 超出范围。请发送大于等于 0、且小于绑定总数的 `offset`。\n",
          },
        },
      },
      {
        code: 10013,
        name: "NO_BINDING_NUMBER",
        message: "User has no binding number",
        category: "pns",
        fixBy: "caller",
        retry: "no",
        url: "https://pns-errors.example.org/errors/10013/",
        status: "active",
        texts: {
          en: {
            message: "User has no binding number",
            description: "The number queried is not bound to the virtual number.\n",
            solution: "The user does not have a binding relationship with a virtual number. Check the\n`caller` and `did` of the query (`queryAXB`): the binding may have expired or\nbeen removed (`unbindAXB`), or never have been created.\n",
          },
          zh: {
            message: "用户没有绑定号码",
            description: "所查询的号码没有绑定到该虚拟号码上。\n",
            solution: "用户与虚拟号码之间不存在绑定关系。请检查查询（`queryAXB`）中的 `caller` 和`did`：该绑定可能已过期或已被解除（`unbindAXB`），也可能从未创建。\n",
          },
        },
      },
    ] as const satisfies readonly ErrorInfo[]
  ).map((info): [number, ErrorInfo] => [info.code, info]),
);

/** The code's documentation, or `undefined` for a code this version does not know. Never throws. */
export function lookup(code: number): ErrorInfo | undefined {
  return ERRORS.get(code);
}

/** Every documented code, in order. */
export function allErrors(): ErrorInfo[] {
  return [...ERRORS.values()];
}

/** The category whose range holds `code`, known or not (a newer code still has one). */
export function categoryOf(code: number): Category | undefined {
  return CATEGORY_RANGES.find(([, low, high]) => low <= code && code <= high)?.[0];
}

/** `info`'s texts in `language` (`"zh"`, `"zh-CN"`, `"zh_CN.UTF-8"`), English for a language the catalog lacks. */
export function localized(info: ErrorInfo, language: string): Texts & { readonly language: Language } {
  const wanted = language.toLowerCase().split(/[-_.@]/)[0] ?? "";
  const found = (Object.keys(info.texts) as Language[]).find((l) => l === wanted) ?? "en";
  return { ...info.texts[found], language: found };
}

/** True when the same request may succeed if sent again (rebuilt, for `"refresh"`). */
export function isRetryable(retry: Retry): boolean {
  return retry !== "no";
}

/** The body is not the API's `{code, msg, requestId, data}` envelope (an HTML error page, a proxy's answer). */
export class NotAnEnvelopeError extends Error {
  override readonly name = "NotAnEnvelopeError";
}

/** The API answered with a non-zero code. `info` is undefined for a code newer than this package. */
export class PnsError extends Error {
  override readonly name = "PnsError";
  readonly info: ErrorInfo | undefined;

  constructor(
    readonly code: number,
    readonly msg: string = "",
    readonly requestId: string | null = null,
    readonly data: unknown = null,
  ) {
    const info = lookup(code);
    const what = info ? `${info.name}: ${info.message}` : "unknown code";
    const said = msg && (!info || msg !== info.message) ? `; server said ${JSON.stringify(msg)}` : "";
    const request = requestId ? `; requestId ${requestId}` : "";
    const url = info ? info.url : `${SITE_URL}?code=${code}`;
    super(`PNS error ${code} ${what}${said}${request} (see ${url})`);
    this.info = info;
  }

  /** The code's page; for an unknown code, the site's lookup of it. */
  get docUrl(): string {
    return this.info ? this.info.url : `${SITE_URL}?code=${this.code}`;
  }

  get category(): Category | undefined {
    return categoryOf(this.code);
  }

  /** Whether to send again; `"no"` for a code this package does not know. */
  get retry(): Retry {
    return this.info ? this.info.retry : "no";
  }

  get retryable(): boolean {
    return isRetryable(this.retry);
  }

  /** Whose side must act; undefined for a code this package does not know. */
  get fixBy(): FixBy | undefined {
    return this.info?.fixBy;
  }
}

/**
 * Return `data` of a successful response; throw `PnsError` for an error code.
 * `body` is the decoded JSON, or its text. Anything that is not the API's envelope
 * throws `NotAnEnvelopeError`, never `PnsError`.
 */
export function raiseForResponse(body: unknown): unknown {
  let value = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body);
    } catch (error) {
      throw new NotAnEnvelopeError(`response body is not JSON: ${(error as Error).message}`);
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new NotAnEnvelopeError(`response body is ${value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`}, not an object with a \`code\``);
  }
  const envelope = value as Record<string, unknown>;
  if (!("code" in envelope)) {
    throw new NotAnEnvelopeError(`response body has no \`code\` field (keys: ${Object.keys(envelope).join(", ") || "none"})`);
  }
  const code = envelope["code"];
  if (typeof code !== "number" || !Number.isInteger(code)) {
    throw new NotAnEnvelopeError(`response \`code\` is ${JSON.stringify(code)}, not an integer`);
  }
  if (code === 0) {
    return envelope["data"] ?? null;
  }
  const msg = envelope["msg"];
  const requestId = envelope["requestId"];
  throw new PnsError(
    code,
    typeof msg === "string" ? msg : "",
    requestId === undefined || requestId === null ? null : String(requestId),
    envelope["data"] ?? null,
  );
}
