# generated from errors.yaml by `python -m generator`; do not edit
"""The catalog's texts in `zh`, version 1.0.0.

Imported by ``_catalog`` the first time a member's ``translations`` or ``localized()``
asks for them, so that ``import pns_errors`` reads only the English.
"""

from __future__ import annotations

from ._catalog import CategoryText, ErrorText

TEXTS: dict[str | int, CategoryText | ErrorText] = {
    "common": CategoryText("zh", "通用错误", "NXCLOUD HTTP API 的所有产品都可能返回这类错误，它们在请求到达具体产品之前产生：缺少或填错公共请求头、签名错误、时间戳过期，或账号没有相应的权限。\n"),
    "pns": CategoryText("zh", "隐私号（PNS）错误", "由隐私号服务（`bizType` 为 5）返回。隐私号即号码隐藏：两个真实号码 A 和 B 绑定到同一个虚拟号码 X 上（即 *AXB 绑定*）。\n"),
    1001: ErrorText("zh", "缺少公共参数", "每个请求都必须携带的公共请求头中，至少有一个缺失。\n", "所有必需的[公共参数](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#%E5%85%AC%E5%85%B1%E5%8F%82%E6%95%B0) 都必须放在 Header 中，例如 `accessKey`、`ts`、`bizType`、`action` 和 `sign`。\n\n每个请求都要带齐这五个请求头（见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)）。只有 `algorithm` 是可选的，默认为 `md5`。\n", "客户端实际发送的请求头名称，以及 `action`。\n", "", ("缺少请求头", "缺少参数", "缺参数", "公共请求头", "必填参数", "请求头缺失"), "", ""),
    1002: ErrorText("zh", "参数错误", "请求头齐全，但某个请求头的值或请求体中的某个字段不符合所调用 action 的要求。\n", "1. 检查 Header 中的 `bizType` 和 `action` 是否正确：隐私号服务的 `bizType` 为 `5`，`action` 必须是已有的方法，例如 `bindAXB` 或 `queryAXB`。\n2. 检查 Body 中的参数是否正确：该 action 要求的字段都已提供，类型正确，取值在允许范围内。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n", "`action`，以及实际发送的完整请求体。\n", "", ("参数不对", "参数无效", "参数非法", "请求参数错误", "参数格式错误"), "", ""),
    1003: ErrorText("zh", "签名无效", "请求头 `sign` 与服务器为该请求计算出的签名不一致。\n", "请检查 `sign` 的计算是否正确。常见原因有：\n\n1. **请求方法或 Content-Type 不正确。** 按该 action 的接口文档设置 Content-Type（隐私号的各个 action 均为 `application/json`）。\n2. **参与签名的 JSON 与实际发送的 JSON 不一致。** 计算签名所用的 JSON 字符串必须与发送的请求体逐字节相同；重新序列化过的请求体（键的顺序、空格或换行不同）会改变哈希值。\n3. **签名计算错误**，包括 `accessSecret` 填错。请参阅[签名算法](https://github.com/nxtele/http-api-document/wiki/API%E6%8E%A5%E5%8F%A3%E8%B0%83%E7%94%A8%E7%BA%A6%E5%AE%9A#yFiqL)，并用其中的示例核对你的代码（[本站副本](https://pns-errors.example.org/zh/guides/calling-conventions/#signature-algorithm)）。\n\n要找出错误所在，可以把请求头、请求体和密钥填入[签名检查](https://pns-errors.example.org/zh/tools/signature/)（完全在浏览器中运行），或运行 `pns-errors sign ... --check SIGN`：它会逐一尝试常见的错误，并指出哪一种能复现客户端算出的 sign。\n", "参与签名的请求体原文（逐字节一致）、实际发送的 `ts`、`action` 和 `bizType` 请求头，以及客户端算出的 `sign`。切勿索要 `accessSecret`。\n", "同样的签名错误每次都会算出同样错误的 sign，重发无济于事。", ("签名错误", "签名失败", "验签失败", "签名不对", "签名校验失败", "sign错误", "加签"), "", ""),
    1004: ErrorText("zh", "时间戳过期", "请求头 `ts` 与服务器时钟相差太多。\n", "Header 中的 `ts` 参数不正确。客户端与服务器之间允许的最大时间差为 60 秒。\n\n- `ts` 是请求时间，即自 Unix 纪元起的**毫秒**数（13 位数字，例如 `1655710885431`），不是秒数。\n- 用 NTP 同步客户端时钟，并在发送前一刻计算 `ts`。\n- 计算 `sign` 时所用的 `ts` 必须与发送的 `ts` 相同。\n\n参见 [`ts` 的时间窗口](https://pns-errors.example.org/zh/guides/calling-conventions/#the-ts-window)。[签名检查](https://pns-errors.example.org/zh/tools/signature/)提供“现在”按钮来生成 `ts`，并显示给定的 `ts` 与当前时间相差多少。\n", "实际发送的 `ts` 请求头，以及当时客户端的时钟（注明时区）。\n", "请求等待过久就会过期，换一个新的 ts 即可；如果立即再次失败，说明客户端时钟不准。", ("时间戳错误", "时间不同步", "时钟偏差", "请求过期", "时间戳超时", "毫秒"), "", ""),
    1005: ErrorText("zh", "权限不足", "账号不存在，或无权使用所请求的业务。\n", "`accessKey` 不正确，或当前账号没有相应的业务权限。\n\n- 将请求头 `accessKey` 与账号中显示的 key 逐一核对。\n- 确认 `bizType` 所指的业务（隐私号为 5）已为该账号开通；如未开通，请联系客户经理开通。\n\n参见[公共请求头](https://pns-errors.example.org/zh/guides/calling-conventions/#public-headers)。\n", "`accessKey`（切勿索要 `accessSecret`）以及实际发送的 `bizType`。\n", "除非 accessKey 输错，否则只有修改账号设置才能改变结果。", ("没有权限", "无权限", "权限不够", "业务未开通", "拒绝访问", "未授权"), "", ""),
    10001: ErrorText("zh", "绑定号码为空", "绑定请求（`bindAXB`）缺少两个真实号码中的一个。\n", "A 号码或 B 号码为空。请同时发送 `phoneA` 和 `phoneB`，两者都必须是带国家代码的非空号码。\n", "实际发送的 `phoneA` 和 `phoneB` 的值。\n", "", ("号码为空", "号码不能为空", "缺少号码", "手机号为空"), "", ""),
    10002: ErrorText("zh", "绑定号码相同", "绑定请求中双方的号码相同。\n", "A 号码与 B 号码相同。一个绑定连接的是两个不同的通话方：请在 `phoneA` 和`phoneB` 中发送两个不同的号码。\n", "实际发送的 `phoneA` 和 `phoneB` 的值。\n", "", ("号码重复", "两个号码一样", "号码一致"), "", ""),
    10003: ErrorText("zh", "用户不存在", "隐私号服务中没有与该账号对应的用户。\n", "用户不存在。请检查 `accessKey`；如果无误，请联系客户经理为该账号开通隐私号服务。\n", "`accessKey`（切勿索要 `accessSecret`）以及账号名称。\n", "除非 accessKey 有误，否则需要为该账号开通服务。", ("账号不存在", "找不到用户", "用户未开通"), "", ""),
    10004: ErrorText("zh", "绑定号码前缀不一致", "绑定中的某个真实号码与虚拟号码不属于同一个国家或地区。\n", "A 号码或 B 号码没有带上虚拟号码的国家代码。\n\n- `phoneA` 和 `phoneB` 前面要加上虚拟号码的国家代码（例如香港的虚拟号码 `852…`：写作 `85291234567`）。\n- 检查号码是否写成了本地格式（以 `0` 开头，或完全没有国家代码）。\n", "实际发送的 `phoneA` 和 `phoneB` 的值，以及虚拟号码所属的国家或地区。\n", "", ("国家码不一致", "国家码", "区号不一致", "前缀不同"), "", ""),
    10005: ErrorText("zh", "获取号码失败", "服务无法为绑定选出虚拟号码（DID）。\n", "获取绑定 DID 号码时出错。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n", "失败发生的时间和频率。\n", "假定为临时故障：原始资料只说获取号码时出错。", ("取号失败", "分配号码失败"), "", ""),
    10006: ErrorText("zh", "绑定号码异常", "服务在虚拟号码（DID）上创建绑定时失败。\n", "绑定 DID 号码时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n", "失败发生的时间和频率。\n", "假定为临时故障：原始资料只说绑定时发生了异常。", ("绑定失败", "绑定异常"), "", ""),
    10007: ErrorText("zh", "虚拟号码没有前缀", "为绑定选中的虚拟号码没有配置国家代码。\n", "虚拟号码没有国家代码。这是账号号码池的配置问题，与请求本身无关：请携带`requestId` 和该虚拟号码联系技术支持。\n", "选中的虚拟号码（如果响应或控制台中能看到）。\n", "假定号码池的国家代码由 NXCLOUD 配置，而不是由客户配置。", ("缺少国家码", "没有区号"), "", ""),
    10008: ErrorText("zh", "用户没有虚拟号码", "账号没有可用于绑定的虚拟号码。\n", "用户没有虚拟号码。请先为账号购买或分配虚拟号码，再创建绑定。\n", "账号名称，以及客户需要虚拟号码的国家或地区。\n", "虚拟号码是分配给账号的，账号的开发人员无法自行创建。", ("没有虚拟号", "没有小号"), "", ""),
    10009: ErrorText("zh", "获取数据失败", "查询或列表请求在服务器端失败。\n", "获取数据时发生异常。请稍后重试；如果持续失败，请携带 `requestId` 联系技术支持。\n", "`action`（例如 `queryAXB` 或 `getAXBList`）以及失败发生的时间。\n", "假定为临时故障：原始资料只说获取数据时发生了异常。", ("查询失败", "服务器错误", "服务端错误"), "", ""),
    10010: ErrorText("zh", "虚拟号码已耗尽", "账号的所有虚拟号码都已被这两个通话方的绑定占用。\n", "用户的虚拟号码已耗尽。请解除不再需要的绑定（`unbindAXB`），为绑定设置有效期（`expireSecond`），或为账号增加虚拟号码。\n", "账号持有的绑定数量，以及绑定是否设置了 `expireSecond`。\n", "客户的开发人员可以用 unbindAXB 释放号码，但长久之计是为账号增加虚拟号码。", ("号码池用完", "小号用完", "没有空闲号码", "号码不够"), "", ""),
    10011: ErrorText("zh", "列表分页容量不正确", "列表请求（`getAXBList`）要求的每页条数超出范围。\n", "获取数据的 `limit` 超出范围。请发送 0 到 1000 之间的 `limit`（0 表示全部，最多返回 1000 条）。\n", "实际发送的 `limit`。\n", "", ("分页", "每页数量", "分页大小"), "", ""),
    10012: ErrorText("zh", "列表分页起始位置不正确", "列表请求（`getAXBList`）要求的起始位置超出范围。\n", "获取数据的 `offset` 超出范围。请发送大于等于 0、且小于绑定总数的 `offset`。\n", "实际发送的 `offset`，以及账号持有的绑定数量。\n", "", ("分页", "偏移量", "分页起点"), "", ""),
    10013: ErrorText("zh", "用户没有绑定号码", "所查询的号码没有绑定到该虚拟号码上。\n", "用户与虚拟号码之间不存在绑定关系。请检查查询（`queryAXB`）中的 `caller` 和`did`：该绑定可能已过期或已被解除（`unbindAXB`），也可能从未创建。\n", "所查询的号码或 `bindId`，以及创建该绑定的 action。\n", "", ("绑定不存在", "未绑定", "没有绑定关系", "绑定关系不存在"), "", ""),
}
