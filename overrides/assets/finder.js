// @ts-check
// The error codes in whatever a customer pasted: pns_errors._finder's rules, interpreted
// from the patterns and limits it declares (generated/rules.js). tests/test_parity.py runs
// tests/finder_cases.json through both. Case-insensitive, like Python's.
import {
  FIELD, FIRST_TEXT, MARKER, MAX_CODE, MAX_RECORD, MAX_REQUEST_IDS, MESSAGE_FIELD, NAME_AFTER, NAME_BEFORE, REQUEST_ID,
} from "./generated/rules.js";
import { byMessage, parseCode } from "./lookup.js";

/** @typedef {import("./lookup.js").Catalog} Catalog */
/**
 * One code found: how often, with which requestIds, and whether only its message named it.
 * @typedef {{code: number, count: number, requestIds: string[], byMessage: boolean, known: boolean}} Found
 */
/** @typedef {{found: Found[], success: boolean}} Scan */
/** @typedef {{at: number, code: number}} Hit */

/**
 * Lines, joined while a JSON object spans several (braces not yet balanced).
 * @param {string} text
 */
function records(text) {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) || [];
  /** @type {string[]} */
  const out = [];
  /** @type {string[]} */
  let pending = [];
  let depth = 0, size = 0;
  for (const line of lines) {
    depth += (line.match(/\{/g) || []).length - (line.match(/\}/g) || []).length;
    if (pending.length || depth > 0) {
      pending.push(line);
      size += line.length;
      if (depth <= 0 || size > MAX_RECORD) {
        out.push(pending.join(""));
        pending = [];
        depth = size = 0;
      }
    } else {
      depth = 0;
      out.push(line);
    }
  }
  if (pending.length) out.push(pending.join(""));
  return out;
}

/**
 * Rule 3's pattern: every name and alias, longest first.
 * @param {Catalog} catalog
 */
function namesOf(catalog) {
  /** @type {Map<string, number>} */
  const byName = new Map();
  for (const record of catalog.codes) for (const name of record.names) byName.set(name, record.code);
  const words = [...byName.keys()].sort((a, b) => b.length - a.length);
  return { byName, pattern: words.length ? new RegExp(NAME_BEFORE + words.join("|") + NAME_AFTER, "g") : null };
}

/**
 * Rules 1 to 3: every code written in a record, by position.
 * @param {string} line
 * @param {ReturnType<typeof namesOf>} names
 */
function hitsIn(line, names) {
  /** @type {Hit[]} */
  const hits = [];
  for (const match of line.matchAll(new RegExp(FIELD, "gi"))) hits.push({ at: match.index, code: Number(match[1]) });
  for (const match of line.matchAll(new RegExp(MARKER, "gi"))) {
    hits.push({ at: match.index, code: Number(match[1] || match[2]) });
  }
  if (names.pattern) {
    for (const match of line.matchAll(names.pattern)) hits.push({ at: match.index, code: names.byName.get(match[0]) ?? 0 });
  }
  return hits.sort((a, b) => a.at - b.at || a.code - b.code);
}

/**
 * Rule 5: the codes whose wording is the value of a msg/message field, or the whole record.
 * @param {string} text
 * @param {Catalog} catalog
 */
function messageCodes(text, catalog) {
  /** @type {number[]} */
  const codes = [];
  for (const match of text.matchAll(new RegExp(MESSAGE_FIELD, "gi"))) {
    let code = byMessage(match[1] || match[2] || "", catalog);
    if (match[3]) {  // unquoted, up to the line's end: the longest run of its first words that is a wording
      const words = match[3].trim().split(/\s+/);
      code = null;
      for (let n = words.length; n > 0 && code === null; n--) code = byMessage(words.slice(0, n).join(" "), catalog);
    }
    if (code !== null && !codes.includes(code)) codes.push(code);
  }
  if (!codes.length) {
    const whole = byMessage(text, catalog);
    if (whole !== null) codes.push(whole);
  }
  return codes;
}

/** @param {string} line */
function requestIdsIn(line) {
  /** @type {string[]} */
  const ids = [];
  for (const match of line.matchAll(new RegExp(REQUEST_ID, "gi"))) {
    const id = match[1] || match[2];
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Count one record's codes into `byCode`.
 * @param {Map<number, Found>} byCode
 * @param {number[]} codes
 * @param {string[]} ids
 * @param {boolean} worded
 * @param {Catalog} catalog
 */
function tally(byCode, codes, ids, worded, catalog) {
  for (const code of codes) {
    let item = byCode.get(code);
    if (!item) {
      item = { code, count: 0, requestIds: [], byMessage: worded, known: catalog.byCode.has(code) };
      byCode.set(code, item);
    } else if (!worded) {
      item.byMessage = false;
    }
    item.count++;
    for (const id of ids) {
      if (!item.requestIds.includes(id) && item.requestIds.length < MAX_REQUEST_IDS) item.requestIds.push(id);
    }
  }
}

/**
 * The codes in `text`, in order of first appearance, and whether a success (code 0) was seen.
 * @param {string} text
 * @param {Catalog} catalog
 * @returns {Scan}
 */
export function scan(text, catalog) {
  const names = namesOf(catalog);
  /** @type {Map<number, Found>} */
  const byCode = new Map();
  let successes = 0;
  const all = records(text);
  for (const record of all) {
    const line = record.normalize("NFKC");
    const hits = hitsIn(line, names);
    /** @type {number[]} */
    let codes = [];
    for (const hit of hits) {
      if (hit.code === 0) successes++;
      else if (hit.code > 0 && hit.code <= MAX_CODE && !codes.includes(hit.code)) codes.push(hit.code);
    }
    const worded = hits.length ? [] : messageCodes(line, catalog);  // rule 5, only where no code is written
    if (worded.length) codes = worded;
    tally(byCode, codes, requestIdsIn(line), worded.length > 0, catalog);
  }
  if (!byCode.size && all.length === 1 && !successes) {  // rule 4: the whole paste is one code
    const code = parseCode(text.slice(0, FIRST_TEXT));
    if (code) return scan("code=" + code, catalog);
  }
  return { found: [...byCode.values()], success: successes > 0 };
}
