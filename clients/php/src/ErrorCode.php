<?php

// generated from errors.yaml by `python -m generator`; do not edit

declare(strict_types=1);

namespace PnsErrors;

/**
 * An error code of the API (NXCLOUD PNS API error codes); the case's value is the code.
 *
 * ErrorCode::tryFrom($code) is null for a code this version does not know yet (never an exception).
 */
enum ErrorCode: int
{
    /** 1001: Missing public parameters */
    case MissingPublicParameters = 1001;
    /** 1002: Parameter error */
    case ParameterError = 1002;
    /** 1003: Invalid signature */
    case InvalidSignature = 1003;
    /** 1004: Timestamp expired */
    case TimestampExpired = 1004;
    /** 1005: Insufficient permissions */
    case InsufficientPermissions = 1005;
    /** 10001: Empty binding number */
    case EmptyBindingNumber = 10001;
    /** 10002: Same binding number */
    case SameBindingNumber = 10002;
    /** 10003: User does not exist */
    case UserDoesNotExist = 10003;
    /** 10004: Different prefix for binding numbers */
    case BindingNumberPrefixMismatch = 10004;
    /** 10005: Failed to get number */
    case FailedToGetNumber = 10005;
    /** 10006: Exception in binding numbers */
    case BindingNumberException = 10006;
    /** 10007: Virtual number without prefix */
    case VirtualNumberWithoutPrefix = 10007;
    /** 10008: User has no virtual number */
    case NoVirtualNumber = 10008;
    /** 10009: Failed to retrieve data */
    case FailedToRetrieveData = 10009;
    /** 10010: Virtual number exhausted */
    case VirtualNumberExhausted = 10010;
    /** 10011: Incorrect list page capacity */
    case InvalidListLimit = 10011;
    /** 10012: Incorrect list page starting point */
    case InvalidListOffset = 10012;
    /** 10013: User has no binding number */
    case NoBindingNumber = 10013;

    /** The site that documents every code. */
    public const SITE_URL = 'https://pns-errors.example.org/';

    /** The version of errors.yaml this library was generated from. */
    public const VERSION = '1.0.0';

    /** The catalog's languages: localized() has each code's texts in all of them. */
    public const LANGUAGES = ['en', 'zh'];

    private const TEXTS = [
        1001 => [
            'en' => [
                'message' => 'Missing public parameters',
                'description' => "At least one of the public headers that every request must carry is absent.\n",
                'solution' => "All required [public parameters](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0)\nmust be included in the Header, such as `accessKey`, `ts`, `bizType`, `action`\nand `sign`.\n\nSend all five headers with every request (see\n[public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers)). `algorithm`\nis the only optional one; it defaults to `md5`.\n",
            ],
            'zh' => [
                'message' => '缺少公共参数',
                'description' => "每个请求都必须携带的公共请求头中，至少有一个缺失。\n",
                'solution' => "所有必需的[公共参数](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0) 都必须放在 Header 中，例如 `accessKey`、`ts`、`bizType`、`action` 和 `sign`。\n\n每个请求都要带齐这五个请求头（见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)）。只有 `algorithm` 是可选的，默认为 `md5`。\n",
            ],
        ],
        1002 => [
            'en' => [
                'message' => 'Parameter error',
                'description' => "The headers are present, but a header value or a field of the request body is\nnot what the called action accepts.\n",
                'solution' => "1. Check that the `bizType` and `action` parameters in the Header are correct:\n   `bizType` is `5` for the privacy-number service, and `action` names an\n   existing method such as `bindAXB` or `queryAXB`.\n2. Check that the parameters in the Body are correct: every field the action\n   requires is present, with the right type and within its range.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n",
            ],
            'zh' => [
                'message' => '参数错误',
                'description' => "请求头齐全，但某个请求头的值或请求体中的某个字段不符合所调用 action 的要求。\n",
                'solution' => "1. 检查 Header 中的 `bizType` 和 `action` 是否正确：隐私号服务的 `bizType` 为 `5`，`action` 必须是已有的方法，例如 `bindAXB` 或 `queryAXB`。\n2. 检查 Body 中的参数是否正确：该 action 要求的字段都已提供，类型正确，取值在允许范围内。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n",
            ],
        ],
        1003 => [
            'en' => [
                'message' => 'Invalid signature',
                'description' => "The `sign` header does not match the signature the server computed for the\nrequest.\n",
                'solution' => "Check that the `sign` value is calculated correctly. The common reasons are:\n\n1. **Incorrect request method or Content-Type.** Set the Content-Type that the\n   API interface documentation gives for the action (`application/json` for\n   the privacy-number actions).\n2. **The signed JSON differs from the sent JSON.** The JSON string used to\n   compute the signature must be byte for byte the body that is sent; a\n   re-serialised body (other key order, spaces or newlines) changes the hash.\n3. **Signature calculation error**, including a wrong `accessSecret`. Please\n   refer to the [signature algorithm](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)\n   and check your code against its worked example\n   ([local copy](https://pns-errors.example.org/guides/calling-conventions/#signature-algorithm)).\n\nTo find the mistake, give the headers, the body and the secret to\n[Check a signature](https://pns-errors.example.org/tools/signature/) (it runs in your browser), or\nrun `pns-errors sign ... --check SIGN`: it tries the usual mistakes and\nnames the one that reproduces the client's sign.\n",
            ],
            'zh' => [
                'message' => '签名无效',
                'description' => "请求头 `sign` 与服务器为该请求计算出的签名不一致。\n",
                'solution' => "请检查 `sign` 的计算是否正确。常见原因有：\n\n1. **请求方法或 Content-Type 不正确。** 按该 action 的接口文档设置 Content-Type（隐私号的各个 action 均为 `application/json`）。\n2. **参与签名的 JSON 与实际发送的 JSON 不一致。** 计算签名所用的 JSON 字符串必须与发送的请求体逐字节相同；重新序列化过的请求体（键的顺序、空格或换行不同）会改变哈希值。\n3. **签名计算错误**，包括 `accessSecret` 填错。请参阅[签名算法](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)，并用其中的示例核对你的代码（[本站副本](https://pns-errors.example.org/zh/guides/calling-conventions/#signature-algorithm)）。\n\n要找出错误所在，可以把请求头、请求体和密钥填入[签名检查](https://pns-errors.example.org/zh/tools/signature/)（完全在浏览器中运行），或运行 `pns-errors sign ... --check SIGN`：它会逐一尝试常见的错误，并指出哪一种能复现客户端算出的 sign。\n",
            ],
        ],
        1004 => [
            'en' => [
                'message' => 'Timestamp expired',
                'description' => "The `ts` header is too far from the server's clock.\n",
                'solution' => "The `ts` parameter in the Header is incorrect. The maximum time difference\nallowed between the client and the server is 60 seconds.\n\n- `ts` is the request time in **milliseconds** since the Unix epoch (13 digits,\n  e.g. `1655710885431`), not seconds.\n- Synchronise the client's clock (NTP) and compute `ts` just before sending.\n- Compute `sign` with the same `ts` that is sent.\n\nSee [the `ts` window](https://pns-errors.example.org/guides/calling-conventions/#the-ts-window).\n[Check a signature](https://pns-errors.example.org/tools/signature/) has a \"Now\" button for `ts`, and\nsays how far a given `ts` is from now.\n",
            ],
            'zh' => [
                'message' => '时间戳过期',
                'description' => "请求头 `ts` 与服务器时钟相差太多。\n",
                'solution' => "Header 中的 `ts` 参数不正确。客户端与服务器之间允许的最大时间差为 60 秒。\n\n- `ts` 是请求时间，即自 Unix 纪元起的**毫秒**数（13 位数字，例如 `1655710885431`），不是秒数。\n- 用 NTP 同步客户端时钟，并在发送前一刻计算 `ts`。\n- 计算 `sign` 时所用的 `ts` 必须与发送的 `ts` 相同。\n\n参见 [`ts` 的时间窗口](https://pns-errors.example.org/zh/guides/calling-conventions/#the-ts-window)。[签名检查](https://pns-errors.example.org/zh/tools/signature/)提供“现在”按钮来生成 `ts`，并显示给定的 `ts` 与当前时间相差多少。\n",
            ],
        ],
        1005 => [
            'en' => [
                'message' => 'Insufficient permissions',
                'description' => "The account is unknown, or it is not allowed to use the requested business.\n",
                'solution' => "Either the `accessKey` is incorrect, or the current account does not have the\ncorresponding business permissions.\n\n- Check the `accessKey` header against the key shown for the account.\n- Check that the business named by `bizType` (5 for privacy numbers) is enabled\n  for the account; if it is not, ask the account manager to enable it.\n\nSee [public headers](https://pns-errors.example.org/guides/calling-conventions/#public-headers).\n",
            ],
            'zh' => [
                'message' => '权限不足',
                'description' => "账号不存在，或无权使用所请求的业务。\n",
                'solution' => "`accessKey` 不正确，或当前账号没有相应的业务权限。\n\n- 将请求头 `accessKey` 与账号中显示的 key 逐一核对。\n- 确认 `bizType` 所指的业务（隐私号为 5）已为该账号开通；如未开通，请联系客户经理开通。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n",
            ],
        ],
        10001 => [
            'en' => [
                'message' => 'Empty binding number',
                'description' => "A binding request (`bindAXB`) arrived without one of the two real numbers.\n",
                'solution' => "The A or B number is empty. Send both `phoneA` and `phoneB`, each a non-empty\nnumber with its country code.\n",
            ],
            'zh' => [
                'message' => '绑定号码为空',
                'description' => "绑定请求（`bindAXB`）缺少两个真实号码中的一个。\n",
                'solution' => "A 号码或 B 号码为空。请同时发送 `phoneA` 和 `phoneB`，两者都必须是带国家代码的非空号码。\n",
            ],
        ],
        10002 => [
            'en' => [
                'message' => 'Same binding number',
                'description' => "A binding request gave the same number for both parties.\n",
                'solution' => "The A and B numbers are the same. A binding connects two different parties:\nsend two different numbers in `phoneA` and `phoneB`.\n",
            ],
            'zh' => [
                'message' => '绑定号码相同',
                'description' => "绑定请求中双方的号码相同。\n",
                'solution' => "A 号码与 B 号码相同。一个绑定连接的是两个不同的通话方：请在 `phoneA` 和`phoneB` 中发送两个不同的号码。\n",
            ],
        ],
        10003 => [
            'en' => [
                'message' => 'User does not exist',
                'description' => "The privacy-number service has no user for this account.\n",
                'solution' => "The user does not exist. Check the `accessKey`; if it is right, ask the account\nmanager to open the privacy-number service for the account.\n",
            ],
            'zh' => [
                'message' => '用户不存在',
                'description' => "隐私号服务中没有与该账号对应的用户。\n",
                'solution' => "用户不存在。请检查 `accessKey`；如果无误，请联系客户经理为该账号开通隐私号服务。\n",
            ],
        ],
        10004 => [
            'en' => [
                'message' => 'Different prefix for binding numbers',
                'description' => "A real number of the binding is not in the same country as the virtual number.\n",
                'solution' => "The A or B number does not contain the country code of the virtual number.\n\n- Write `phoneA` and `phoneB` with the country code of the virtual number in\n  front (for a Hong Kong virtual number `852…`: `85291234567`).\n- Check that the number is not written in national form (a leading `0`, or no\n  country code at all).\n",
            ],
            'zh' => [
                'message' => '绑定号码前缀不一致',
                'description' => "绑定中的某个真实号码与虚拟号码不属于同一个国家或地区。\n",
                'solution' => "A 号码或 B 号码没有带上虚拟号码的国家代码。\n\n- `phoneA` 和 `phoneB` 前面要加上虚拟号码的国家代码（例如香港的虚拟号码 `852…`：写作 `85291234567`）。\n- 检查号码是否写成了本地格式（以 `0` 开头，或完全没有国家代码）。\n",
            ],
        ],
        10005 => [
            'en' => [
                'message' => 'Failed to get number',
                'description' => "The service could not pick a virtual number (DID) for the binding.\n",
                'solution' => "An error occurred while getting the number of bound DIDs. Retry the request\nlater; if it keeps failing, contact support with the `requestId`.\n",
            ],
            'zh' => [
                'message' => '获取号码失败',
                'description' => "服务无法为绑定选出虚拟号码（DID）。\n",
                'solution' => "获取绑定 DID 号码时出错。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n",
            ],
        ],
        10006 => [
            'en' => [
                'message' => 'Exception in binding numbers',
                'description' => "The service failed while creating the binding on a virtual number (DID).\n",
                'solution' => "An exception occurred in the number of bound DIDs. Retry the request later; if\nit keeps failing, contact support with the `requestId`.\n",
            ],
            'zh' => [
                'message' => '绑定号码异常',
                'description' => "服务在虚拟号码（DID）上创建绑定时失败。\n",
                'solution' => "绑定 DID 号码时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n",
            ],
        ],
        10007 => [
            'en' => [
                'message' => 'Virtual number without prefix',
                'description' => "The virtual number chosen for the binding has no country code configured.\n",
                'solution' => "The virtual number does not have a country code. This is a configuration\nproblem of the account's number pool, not of the request: contact support with\nthe `requestId` and the virtual number.\n",
            ],
            'zh' => [
                'message' => '虚拟号码没有前缀',
                'description' => "为绑定选中的虚拟号码没有配置国家代码。\n",
                'solution' => "虚拟号码没有国家代码。这是账号号码池的配置问题，与请求本身无关：请携带`requestId` 和该虚拟号码联系技术支持。\n",
            ],
        ],
        10008 => [
            'en' => [
                'message' => 'User has no virtual number',
                'description' => "The account has no virtual number to bind with.\n",
                'solution' => "The user has no virtual number. Buy or assign virtual numbers to the account\nbefore creating bindings.\n",
            ],
            'zh' => [
                'message' => '用户没有虚拟号码',
                'description' => "账号没有可用于绑定的虚拟号码。\n",
                'solution' => "用户没有虚拟号码。请先为账号购买或分配虚拟号码，再创建绑定。\n",
            ],
        ],
        10009 => [
            'en' => [
                'message' => 'Failed to retrieve data',
                'description' => "A query or list request failed on the server side.\n",
                'solution' => "An exception occurred while retrieving data. Retry the request later; if it\nkeeps failing, contact support with the `requestId`.\n",
            ],
            'zh' => [
                'message' => '获取数据失败',
                'description' => "查询或列表请求在服务器端失败。\n",
                'solution' => "获取数据时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n",
            ],
        ],
        10010 => [
            'en' => [
                'message' => 'Virtual number exhausted',
                'description' => "Every virtual number of the account is already in use for these parties.\n",
                'solution' => "The user's virtual numbers have been exhausted. Release bindings that are no\nlonger needed (`unbindAXB`), give bindings an expiry (`expireSecond`), or add\nvirtual numbers to the account.\n",
            ],
            'zh' => [
                'message' => '虚拟号码已耗尽',
                'description' => "账号的所有虚拟号码都已被这两个通话方的绑定占用。\n",
                'solution' => "用户的虚拟号码已耗尽。请解除不再需要的绑定（`unbindAXB`），为绑定设置有效期（`expireSecond`），或为账号增加虚拟号码。\n",
            ],
        ],
        10011 => [
            'en' => [
                'message' => 'Incorrect list page capacity',
                'description' => "A list request (`getAXBList`) asked for a page size out of range.\n",
                'solution' => "The `limit` for retrieving data exceeds the range. Send a `limit` from 0 to\n1000 (0 means all, and at most 1000 are returned).\n",
            ],
            'zh' => [
                'message' => '列表分页容量不正确',
                'description' => "列表请求（`getAXBList`）要求的每页条数超出范围。\n",
                'solution' => "获取数据的 `limit` 超出范围。请发送 0 到 1000 之间的 `limit`（0 表示全部，最多返回 1000 条）。\n",
            ],
        ],
        10012 => [
            'en' => [
                'message' => 'Incorrect list page starting point',
                'description' => "A list request (`getAXBList`) asked for a starting point out of range.\n",
                'solution' => "The `offset` for retrieving data exceeds the range. Send an `offset` of 0 or\nmore, and smaller than the number of bindings.\n",
            ],
            'zh' => [
                'message' => '列表分页起始位置不正确',
                'description' => "列表请求（`getAXBList`）要求的起始位置超出范围。\n",
                'solution' => "获取数据的 `offset` 超出范围。请发送大于等于 0、且小于绑定总数的 `offset`。\n",
            ],
        ],
        10013 => [
            'en' => [
                'message' => 'User has no binding number',
                'description' => "The number queried is not bound to the virtual number.\n",
                'solution' => "The user does not have a binding relationship with a virtual number. Check the\n`caller` and `did` of the query (`queryAXB`): the binding may have expired or\nbeen removed (`unbindAXB`), or never have been created.\n",
            ],
            'zh' => [
                'message' => '用户没有绑定号码',
                'description' => "所查询的号码没有绑定到该虚拟号码上。\n",
                'solution' => "用户与虚拟号码之间不存在绑定关系。请检查查询（`queryAXB`）中的 `caller` 和`did`：该绑定可能已过期或已被解除（`unbindAXB`），也可能从未创建。\n",
            ],
        ],
    ];

    /**
     * The message, as the API's documentation words it (in English).
     */
    public function message(): string
    {
        return match ($this) {
            self::MissingPublicParameters => 'Missing public parameters',
            self::ParameterError => 'Parameter error',
            self::InvalidSignature => 'Invalid signature',
            self::TimestampExpired => 'Timestamp expired',
            self::InsufficientPermissions => 'Insufficient permissions',
            self::EmptyBindingNumber => 'Empty binding number',
            self::SameBindingNumber => 'Same binding number',
            self::UserDoesNotExist => 'User does not exist',
            self::BindingNumberPrefixMismatch => 'Different prefix for binding numbers',
            self::FailedToGetNumber => 'Failed to get number',
            self::BindingNumberException => 'Exception in binding numbers',
            self::VirtualNumberWithoutPrefix => 'Virtual number without prefix',
            self::NoVirtualNumber => 'User has no virtual number',
            self::FailedToRetrieveData => 'Failed to retrieve data',
            self::VirtualNumberExhausted => 'Virtual number exhausted',
            self::InvalidListLimit => 'Incorrect list page capacity',
            self::InvalidListOffset => 'Incorrect list page starting point',
            self::NoBindingNumber => 'User has no binding number',
        };
    }

    /**
     * The group the code belongs to.
     */
    public function category(): Category
    {
        return match ($this) {
            self::MissingPublicParameters,
            self::ParameterError,
            self::InvalidSignature,
            self::TimestampExpired,
            self::InsufficientPermissions => Category::Common,
            self::EmptyBindingNumber,
            self::SameBindingNumber,
            self::UserDoesNotExist,
            self::BindingNumberPrefixMismatch,
            self::FailedToGetNumber,
            self::BindingNumberException,
            self::VirtualNumberWithoutPrefix,
            self::NoVirtualNumber,
            self::FailedToRetrieveData,
            self::VirtualNumberExhausted,
            self::InvalidListLimit,
            self::InvalidListOffset,
            self::NoBindingNumber => Category::Pns,
        };
    }

    /**
     * Whose side must act for the code to stop coming back.
     */
    public function fixBy(): FixBy
    {
        return match ($this) {
            self::MissingPublicParameters,
            self::ParameterError,
            self::InvalidSignature,
            self::TimestampExpired,
            self::EmptyBindingNumber,
            self::SameBindingNumber,
            self::BindingNumberPrefixMismatch,
            self::InvalidListLimit,
            self::InvalidListOffset,
            self::NoBindingNumber => FixBy::Caller,
            self::InsufficientPermissions,
            self::UserDoesNotExist,
            self::NoVirtualNumber,
            self::VirtualNumberExhausted => FixBy::Account,
            self::FailedToGetNumber,
            self::BindingNumberException,
            self::VirtualNumberWithoutPrefix,
            self::FailedToRetrieveData => FixBy::Provider,
        };
    }

    /**
     * Whether to send the request again, and how.
     */
    public function retry(): Retry
    {
        return match ($this) {
            self::MissingPublicParameters,
            self::ParameterError,
            self::InvalidSignature,
            self::InsufficientPermissions,
            self::EmptyBindingNumber,
            self::SameBindingNumber,
            self::UserDoesNotExist,
            self::BindingNumberPrefixMismatch,
            self::VirtualNumberWithoutPrefix,
            self::NoVirtualNumber,
            self::VirtualNumberExhausted,
            self::InvalidListLimit,
            self::InvalidListOffset,
            self::NoBindingNumber => Retry::No,
            self::TimestampExpired => Retry::Refresh,
            self::FailedToGetNumber,
            self::BindingNumberException,
            self::FailedToRetrieveData => Retry::Backoff,
        };
    }

    /**
     * True when the request may succeed if sent again (retry() is not Retry::No).
     */
    public function isRetryable(): bool
    {
        return $this->retry()->isRetryable();
    }

    /**
     * The code's page on the site.
     */
    public function docUrl(): string
    {
        return self::SITE_URL . 'errors/' . $this->value . '/';
    }

    /**
     * The code's message, description and solution in a language or locale ('zh', 'zh-CN',
     * 'zh_CN.UTF-8'), in English when the catalog does not have that language.
     */
    public function localized(string $lang): Texts
    {
        $texts = self::TEXTS[$this->value];
        $tag = strtolower(str_replace('_', '-', preg_replace('/[.@].*$/s', '', trim($lang)) ?? ''));
        while ($tag !== '') {
            if (isset($texts[$tag])) {
                return new Texts(...$texts[$tag]);
            }
            $cut = strrpos($tag, '-');
            $tag = $cut === false ? '' : substr($tag, 0, $cut);
        }
        return new Texts(...$texts['en']);
    }
}
