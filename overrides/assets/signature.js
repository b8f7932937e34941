// "Check a signature": the request signature of the NXCLOUD API (error 1003), computed
// in the browser. The same algorithm and the same list of mistakes as pns_errors.signing;
// tests/signing_cases.json runs through both. Nothing is sent anywhere: no request, no
// storage, nothing in the address bar or the console. MD5 is implemented here (browsers
// offer only SHA digests); SHA-256 comes from Web Crypto.
(function () {
  "use strict";

  var SIGNED_HEADERS = ["accessKey", "action", "bizType", "ts"];
  var TS_WINDOW_MS = 60000;

  // --- MD5 (RFC 1321) over bytes -------------------------------------------------
  var S = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
           5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21,
           6, 10, 15, 21, 6, 10, 15, 21];
  var K = [];
  for (var i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) >>> 0;

  function md5(bytes) {
    var length = bytes.length;
    var padded = new Uint8Array(((length + 8) >>> 6) * 64 + 64);
    padded.set(bytes);
    padded[length] = 0x80;
    var bits = length * 8;
    var view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, bits >>> 0, true);
    view.setUint32(padded.length - 4, Math.floor(bits / 4294967296), true);
    var a0 = 0x67452301, b0 = 0xefcdab89, c0 = 0x98badcfe, d0 = 0x10325476;
    for (var offset = 0; offset < padded.length; offset += 64) {
      var M = [];
      for (var j = 0; j < 16; j++) M[j] = view.getUint32(offset + j * 4, true);
      var A = a0, B = b0, C = c0, D = d0;
      for (var n = 0; n < 64; n++) {
        var F, g;
        if (n < 16) { F = (B & C) | (~B & D); g = n; }
        else if (n < 32) { F = (D & B) | (~D & C); g = (5 * n + 1) % 16; }
        else if (n < 48) { F = B ^ C ^ D; g = (3 * n + 5) % 16; }
        else { F = C ^ (B | ~D); g = (7 * n) % 16; }
        F = (F + A + K[n] + M[g]) >>> 0;
        A = D; D = C; C = B;
        B = (B + ((F << S[n]) | (F >>> (32 - S[n])))) >>> 0;
      }
      a0 = (a0 + A) >>> 0; b0 = (b0 + B) >>> 0; c0 = (c0 + C) >>> 0; d0 = (d0 + D) >>> 0;
    }
    var out = new DataView(new ArrayBuffer(16));
    [a0, b0, c0, d0].forEach(function (word, k) { out.setUint32(k * 4, word, true); });
    return hex(new Uint8Array(out.buffer));
  }

  function hex(bytes) {
    return Array.prototype.map.call(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }

  var utf8 = new TextEncoder();

  function digest(text, algorithm) {
    var bytes = utf8.encode(text);
    if (algorithm === "sha256") {
      return crypto.subtle.digest("SHA-256", bytes).then(function (d) { return hex(new Uint8Array(d)); });
    }
    return Promise.resolve(md5(bytes));
  }

  // --- the algorithm -----------------------------------------------------------------
  function headersStr(headers, keys) {
    return (keys || SIGNED_HEADERS).map(function (key) { return key + "=" + (headers[key] === undefined ? "" : headers[key]); }).join("&");
  }

  function stringToSign(headers, body, secret, form) {
    return headersStr(headers) + (body && !form ? "&body=" + body : "") + "&accessSecret=" + secret;
  }

  // The server checks the hash its `algorithm` header names, as pns_errors.signing.algorithm_of.
  function sign(headers, body, secret, algorithm, form) {
    var said = String(headers.algorithm || "").trim().toLowerCase(), chosen = String(algorithm || "").trim().toLowerCase();
    if (said && chosen && said !== chosen) {
      return Promise.reject(new Error("the algorithm header says " + said + " but " + chosen + " was asked for"));
    }
    return digest(stringToSign(headers, body, secret, form), said || chosen || "md5");
  }

  // JSON written out the ways libraries do, as Python's json.dumps writes it.
  function dump(value, options, level) {
    level = level || 0;
    var pad = options.indent ? "\n" + " ".repeat(options.indent * (level + 1)) : "";
    var end = options.indent ? "\n" + " ".repeat(options.indent * level) : "";
    var comma = options.indent ? "," : options.spaces ? ", " : ",";
    var colon = options.indent || options.spaces ? ": " : ":";
    if (Array.isArray(value)) {
      if (!value.length) return "[]";
      return "[" + pad + value.map(function (v) { return dump(v, options, level + 1); }).join(comma + pad) + end + "]";
    }
    if (value !== null && typeof value === "object") {
      var keys = Object.keys(value);
      if (options.sortKeys) keys.sort();
      if (!keys.length) return "{}";
      return "{" + pad + keys.map(function (k) {
        return string(k, options) + colon + dump(value[k], options, level + 1);
      }).join(comma + pad) + end + "}";
    }
    return typeof value === "string" ? string(value, options) : JSON.stringify(value);
  }

  function string(text, options) {
    var out = JSON.stringify(text);
    return options.ascii ? out.replace(/[\u0080-\uffff]/g, function (c) {
      return "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
    }) : out;
  }

  function reserialised(body) {
    var value;
    try { value = JSON.parse(body); } catch (e) { return []; }
    var forms = [];
    [["with spaces after `,` and `:`", { spaces: true }, "逗号和冒号后带空格"], ["compact, without spaces", {}, "紧凑、无空格"],
     ["pretty-printed over several lines", { indent: 2 }, "多行缩进"], ["with its keys sorted", { sortKeys: true }, "键已排序"],
     ["with its keys sorted and spaces", { sortKeys: true, spaces: true }, "键已排序且带空格"]].forEach(function (form) {
      [["", false, ""], [", non-ASCII as \\uXXXX escapes", true, "、非 ASCII 字符转义为 \\uXXXX"]].forEach(function (ascii) {
        var options = Object.assign({ ascii: ascii[1] }, form[1]);
        forms.push([form[0] + ascii[0], dump(value, options), form[2] + ascii[2]]);
      });
    });
    return forms.filter(function (f) { return f[1] !== body; });
  }

  function clock(headers, now) {
    var ts = String(headers.ts || "");
    if (!/^[0-9]+$/.test(ts)) return [{ kind: "ts-invalid", message: "ts is not a number of milliseconds", reproduces: false, params: [] }];
    if (ts.length <= 10) {
      return [{ kind: "ts-seconds", message: "ts " + ts + " is in seconds; send milliseconds (13 digits), or the API answers 1004", reproduces: false, params: [ts, "clock"] }];
    }
    var skew = Number(ts) - now;
    if (Math.abs(skew) > TS_WINDOW_MS) {
      return [{ kind: "ts-skew", message: "ts is " + Math.round(Math.abs(skew) / 1000) + " s " + (skew > 0 ? "ahead of" : "behind") +
                " now; the API allows 60 s (error 1004)", reproduces: false,
                params: [Math.round(Math.abs(skew) / 1000), skew > 0] }];
    }
    return [];
  }

  // The same mistakes, in the same order, as pns_errors.signing.diagnose.
  function diagnose(headers, body, secret, form, now) {
    var sent = String(headers.sign || "").trim();
    var algorithm = String(headers.algorithm || "md5").toLowerCase();
    if (algorithm !== "md5" && algorithm !== "sha256") {
      return Promise.resolve([{ kind: "algorithm-unknown", message: "the algorithm is not md5 or sha256", reproduces: false, params: [] }]);
    }
    var findings = clock(headers, now === undefined ? Date.now() : now);
    var base = headersStr(headers);
    var withBody = body && !form ? "&body=" + body : "";
    var tail = "&accessSecret=" + secret;
    return digest(base + withBody + tail, algorithm).then(function (right) {
      if (sent === right) {
        return [{ kind: "correct", message: "the sign is right (" + algorithm + "); the request is signed correctly", reproduces: true, params: [algorithm] }].concat(findings);
      }
      var checks = [];  // [kind, message, text to hash, algorithm, the message's parameters]
      if (sent.toLowerCase() === right) checks.push(["uppercase-hex", "the sign is in upper-case hex; send it in lower case", null, null, []]);
      var other = algorithm === "md5" ? "sha256" : "md5";
      checks.push(["wrong-algorithm", "the sign was made with " + other + ", but the request says " + algorithm, base + withBody + tail, other, [other, algorithm]]);
      var ts = String(headers.ts || "");
      if (/^[0-9]+$/.test(ts)) {
        [String(Math.floor(Number(ts) / 1000)), String(Number(ts) * 1000)].forEach(function (scaled) {
          checks.push(["ts-seconds", "the sign was computed with ts " + scaled + "; use the same ts in milliseconds in both",
                       headersStr(Object.assign({}, headers, { ts: scaled })) + withBody + tail, null, [scaled, "sign"]]);
        });
      }
      if (!form) {
        reserialised(body || "").forEach(function (f) {
          checks.push(["body-reserialised", "the signed body differs from the one sent: it was signed " + f[0] + "; sign the exact text you send",
                       base + "&body=" + f[1] + tail, null, [f[2]]]);
        });
      }
      if (body && !form) {
        [body + "\n", body.replace(/[\r\n]+$/, "")].forEach(function (text) {
          if (text !== body) checks.push(["body-reserialised", "the signed body had another final newline; sign the exact bytes you send", base + "&body=" + text + tail, null, [null]]);
        });
        checks.push(["body-left-out", "the body was left out of the signature; append &body= and the exact JSON text", base + tail, null, []]);
      } else {
        ["{}", ""].forEach(function (text) {
          checks.push(["body-added", "a body was signed, but none is sent (or the request is form-data): sign without &body=", base + "&body=" + text + tail, null, []]);
        });
      }
      [[{ algorithm: algorithm }, "`algorithm`"], [{ sign: "" }, "`sign`"], [{ sign: sent }, "`sign`"]].forEach(function (extra) {
        var merged = Object.assign({}, headers, extra[0]);
        var keys = SIGNED_HEADERS.concat(Object.keys(extra[0])).sort();
        checks.push(["extra-header", extra[1] + " was included in headersStr; sign only accessKey, action, bizType and ts",
                     headersStr(merged, keys) + withBody + tail, null, [extra[1]]]);
      });
      [Object.keys(headers).filter(function (k) { return SIGNED_HEADERS.indexOf(k) >= 0; }), ["accessKey", "ts", "bizType", "action"]].forEach(function (order) {
        if (order.length === 4 && order.join() !== SIGNED_HEADERS.join()) {
          checks.push(["unsorted-headers", "the headers were not sorted (" + order.join("&") + "); sort the keys in ASCII order",
                       headersStr(headers, order) + withBody + tail, null, [order.join("&")]]);
        }
      });
      [secret.trim(), secret + "\n", secret + " "].forEach(function (variant) {
        if (variant !== secret) checks.push(["secret-whitespace", "the accessSecret was used with extra whitespace; trim it", base + withBody + "&accessSecret=" + variant, null, []]);
      });
      return Promise.all(checks.map(function (c) {
        return c[2] === null ? Promise.resolve(true) : digest(c[2], c[3] || algorithm).then(function (d) { return d === sent; });
      })).then(function (results) {
        var seen = [], found = [];
        checks.forEach(function (c, k) {
          if (results[k] && seen.indexOf(c[0]) < 0) { seen.push(c[0]); found.push({ kind: c[0], message: c[1], reproduces: true, params: c[4] }); }
        });
        if (!found.length) {
          found.push({ kind: "unknown", reproduces: false, params: [], message: "no known mistake reproduces the sent sign: the accessSecret is the " +
                       "likely cause (another account's, or an old one); check it, then the signed body" });
        }
        return found.concat(findings);
      });
    });
  }

  // --- the page ------------------------------------------------------------------------
  // The page's wording in Chinese (<html lang="zh">); diagnose() keeps the English message,
  // the same as pns_errors.signing, and each finding's params fill in these.
  var language = (document.documentElement.lang || "en").toLowerCase().split("-")[0];
  var ZH = {
    "ts-invalid": function () { return "ts 不是毫秒数"; },
    "ts-seconds": function (p) {
      return p[1] === "clock" ? "ts " + p[0] + " 是秒数；请发送毫秒数（13 位数字），否则 API 会返回 1004"
                              : "sign 是用 ts " + p[0] + " 计算的；签名和请求头中请使用同一个毫秒数 ts";
    },
    "ts-skew": function (p) { return "ts 比当前时间" + (p[1] ? "快 " : "慢 ") + p[0] + " 秒；API 只允许相差 60 秒（错误 1004）"; },
    "algorithm-unknown": function () { return "algorithm 不是 md5 或 sha256"; },
    "correct": function (p) { return "sign 正确（" + p[0] + "）：请求的签名无误"; },
    "uppercase-hex": function () { return "sign 使用了大写十六进制；请改用小写"; },
    "wrong-algorithm": function (p) { return "sign 是用 " + p[0] + " 计算的，但请求声明的是 " + p[1]; },
    "body-reserialised": function (p) {
      return p[0] === null ? "参与签名的请求体结尾换行不同；请对实际发送的字节签名"
                           : "参与签名的请求体与发送的不同：签名时用的是“" + p[0] + "”的版本；请对实际发送的文本签名";
    },
    "body-left-out": function () { return "签名时漏掉了请求体；请附加 &body= 和 JSON 原文"; },
    "body-added": function () { return "签名时带了请求体，但实际没有发送（或请求是 form-data）：签名时不要加 &body="; },
    "extra-header": function (p) { return "headersStr 中包含了 " + p[0] + "；只应对 accessKey、action、bizType 和 ts 签名"; },
    "unsorted-headers": function (p) { return "请求头没有排序（" + p[0] + "）；请按 ASCII 顺序排列键"; },
    "secret-whitespace": function () { return "使用的 accessSecret 带有多余的空白；请去掉"; },
    "unknown": function () {
      return "没有任何已知错误能复现发送的 sign：最可能的原因是 accessSecret（其他账号的，或旧的）；请先检查它，再检查参与签名的请求体";
    }
  };
  var VERDICT = {
    en: ["Paste the sign the client sent to compare.", "Match: the client's sign is right.", "Mismatch: the client's sign is wrong."],
    zh: ["粘贴客户端发送的 sign 即可比较。", "一致：客户端的 sign 正确。", "不一致：客户端的 sign 错误。"]
  };
  function shown(finding) {
    return language === "zh" && ZH[finding.kind] ? ZH[finding.kind](finding.params || []) : finding.message;
  }
  function verdictText(index) { return (VERDICT[language] || VERDICT.en)[index]; }
  function masked(text, secret) {
    return secret ? text.slice(0, text.length - secret.length) + "•".repeat(Math.min(secret.length, 12)) : text;
  }

  function init() {
    var form = document.querySelector("form[data-signature]");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    var field = function (name) { return form.elements.namedItem(name); };
    var run = 0;
    function update() {
      var mine = ++run;
      var headers = { accessKey: field("accessKey").value.trim(), action: field("action").value.trim(),
                      bizType: field("bizType").value.trim(), ts: field("ts").value.trim() };
      var body = field("body").value, secret = field("accessSecret").value, algorithm = field("algorithm").value;
      var isForm = field("form").checked, sent = field("sign").value.trim();
      var text = stringToSign(headers, body, secret, isForm);
      field("headersStr").value = headersStr(headers);
      field("stringToSign").value = masked(text, secret);
      var diagnosis = form.querySelector(".diagnosis");
      sign(headers, body, secret, algorithm, isForm).then(function (expected) {
        if (mine !== run) return;
        field("expected").value = expected;
        var verdict = field("verdict");
        if (!sent) { verdict.value = verdictText(0); diagnosis.replaceChildren(); return; }
        verdict.value = verdictText(sent === expected ? 1 : 2);
        diagnose(Object.assign({ sign: sent, algorithm: algorithm }, headers), body, secret, isForm).then(function (findings) {
          if (mine !== run) return;
          diagnosis.replaceChildren.apply(diagnosis, findings.map(function (f) {
            var item = document.createElement("li");
            item.textContent = shown(f);
            item.dataset.kind = f.kind;
            return item;
          }));
        });
      });
    }
    form.addEventListener("input", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
    form.querySelector("[data-now]").addEventListener("click", function () { field("ts").value = String(Date.now()); update(); });
    update();
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  window.pnsSignature = { md5: function (text) { return md5(utf8.encode(text)); }, sign: sign, stringToSign: stringToSign, diagnose: diagnose };
})();
