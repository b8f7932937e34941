// Code generated from errors.yaml by `python -m generator`; DO NOT EDIT.

package pnserrors

// Version is the version of the catalog this package was generated from.
const Version = "1.0.0"

// SiteURL is the error-code site; every DocURL starts with it.
const SiteURL = "https://pns-errors.example.org/"

// The error codes of the API.
const (
	// CodeMissingPublicParameters is 1001: Missing public parameters.
	CodeMissingPublicParameters Code = 1001
	// CodeParameterError is 1002: Parameter error.
	CodeParameterError Code = 1002
	// CodeInvalidSignature is 1003: Invalid signature.
	CodeInvalidSignature Code = 1003
	// CodeTimestampExpired is 1004: Timestamp expired.
	CodeTimestampExpired Code = 1004
	// CodeInsufficientPermissions is 1005: Insufficient permissions.
	CodeInsufficientPermissions Code = 1005
	// CodeEmptyBindingNumber is 10001: Empty binding number.
	CodeEmptyBindingNumber Code = 10001
	// CodeSameBindingNumber is 10002: Same binding number.
	CodeSameBindingNumber Code = 10002
	// CodeUserDoesNotExist is 10003: User does not exist.
	CodeUserDoesNotExist Code = 10003
	// CodeBindingNumberPrefixMismatch is 10004: Different prefix for binding numbers.
	CodeBindingNumberPrefixMismatch Code = 10004
	// CodeFailedToGetNumber is 10005: Failed to get number.
	CodeFailedToGetNumber Code = 10005
	// CodeBindingNumberException is 10006: Exception in binding numbers.
	CodeBindingNumberException Code = 10006
	// CodeVirtualNumberWithoutPrefix is 10007: Virtual number without prefix.
	CodeVirtualNumberWithoutPrefix Code = 10007
	// CodeNoVirtualNumber is 10008: User has no virtual number.
	CodeNoVirtualNumber Code = 10008
	// CodeFailedToRetrieveData is 10009: Failed to retrieve data.
	CodeFailedToRetrieveData Code = 10009
	// CodeVirtualNumberExhausted is 10010: Virtual number exhausted.
	CodeVirtualNumberExhausted Code = 10010
	// CodeInvalidListLimit is 10011: Incorrect list page capacity.
	CodeInvalidListLimit Code = 10011
	// CodeInvalidListOffset is 10012: Incorrect list page starting point.
	CodeInvalidListOffset Code = 10012
	// CodeNoBindingNumber is 10013: User has no binding number.
	CodeNoBindingNumber Code = 10013
)

// The categories of codes.
const (
	// CategoryCommon is "Common errors", codes 1000-1999.
	CategoryCommon Category = "common"
	// CategoryPns is "Privacy number (PNS) errors", codes 10000-19999.
	CategoryPns Category = "pns"
)

// Whose side must act (FixBy).
const (
	// FixByCaller: the customer's developer: the request or the client's code is wrong.
	FixByCaller FixBy = "caller"
	// FixByAccount: the customer's account administrator or account manager: settings, permissions or numbers.
	FixByAccount FixBy = "account"
	// FixByProvider: NXCLOUD: a failure on the service's side; escalate with the requestId.
	FixByProvider FixBy = "provider"
)

// Whether to send the request again (Retry).
const (
	// RetryNo: no: the same request fails again until something changes.
	RetryNo Retry = "no"
	// RetryRefresh: yes, at once, with a rebuilt request (a new ts and sign).
	RetryRefresh Retry = "refresh"
	// RetryBackoff: yes, later: the failure is transient; retry with exponential backoff and a limit.
	RetryBackoff Retry = "backoff"
)

// categories holds each category's title and range (CategoryOf searches the ranges).
var categories = []categoryRange{
	{CategoryCommon, "Common errors", 1000, 1999},
	{CategoryPns, "Privacy number (PNS) errors", 10000, 19999},
}

// catalog holds every known code, in ascending order (find searches it).
var catalog = []entry{
	{
		code:     CodeMissingPublicParameters,
		name:     "MISSING_PUBLIC_PARAMETERS",
		category: CategoryCommon,
		fixBy:    FixByCaller,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "Missing public parameters",
				Description: "At least one of the public headers that every request must carry is absent.\n",
				Solution:    "All required [public parameters](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0)\nmust be included in the Header, such as `accessKey`, `ts`, `bizType`, `action`\nand `sign`.\n\nSend all five headers with every request (see\n[public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers)). `algorithm`\nis the only optional one; it defaults to `md5`.\n",
			},
			"zh": {
				Message:     "缺少公共参数",
				Description: "每个请求都必须携带的公共请求头中，至少有一个缺失。\n",
				Solution:    "所有必需的[公共参数](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0) 都必须放在 Header 中，例如 `accessKey`、`ts`、`bizType`、`action` 和 `sign`。\n\n每个请求都要带齐这五个请求头（见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)）。只有 `algorithm` 是可选的，默认为 `md5`。\n",
			},
		},
	},
	{
		code:     CodeParameterError,
		name:     "PARAMETER_ERROR",
		category: CategoryCommon,
		fixBy:    FixByCaller,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "Parameter error",
				Description: "The headers are present, but a header value or a field of the request body is\nnot what the called action accepts.\n",
				Solution:    "1. Check that the `bizType` and `action` parameters in the Header are correct:\n   `bizType` is `5` for the privacy-number service, and `action` names an\n   existing method such as `bindAXB` or `queryAXB`.\n2. Check that the parameters in the Body are correct: every field the action\n   requires is present, with the right type and within its range.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n",
			},
			"zh": {
				Message:     "参数错误",
				Description: "请求头齐全，但某个请求头的值或请求体中的某个字段不符合所调用 action 的要求。\n",
				Solution:    "1. 检查 Header 中的 `bizType` 和 `action` 是否正确：隐私号服务的 `bizType` 为 `5`，`action` 必须是已有的方法，例如 `bindAXB` 或 `queryAXB`。\n2. 检查 Body 中的参数是否正确：该 action 要求的字段都已提供，类型正确，取值在允许范围内。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n",
			},
		},
	},
	{
		code:     CodeInvalidSignature,
		name:     "INVALID_SIGNATURE",
		category: CategoryCommon,
		fixBy:    FixByCaller,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "Invalid signature",
				Description: "The `sign` header does not match the signature the server computed for the\nrequest.\n",
				Solution:    "Check that the `sign` value is calculated correctly. The common reasons are:\n\n1. **Incorrect request method or Content-Type.** Set the Content-Type that the\n   API interface documentation gives for the action (`application/json` for\n   the privacy-number actions).\n2. **The signed JSON differs from the sent JSON.** The JSON string used to\n   compute the signature must be byte for byte the body that is sent; a\n   re-serialised body (other key order, spaces or newlines) changes the hash.\n3. **Signature calculation error**, including a wrong `accessSecret`. Please\n   refer to the [signature algorithm](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)\n   and check your code against its worked example\n   ([local copy](https://pns-errors.example.org/guides/calling-conventions/#signature-algorithm)).\n\nTo find the mistake, give the headers, the body and the secret to\n[Check a signature](https://pns-errors.example.org/tools/signature/) (it runs in your browser), or\nrun `pns-errors sign ... --check SIGN`: it tries the usual mistakes and\nnames the one that reproduces the client's sign.\n",
			},
			"zh": {
				Message:     "签名无效",
				Description: "请求头 `sign` 与服务器为该请求计算出的签名不一致。\n",
				Solution:    "请检查 `sign` 的计算是否正确。常见原因有：\n\n1. **请求方法或 Content-Type 不正确。** 按该 action 的接口文档设置 Content-Type（隐私号的各个 action 均为 `application/json`）。\n2. **参与签名的 JSON 与实际发送的 JSON 不一致。** 计算签名所用的 JSON 字符串必须与发送的请求体逐字节相同；重新序列化过的请求体（键的顺序、空格或换行不同）会改变哈希值。\n3. **签名计算错误**，包括 `accessSecret` 填错。请参阅[签名算法](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)，并用其中的示例核对你的代码（[本站副本](https://pns-errors.example.org/zh/guides/calling-conventions/#signature-algorithm)）。\n\n要找出错误所在，可以把请求头、请求体和密钥填入[签名检查](https://pns-errors.example.org/zh/tools/signature/)（完全在浏览器中运行），或运行 `pns-errors sign ... --check SIGN`：它会逐一尝试常见的错误，并指出哪一种能复现客户端算出的 sign。\n",
			},
		},
	},
	{
		code:     CodeTimestampExpired,
		name:     "TIMESTAMP_EXPIRED",
		category: CategoryCommon,
		fixBy:    FixByCaller,
		retry:    RetryRefresh,
		texts: map[string]Texts{
			"en": {
				Message:     "Timestamp expired",
				Description: "The `ts` header is too far from the server's clock.\n",
				Solution:    "The `ts` parameter in the Header is incorrect. The maximum time difference\nallowed between the client and the server is 60 seconds.\n\n- `ts` is the request time in **milliseconds** since the Unix epoch (13 digits,\n  e.g. `1655710885431`), not seconds.\n- Synchronise the client's clock (NTP) and compute `ts` just before sending.\n- Compute `sign` with the same `ts` that is sent.\n\nSee [the `ts` window](https://pns-errors.example.org/guides/calling-conventions/#the-ts-window).\n[Check a signature](https://pns-errors.example.org/tools/signature/) has a \"Now\" button for `ts`, and\nsays how far a given `ts` is from now.\n",
			},
			"zh": {
				Message:     "时间戳过期",
				Description: "请求头 `ts` 与服务器时钟相差太多。\n",
				Solution:    "Header 中的 `ts` 参数不正确。客户端与服务器之间允许的最大时间差为 60 秒。\n\n- `ts` 是请求时间，即自 Unix 纪元起的**毫秒**数（13 位数字，例如 `1655710885431`），不是秒数。\n- 用 NTP 同步客户端时钟，并在发送前一刻计算 `ts`。\n- 计算 `sign` 时所用的 `ts` 必须与发送的 `ts` 相同。\n\n参见 [`ts` 的时间窗口](https://pns-errors.example.org/zh/guides/calling-conventions/#the-ts-window)。[签名检查](https://pns-errors.example.org/zh/tools/signature/)提供“现在”按钮来生成 `ts`，并显示给定的 `ts` 与当前时间相差多少。\n",
			},
		},
	},
	{
		code:     CodeInsufficientPermissions,
		name:     "INSUFFICIENT_PERMISSIONS",
		category: CategoryCommon,
		fixBy:    FixByAccount,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "Insufficient permissions",
				Description: "The account is unknown, or it is not allowed to use the requested business.\n",
				Solution:    "Either the `accessKey` is incorrect, or the current account does not have the\ncorresponding business permissions.\n\n- Check the `accessKey` header against the key shown for the account.\n- Check that the business named by `bizType` (5 for privacy numbers) is enabled\n  for the account; if it is not, ask the account manager to enable it.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n",
			},
			"zh": {
				Message:     "权限不足",
				Description: "账号不存在，或无权使用所请求的业务。\n",
				Solution:    "`accessKey` 不正确，或当前账号没有相应的业务权限。\n\n- 将请求头 `accessKey` 与账号中显示的 key 逐一核对。\n- 确认 `bizType` 所指的业务（隐私号为 5）已为该账号开通；如未开通，请联系客户经理开通。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n",
			},
		},
	},
	{
		code:     CodeEmptyBindingNumber,
		name:     "EMPTY_BINDING_NUMBER",
		category: CategoryPns,
		fixBy:    FixByCaller,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "Empty binding number",
				Description: "A binding request (`bindAXB`) arrived without one of the two real numbers.\n",
				Solution:    "The A or B number is empty. Send both `phoneA` and `phoneB`, each a non-empty\nnumber with its country code.\n",
			},
			"zh": {
				Message:     "绑定号码为空",
				Description: "绑定请求（`bindAXB`）缺少两个真实号码中的一个。\n",
				Solution:    "A 号码或 B 号码为空。请同时发送 `phoneA` 和 `phoneB`，两者都必须是带国家代码的非空号码。\n",
			},
		},
	},
	{
		code:     CodeSameBindingNumber,
		name:     "SAME_BINDING_NUMBER",
		category: CategoryPns,
		fixBy:    FixByCaller,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "Same binding number",
				Description: "A binding request gave the same number for both parties.\n",
				Solution:    "The A and B numbers are the same. A binding connects two different parties:\nsend two different numbers in `phoneA` and `phoneB`.\n",
			},
			"zh": {
				Message:     "绑定号码相同",
				Description: "绑定请求中双方的号码相同。\n",
				Solution:    "A 号码与 B 号码相同。一个绑定连接的是两个不同的通话方：请在 `phoneA` 和`phoneB` 中发送两个不同的号码。\n",
			},
		},
	},
	{
		code:     CodeUserDoesNotExist,
		name:     "USER_DOES_NOT_EXIST",
		category: CategoryPns,
		fixBy:    FixByAccount,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "User does not exist",
				Description: "The privacy-number service has no user for this account.\n",
				Solution:    "The user does not exist. Check the `accessKey`; if it is right, ask the account\nmanager to open the privacy-number service for the account.\n",
			},
			"zh": {
				Message:     "用户不存在",
				Description: "隐私号服务中没有与该账号对应的用户。\n",
				Solution:    "用户不存在。请检查 `accessKey`；如果无误，请联系客户经理为该账号开通隐私号服务。\n",
			},
		},
	},
	{
		code:     CodeBindingNumberPrefixMismatch,
		name:     "BINDING_NUMBER_PREFIX_MISMATCH",
		category: CategoryPns,
		fixBy:    FixByCaller,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "Different prefix for binding numbers",
				Description: "A real number of the binding is not in the same country as the virtual number.\n",
				Solution:    "The A or B number does not contain the country code of the virtual number.\n\n- Write `phoneA` and `phoneB` with the country code of the virtual number in\n  front (for a Hong Kong virtual number `852…`: `85291234567`).\n- Check that the number is not written in national form (a leading `0`, or no\n  country code at all).\n",
			},
			"zh": {
				Message:     "绑定号码前缀不一致",
				Description: "绑定中的某个真实号码与虚拟号码不属于同一个国家或地区。\n",
				Solution:    "A 号码或 B 号码没有带上虚拟号码的国家代码。\n\n- `phoneA` 和 `phoneB` 前面要加上虚拟号码的国家代码（例如香港的虚拟号码 `852…`：写作 `85291234567`）。\n- 检查号码是否写成了本地格式（以 `0` 开头，或完全没有国家代码）。\n",
			},
		},
	},
	{
		code:     CodeFailedToGetNumber,
		name:     "FAILED_TO_GET_NUMBER",
		category: CategoryPns,
		fixBy:    FixByProvider,
		retry:    RetryBackoff,
		texts: map[string]Texts{
			"en": {
				Message:     "Failed to get number",
				Description: "The service could not pick a virtual number (DID) for the binding.\n",
				Solution:    "An error occurred while getting the number of bound DIDs. Retry the request\nlater; if it keeps failing, contact support with the `requestId`.\n",
			},
			"zh": {
				Message:     "获取号码失败",
				Description: "服务无法为绑定选出虚拟号码（DID）。\n",
				Solution:    "获取绑定 DID 号码时出错。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n",
			},
		},
	},
	{
		code:     CodeBindingNumberException,
		name:     "BINDING_NUMBER_EXCEPTION",
		category: CategoryPns,
		fixBy:    FixByProvider,
		retry:    RetryBackoff,
		texts: map[string]Texts{
			"en": {
				Message:     "Exception in binding numbers",
				Description: "The service failed while creating the binding on a virtual number (DID).\n",
				Solution:    "An exception occurred in the number of bound DIDs. Retry the request later; if\nit keeps failing, contact support with the `requestId`.\n",
			},
			"zh": {
				Message:     "绑定号码异常",
				Description: "服务在虚拟号码（DID）上创建绑定时失败。\n",
				Solution:    "绑定 DID 号码时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n",
			},
		},
	},
	{
		code:     CodeVirtualNumberWithoutPrefix,
		name:     "VIRTUAL_NUMBER_WITHOUT_PREFIX",
		category: CategoryPns,
		fixBy:    FixByProvider,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "Virtual number without prefix",
				Description: "The virtual number chosen for the binding has no country code configured.\n",
				Solution:    "The virtual number does not have a country code. This is a configuration\nproblem of the account's number pool, not of the request: contact support with\nthe `requestId` and the virtual number.\n",
			},
			"zh": {
				Message:     "虚拟号码没有前缀",
				Description: "为绑定选中的虚拟号码没有配置国家代码。\n",
				Solution:    "虚拟号码没有国家代码。这是账号号码池的配置问题，与请求本身无关：请携带`requestId` 和该虚拟号码联系技术支持。\n",
			},
		},
	},
	{
		code:     CodeNoVirtualNumber,
		name:     "NO_VIRTUAL_NUMBER",
		category: CategoryPns,
		fixBy:    FixByAccount,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "User has no virtual number",
				Description: "The account has no virtual number to bind with.\n",
				Solution:    "The user has no virtual number. Buy or assign virtual numbers to the account\nbefore creating bindings.\n",
			},
			"zh": {
				Message:     "用户没有虚拟号码",
				Description: "账号没有可用于绑定的虚拟号码。\n",
				Solution:    "用户没有虚拟号码。请先为账号购买或分配虚拟号码，再创建绑定。\n",
			},
		},
	},
	{
		code:     CodeFailedToRetrieveData,
		name:     "FAILED_TO_RETRIEVE_DATA",
		category: CategoryPns,
		fixBy:    FixByProvider,
		retry:    RetryBackoff,
		texts: map[string]Texts{
			"en": {
				Message:     "Failed to retrieve data",
				Description: "A query or list request failed on the server side.\n",
				Solution:    "An exception occurred while retrieving data. Retry the request later; if it\nkeeps failing, contact support with the `requestId`.\n",
			},
			"zh": {
				Message:     "获取数据失败",
				Description: "查询或列表请求在服务器端失败。\n",
				Solution:    "获取数据时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n",
			},
		},
	},
	{
		code:     CodeVirtualNumberExhausted,
		name:     "VIRTUAL_NUMBER_EXHAUSTED",
		category: CategoryPns,
		fixBy:    FixByAccount,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "Virtual number exhausted",
				Description: "Every virtual number of the account is already in use for these parties.\n",
				Solution:    "The user's virtual numbers have been exhausted. Release bindings that are no\nlonger needed (`unbindAXB`), give bindings an expiry (`expireSecond`), or add\nvirtual numbers to the account.\n",
			},
			"zh": {
				Message:     "虚拟号码已耗尽",
				Description: "账号的所有虚拟号码都已被这两个通话方的绑定占用。\n",
				Solution:    "用户的虚拟号码已耗尽。请解除不再需要的绑定（`unbindAXB`），为绑定设置有效期（`expireSecond`），或为账号增加虚拟号码。\n",
			},
		},
	},
	{
		code:     CodeInvalidListLimit,
		name:     "INVALID_LIST_LIMIT",
		category: CategoryPns,
		fixBy:    FixByCaller,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "Incorrect list page capacity",
				Description: "A list request (`getAXBList`) asked for a page size out of range.\n",
				Solution:    "The `limit` for retrieving data exceeds the range. Send a `limit` from 0 to\n1000 (0 means all, and at most 1000 are returned).\n",
			},
			"zh": {
				Message:     "列表分页容量不正确",
				Description: "列表请求（`getAXBList`）要求的每页条数超出范围。\n",
				Solution:    "获取数据的 `limit` 超出范围。请发送 0 到 1000 之间的 `limit`（0 表示全部，最多返回 1000 条）。\n",
			},
		},
	},
	{
		code:     CodeInvalidListOffset,
		name:     "INVALID_LIST_OFFSET",
		category: CategoryPns,
		fixBy:    FixByCaller,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "Incorrect list page starting point",
				Description: "A list request (`getAXBList`) asked for a starting point out of range.\n",
				Solution:    "The `offset` for retrieving data exceeds the range. Send an `offset` of 0 or\nmore, and smaller than the number of bindings.\n",
			},
			"zh": {
				Message:     "列表分页起始位置不正确",
				Description: "列表请求（`getAXBList`）要求的起始位置超出范围。\n",
				Solution:    "获取数据的 `offset` 超出范围。请发送大于等于 0、且小于绑定总数的 `offset`。\n",
			},
		},
	},
	{
		code:     CodeNoBindingNumber,
		name:     "NO_BINDING_NUMBER",
		category: CategoryPns,
		fixBy:    FixByCaller,
		retry:    RetryNo,
		texts: map[string]Texts{
			"en": {
				Message:     "User has no binding number",
				Description: "The number queried is not bound to the virtual number.\n",
				Solution:    "The user does not have a binding relationship with a virtual number. Check the\n`caller` and `did` of the query (`queryAXB`): the binding may have expired or\nbeen removed (`unbindAXB`), or never have been created.\n",
			},
			"zh": {
				Message:     "用户没有绑定号码",
				Description: "所查询的号码没有绑定到该虚拟号码上。\n",
				Solution:    "用户与虚拟号码之间不存在绑定关系。请检查查询（`queryAXB`）中的 `caller` 和`did`：该绑定可能已过期或已被解除（`unbindAXB`），也可能从未创建。\n",
			},
		},
	},
}
