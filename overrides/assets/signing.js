// @ts-check
// The request signature of the NXCLOUD API (error 1003), and why a sign is wrong:
// pns_errors.signing, interpreted from the constants and the table of mistakes it declares
// (generated/rules.js). tests/test_parity.py runs tests/signing_cases.json through both.
import {
  ALGORITHM_UNKNOWN, ALGORITHMS, CLOCK, CORRECT, MISTAKES, SCRIPT_PHRASES, SECONDS_DIGITS, SIGNED_HEADERS, TS_WINDOW_MS,
  UNKNOWN,
} from "./generated/rules.js";
import { hex, md5 } from "./md5.js";
import { fill, translate } from "./phrases.js";

/** @typedef {import("./generated/rules.js").Mistake} Mistake */
/** @typedef {import("./generated/rules.js").Variant} Variant */
/** @typedef {Record<string, string | undefined>} Headers */
/** @typedef {Record<string, string | number>} Params */
/** @typedef {{kind: string, params: Params, reproduces: boolean, mistake: Mistake}} Finding */
/**
 * What the client sent, as the stages of diagnose read it.
 * @typedef {{headers: Headers, body: string, secret: string, sent: string, algorithm: string}} Request
 */

const utf8 = new TextEncoder();

/**
 * Lower-case hex of the text's MD5 or SHA-256.
 * @param {string} text
 * @param {string} algorithm
 */
export async function digest(text, algorithm) {
  const bytes = utf8.encode(text);
  if (algorithm === "sha256") return hex(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)));
  return md5(bytes);
}

/**
 * `accessKey=…&action=…&bizType=…&ts=…`: the signed headers, in this order.
 * @param {Headers} headers
 * @param {readonly string[]} [keys]
 */
export function headersStr(headers, keys = SIGNED_HEADERS) {
  return keys.map((key) => key + "=" + (headers[key] ?? "")).join("&");
}

/**
 * The exact text that is hashed (`form`: multipart/form-data, no body).
 * @param {Headers} headers
 * @param {string} body
 * @param {string} secret
 * @param {boolean} form
 */
export function stringToSign(headers, body, secret, form) {
  return headersStr(headers) + (body && !form ? "&body=" + body : "") + "&accessSecret=" + secret;
}

/**
 * The `sign` header; the server checks the hash its `algorithm` header names (MD5 without one),
 * so an algorithm that contradicts it is refused, as pns_errors.signing.algorithm_of.
 * @param {Headers} headers
 * @param {string} body
 * @param {string} secret
 * @param {string | undefined} algorithm
 * @param {boolean} form
 */
export async function sign(headers, body, secret, algorithm, form) {
  const said = String(headers.algorithm || "").trim().toLowerCase();
  const chosen = String(algorithm || "").trim().toLowerCase();
  if (said && chosen && said !== chosen) throw new Error(fill(SCRIPT_PHRASES.algorithm_conflict, { said, chosen }));
  return digest(stringToSign(headers, body, secret, form), said || chosen || ALGORITHMS[0]);
}

/**
 * A finding's text in `language`: what is wrong, then what to do.
 * @param {Finding} finding
 * @param {string} language
 */
export function findingText(finding, language) {
  const { mistake } = finding;
  /** @type {Params} */
  const params = {};
  for (const [name, value] of Object.entries(finding.params)) {
    params[name] = mistake.phrases.includes(name) ? translate(language, String(value)) : value;
  }
  const message = fill(translate(language, mistake.message), params);
  if (!mistake.fix) return message;
  const fix = fill(translate(language, mistake.fix), params);
  return fill(translate(language, SCRIPT_PHRASES.finding), { message, fix });
}

/**
 * @param {Mistake} mistake
 * @param {Params} [params]
 * @returns {Finding}
 */
function finding(mistake, params = {}) {
  return { kind: mistake.kind, params, reproduces: mistake.reproduces, mistake };
}

/** @param {string} text */
const digits = (text) => /^[0-9]+$/.test(text);

/**
 * The string to sign with any part replaced (`body`: the text after `&body=`; null: none).
 * @param {Request} request
 * @param {{headers?: string, body?: string | null, secret?: string}} parts
 */
function text(request, parts) {
  const body = parts.body === undefined ? request.body || null : parts.body;
  return (parts.headers ?? headersStr(request.headers)) + (body === null ? "" : "&body=" + body) +
    "&accessSecret=" + (parts.secret ?? request.secret);
}

/**
 * JSON written out as Python's json.dumps writes it with these options.
 * @param {unknown} value
 * @param {Variant} v
 * @param {number} level
 * @returns {string}
 */
function dump(value, v, level) {
  const indent = v.indent || 0;
  const pad = indent ? "\n" + " ".repeat(indent * (level + 1)) : "";
  const end = indent ? "\n" + " ".repeat(indent * level) : "";
  /** @param {string} s */
  const string = (s) => v.ascii ? JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")) : JSON.stringify(s);
  if (Array.isArray(value)) {
    return value.length ? "[" + pad + value.map((item) => dump(item, v, level + 1)).join(v.item + pad) + end + "]" : "[]";
  }
  if (value !== null && typeof value === "object") {
    const record = /** @type {Record<string, unknown>} */ (value);
    const keys = v.sort_keys ? Object.keys(record).sort() : Object.keys(record);
    if (!keys.length) return "{}";
    return "{" + pad + keys.map((k) => string(k) + v.key + dump(record[k], v, level + 1)).join(v.item + pad) + end + "}";
  }
  return typeof value === "string" ? string(value) : JSON.stringify(value);
}

/** @typedef {(request: Request, variant: Variant) => Array<[Params, string]>} Build */

/** @type {Record<string, Build>} The steps that build a mistake's wrong string (pns_errors.signing._tries). */
const BUILDS = {
  "ts-scale": (request, v) => {
    const ts = String(request.headers.ts || "");
    if (!digits(ts)) return [];
    const scaled = String(v.divide ? BigInt(ts) / BigInt(v.divide) : BigInt(ts) * BigInt(v.multiply || 1));
    return [[{ what: v.what || "", ts: scaled }, text(request, { headers: headersStr({ ...request.headers, ts: scaled }) })]];
  },
  "body-json": (request, v) => {
    let value;
    try { value = JSON.parse(request.body); } catch { return []; }
    const body = dump(value, v, 0);
    return body === request.body ? [] : [[{ layout: v.layout || "", escapes: v.escapes || "" }, text(request, { body })]];
  },
  "body-newline": (request, v) => {
    if (!request.body) return [];
    const strip = v.strip ? new RegExp("[" + v.strip + "]+$") : null;
    const body = strip ? request.body.replace(strip, "") : request.body + (v.append || "");
    return body === request.body ? [] : [[{ what: v.what || "" }, text(request, { body })]];
  },
  "body-drop": (request) => request.body ? [[{}, text(request, { body: null })]] : [],
  "body-add": (request, v) => request.body ? [] : [[{}, text(request, { body: v.body || "" })]],
  "extra-header": (request, v) => {
    const header = v.header || "";
    const value = { algorithm: request.algorithm, empty: "", sent: request.sent }[v.value || "empty"];
    const keys = [...new Set([...SIGNED_HEADERS, header])].sort();
    return [[{ header }, text(request, { headers: headersStr({ ...request.headers, [header]: value }, keys) })]];
  },
  "header-order": (request, v) => {
    const order = v.order?.length ? v.order : Object.keys(request.headers).filter((k) => SIGNED_HEADERS.includes(k));
    if (order.length !== SIGNED_HEADERS.length || order.join() === SIGNED_HEADERS.join()) return [];
    return [[{ order: order.join("&") }, text(request, { headers: headersStr(request.headers, order) })]];
  },
  "secret": (request, v) => {
    const secret = v.trim ? request.secret.trim() : request.secret + (v.append || "");
    return secret === request.secret ? [] : [[{ what: v.what || "" }, text(request, { secret })]];
  },
};

/**
 * The first variant of a mistake that reproduces the sent sign: its parameters, or null.
 * @param {Request} request
 * @param {Mistake} mistake
 * @param {string} right
 */
async function reproduces(request, mistake, right) {
  if (mistake.build === "hex-case") return request.sent.toLowerCase() === right ? {} : null;
  if (mistake.build === "other-algorithm") {
    const other = ALGORITHMS[1 - ALGORITHMS.indexOf(request.algorithm)];
    return (await digest(text(request, {}), other)) === request.sent ? { other, algorithm: request.algorithm } : null;
  }
  const build = Object.hasOwn(BUILDS, mistake.build) ? BUILDS[mistake.build] : null;
  if (!build) return null;
  for (const variant of mistake.variants) {
    for (const [params, candidate] of build(request, variant)) {
      if ((await digest(candidate, request.algorithm)) === request.sent) return params;
    }
  }
  return null;
}

/**
 * A ts the server refuses whatever the sign (error 1004).
 * @param {Headers} headers
 * @param {number} now
 * @returns {Finding[]}
 */
function clock(headers, now) {
  const [invalid, seconds, skewed] = CLOCK;
  const ts = String(headers.ts ?? "");
  if (!digits(ts)) return [finding(invalid, { ts })];
  if (ts.length <= SECONDS_DIGITS) return [finding(seconds, { ts })];
  const skew = Number(ts) - now;
  if (Math.abs(skew) <= TS_WINDOW_MS) return [];
  const direction = skewed.variants.find((v) => v.ahead === skew > 0)?.direction || "";
  return [finding(skewed, { seconds: Math.floor((Math.abs(skew) + 500) / 1000), direction, window: TS_WINDOW_MS / 1000 })];
}

/**
 * What is wrong with the `sign` in `headers`, walking the table of mistakes in its order
 * (pns_errors.signing.diagnose): each kind whose first variant reproduces the sent sign,
 * then what is wrong with the ts. Never empty.
 * @param {Headers} headers
 * @param {string} body
 * @param {string} secret
 * @param {boolean} form
 * @param {number} [now]
 * @returns {Promise<Finding[]>}
 */
export async function diagnose(headers, body, secret, form, now = Date.now()) {
  const algorithm = String(headers.algorithm || ALGORITHMS[0]).toLowerCase();
  if (!ALGORITHMS.includes(algorithm)) return [finding(ALGORITHM_UNKNOWN, { algorithm })];
  /** @type {Request} */
  const request = { headers, body: form ? "" : body || "", secret, sent: String(headers.sign || "").trim(), algorithm };
  const late = clock(headers, now);
  const right = await digest(text(request, {}), algorithm);
  if (request.sent === right) return [finding(CORRECT, { algorithm }), ...late];
  /** @type {Finding[]} */
  const found = [];
  for (const mistake of MISTAKES) {
    if (found.some((f) => f.kind === mistake.kind)) continue;
    const params = await reproduces(request, mistake, right);
    if (params) found.push(finding(mistake, params));
  }
  return [...(found.length ? found : [finding(UNKNOWN)]), ...late];
}
