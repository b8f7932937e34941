// @ts-check
// Codes as people type them, messages as people paste them, and the codes whose words
// match a query: pns_errors._lookup, interpreted from the rules it declares
// (generated/rules.js). tests/test_parity.py runs tests/lookup_cases.json through both.
import { CODE_INPUT, MAX_MESSAGE, MESSAGE_TRIM, NEAREST, PAGE_PATH, SCORES, WORD_SPLIT, WORD_START } from "./generated/rules.js";

/**
 * One code of errors/codes.json, by name.
 * @typedef {{
 *   code: number, category: string, label: string, status: string, message: string,
 *   names: string[], wordings: string[], synonyms: string[], nameText: string
 * }} CodeRecord
 */
/**
 * What the scripts know of the catalog.
 * @typedef {{
 *   categories: Record<string, [number, number] | null>, codes: CodeRecord[],
 *   byWording: Map<string, number>, byCode: Map<number, CodeRecord>
 * }} Catalog
 */
/** @typedef {[number, string, string, string, string, string[], string[], string[]]} CodesJsonRow */

const codeInput = new RegExp(CODE_INPUT, "i");
const messageTrim = new RegExp(MESSAGE_TRIM, "g");
const wordSplit = new RegExp(WORD_SPLIT);

/**
 * The code in what a person typed, or null. NFKC: full-width digits and marks from a
 * Chinese input method (１００３, ＃１０００４) become ASCII.
 * @param {string} text
 */
export function parseCode(text) {
  const match = codeInput.exec(text.normalize("NFKC"));
  return match ? Number(match[1]) : null;
}

/**
 * The form in which a message is compared (pns_errors._lookup.message_key).
 * @param {string} text
 */
export function messageKey(text) {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").replace(messageTrim, "");
}

/**
 * codes.json's rows ([code, category, label, status, message, names, wordings, synonyms],
 * compact for the fetch), as named records, with the index of every wording.
 * @param {{categories: Record<string, [number, number] | null>, codes: CodesJsonRow[]}} json
 * @returns {Catalog}
 */
export function decodeCatalog(json) {
  const codes = json.codes.map(([code, category, label, status, message, names, wordings, synonyms]) => ({
    code, category, label, status, message, names,
    wordings: (wordings || []).map(messageKey),
    synonyms: (synonyms || []).map(messageKey),
    nameText: names.join(" ").toLowerCase(),
  }));
  /** @type {Map<string, number>} */
  const byWording = new Map();
  for (const record of codes) {
    for (const wording of record.wordings) if (!byWording.has(wording)) byWording.set(wording, record.code);
  }
  return { categories: json.categories, codes, byWording, byCode: new Map(codes.map((r) => [r.code, r])) };
}

/**
 * @param {string} word
 * @param {string} text
 */
function inOrder(word, text) {
  let at = 0;
  for (const char of word) {
    at = text.indexOf(char, at) + 1;
    if (!at) return false;
  }
  return true;
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One word's points: where it matches first, in the order of SCORES.
 * @param {string} word
 * @param {CodeRecord} record
 */
function wordScore(word, record) {
  const atStart = new RegExp(WORD_START + escapeRegExp(word));
  const said = record.wordings.join(" | "), others = record.synonyms.join(" | ");
  const ascii = /^[\x00-\x7f]*$/.test(word);
  if (word === String(record.code) || parseCode(word) === record.code) return SCORES.code;
  if (record.nameText.includes(word)) return SCORES.name;
  if (atStart.test(said)) return SCORES.wording_word;
  if (said.includes(word)) return SCORES.in_wording;
  if (atStart.test(others)) return SCORES.synonym_word;
  if (others.includes(word)) return SCORES.in_synonym;
  if (!ascii && record.wordings.some((w) => inOrder(word, w))) return SCORES.wording_chars;
  if (!ascii && record.synonyms.some((w) => inOrder(word, w))) return SCORES.synonym_chars;
  return 0;
}

/**
 * How well `query` matches one code (pns_errors._lookup.score); 0: not at all.
 * @param {string} query
 * @param {CodeRecord} record
 */
export function score(query, record) {
  const key = messageKey(query);
  if (!key) return 0;
  if (record.wordings.includes(key)) return SCORES.wording;
  if (record.synonyms.includes(key)) return SCORES.synonym;
  if (record.wordings.some((w) => w.startsWith(key))) return SCORES.wording_start;
  let total = 0;
  for (const word of key.split(wordSplit).filter(Boolean)) {
    const points = wordScore(word, record);
    if (!points) return 0;
    total += points;
  }
  return total;
}

/**
 * The codes whose words match `query`, best first (pns_errors._lookup.ranked).
 * @param {string} query
 * @param {Catalog} catalog
 */
export function search(query, catalog) {
  return catalog.codes
    .map((record) => ({ points: score(query, record), record }))
    .filter((hit) => hit.points > 0)
    .sort((a, b) => b.points - a.points || a.record.code - b.record.code)
    .map((hit) => hit.record);
}

/**
 * The code whose wording (any language's message, or a variant) `text` is, or null.
 * @param {string} text
 * @param {Catalog} catalog
 */
export function byMessage(text, catalog) {
  if (text.length > MAX_MESSAGE) return null;
  return catalog.byWording.get(messageKey(text)) ?? null;
}

/**
 * The category of a code, also of one the catalog does not know yet.
 * @param {number} code
 * @param {Catalog} catalog
 */
export function categoryOf(code, catalog) {
  const known = catalog.byCode.get(code);
  if (known) return known.category;
  for (const [id, range] of Object.entries(catalog.categories)) {
    if (range && range[0] <= code && code <= range[1]) return id;
  }
  return null;
}

/**
 * Known codes closest to `code`: those of its category first, then by distance.
 * @param {number} code
 * @param {Catalog} catalog
 * @param {number} [count]
 */
export function nearest(code, catalog, count = NEAREST) {
  const category = categoryOf(code, catalog);
  const away = (/** @type {CodeRecord} */ r) => Number(r.category !== category);
  return catalog.codes
    .slice()
    .sort((a, b) => away(a) - away(b) || Math.abs(a.code - code) - Math.abs(b.code - code) || a.code - b.code)
    .slice(0, count);
}

/**
 * A code's page below a language's root of the site (pns_errors._rules.page_path).
 * @param {number} code
 */
export function pagePath(code) {
  return PAGE_PATH.replace("{code}", String(code));
}

const [pageBefore, pageAfter] = PAGE_PATH.split("{code}");
const pageOfPath = new RegExp("/" + escapeRegExp(pageBefore) + "([^/]+)" + escapeRegExp(pageAfter.replace(/\/$/, "")) + "/?$");

/**
 * The code a page's path names (`/zh/errors/10099/`: "10099"), as typed, or null.
 * @param {string} path
 */
export function codeInPath(path) {
  const match = pageOfPath.exec(path);
  return match ? decodeURIComponent(match[1]) : null;
}
