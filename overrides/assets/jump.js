// @ts-check
// The site's own behaviour: the jump box, ?code= deep links, pasted logs, the 404 page's
// suggestions and the errors index filter. The rules are lookup.js and finder.js; this
// module only wires them to the page. Messages come from the catalog: always set as text.
import { CODES_PATH, MAX_TYPED } from "./generated/rules.js";
import { scan } from "./finder.js";
import { byMessage, categoryOf, codeInPath, decodeCatalog, nearest, pagePath, parseCode, search } from "./lookup.js";
import { onEveryPage, pageLanguage, siteRoot } from "./page.js";
import { phrase } from "./phrases.js";

/** @typedef {import("./lookup.js").Catalog} Catalog */
/** @typedef {import("./lookup.js").CodeRecord} CodeRecord */
/** @typedef {import("./finder.js").Scan} Scan */

const language = pageLanguage();
/** @type {(name: import("./phrases.js").PhraseName, params?: import("./phrases.js").Params) => string} */
const t = (name, params) => phrase(language, name, params);
const ROOT = siteRoot();

/** @type {Promise<Catalog> | null} */
let catalog = null;
function loadCatalog() {
  catalog ??= fetch(new URL(CODES_PATH, ROOT)).then(async (response) => {
    if (!response.ok) throw new Error(`${CODES_PATH}: HTTP ${response.status}`);
    return decodeCatalog(await response.json());
  });
  return catalog;
}

/** @param {number} code */
const pageOf = (code) => new URL(pagePath(code), ROOT).href;

/** @param {CodeRecord[]} records */
function suggestionList(records) {
  const list = document.createElement("ul");
  list.className = "jump-suggestions";
  for (const record of records) {
    const link = document.createElement("a");
    link.href = pageOf(record.code);
    link.textContent = `${record.code} — ${record.label}`;
    const item = document.createElement("li");
    item.append(link);
    list.append(item);
  }
  return list;
}

/**
 * @param {Element} box
 * @param {string} text
 * @param {CodeRecord[]} [records]
 */
function say(box, text, records = []) {
  const line = document.createElement("span");
  line.textContent = text;
  box.replaceChildren(line);
  if (records.length) box.append(suggestionList(records));
}

/** @param {string} text */
function copyButton(text) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = t("copy");
  button.setAttribute("aria-label", t("copy_label", { text }));
  button.addEventListener("click", () => {
    navigator.clipboard?.writeText(text).then(() => { button.textContent = t("copied"); });
  });
  return button;
}

/**
 * One found code: its link (or the nearest known codes), how it was found, its requestIds.
 * @param {import("./finder.js").Found} item
 * @param {Catalog} data
 */
function foundItem(item, data) {
  const li = document.createElement("li");
  const record = data.byCode.get(item.code);
  if (record) {
    const link = document.createElement("a");
    link.href = pageOf(item.code);
    link.textContent = `${item.code} — ${record.message}`;
    li.append(link);
  } else {
    const near = nearest(item.code, data, 3).map((r) => r.code).join(", ");
    li.append(t("not_in_catalog_nearest", { code: item.code, nearest: near }));
  }
  if (item.byMessage) li.append(t("by_message"));
  if (item.count > 1) li.append(` ×${item.count}`);
  for (const id of item.requestIds) {
    const span = document.createElement("span");
    span.className = "request-id";
    const code = document.createElement("code");
    code.textContent = id;
    span.append(" requestId ", code, copyButton(id));
    li.append(" ", span);
  }
  return li;
}

/**
 * Whatever was pasted: a response, a log, a traceback, a link.
 * @param {HTMLFormElement} form
 * @param {string} text
 */
async function findIn(form, text) {
  const box = /** @type {Element} */ (form.querySelector(".jump-result"));
  const data = await loadCatalog();
  const result = scan(text, data);
  const known = result.found.filter((f) => f.known);
  if (result.found.length === 1 && known.length === 1) {
    location.assign(pageOf(known[0].code));
    return true;
  }
  if (!result.found.length) {
    // Words rather than a code: the codes `pns-errors search` gives for them, best first.
    const records = result.success || text.includes("\n") ? [] : search(text, data).slice(0, 5);
    if (records.length) say(box, t("matching"), records);
    else say(box, result.success ? t("success") : t("none_found"));
    return false;
  }
  const count = result.found.length > 1 ? t("found_many", { count: result.found.length }) : t("found_one");
  say(box, t("list_follows", { text: count + (result.success ? t("and_success") : "") }));
  const list = document.createElement("ul");
  list.className = "jump-found";
  list.append(...result.found.map((item) => foundItem(item, data)));
  box.append(list);
  return false;
}

/**
 * A typed code opens its page; anything else is read as a paste (unless it came from ?code=).
 * @param {HTMLFormElement} form
 * @param {string} text
 * @param {boolean} replace
 */
async function jump(form, text, replace) {
  const box = /** @type {Element} */ (form.querySelector(".jump-result"));
  const code = !text.includes("\n") && text.trim().length <= MAX_TYPED ? parseCode(text) : null;
  if (code === null && text.trim() && !replace) return findIn(form, text);
  if (code === null) {
    say(box, text.trim() ? t("not_a_code", { text: text.trim() }) : t("type_a_code"));
    return false;
  }
  if (code === 0) {
    say(box, t("zero"));
    return false;
  }
  try {
    const data = await loadCatalog();
    if (!data.byCode.has(code)) {
      say(box, t("unknown", { code }), nearest(code, data));
      return false;
    }
  } catch (error) {
    say(box, t("load_failed", { error: error instanceof Error ? error.message : String(error), code }));
  }
  if (replace) location.replace(pageOf(code));
  else location.assign(pageOf(code));
  return true;
}

function initJumpBoxes() {
  for (const form of document.querySelectorAll("form[data-jump]")) {
    if (!(form instanceof HTMLFormElement) || form.dataset.ready) continue;
    form.dataset.ready = "1";
    const input = /** @type {HTMLTextAreaElement} */ (form.querySelector("[name=code]"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      jump(form, input.value, false);
    });
    // A text area for pastes: Enter looks up, Shift+Enter adds a line; it grows with its text.
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    input.addEventListener("input", () => {
      input.rows = Math.min(Math.max(input.value.split("\n").length, 1), 12);
    });
    const asked = new URLSearchParams(location.search).get("code");
    if (asked !== null) {
      input.value = asked;
      jump(form, asked, true);
    }
  }
}

/**
 * A static host answers every missing page with the root 404.html, also under /zh/: send
 * the reader to that language's 404 page, which puts the address back. True when it did.
 * @param {HTMLElement} box
 */
function toLanguageNotFound(box) {
  const missing = new URLSearchParams(location.search).get("missing");
  if (missing !== null) {
    if (/^\/(?!\/)/.test(missing)) history.replaceState(null, "", missing);
    return false;
  }
  const rest = location.pathname.slice(ROOT.pathname.length);
  const other = (box.dataset.roots || "").split(" ").find((root) => root && rest.startsWith(root) && rest !== root + "404.html");
  if (!other) return false;
  const address = encodeURIComponent(location.pathname + location.search + location.hash);
  location.replace(new URL(other + "404.html", ROOT).href + "?missing=" + address);
  return true;
}

function initNotFound() {
  const box = document.querySelector("[data-not-found]");
  if (!(box instanceof HTMLElement) || toLanguageNotFound(box)) return;
  const typed = codeInPath(location.pathname);
  const code = typed === null ? null : parseCode(typed);
  if (code === null) return;
  const heading = box.querySelector("h1");
  if (heading) heading.textContent = t("unknown_heading", { code });
  const detail = box.querySelector(".not-found-detail");
  loadCatalog().then((data) => { if (detail) say(detail, t("unknown_detail"), nearest(code, data)); });
}

function initFilter() {
  const input = document.querySelector("input[data-filter]");
  if (!(input instanceof HTMLInputElement) || input.dataset.ready) return;
  input.dataset.ready = "1";
  const status = document.querySelector(".filter-status");
  const fixBy = document.querySelector("select[data-filter-fix-by]");
  const rows = /** @type {HTMLTableRowElement[]} */ ([...document.querySelectorAll("article table tbody tr")]);
  const texts = new Map(rows.map((row) => [row, (row.textContent || "").toLowerCase()]));
  const apply = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    const code = parseCode(input.value);
    const who = fixBy instanceof HTMLSelectElement ? fixBy.value : "";  // the "Who fixes it" column is the third
    let shown = 0;
    for (const row of rows) {
      const text = texts.get(row) || "";
      const hit = (words.every((word) => text.includes(word)) || (code !== null && text.includes(String(code)))) &&
        (!who || row.cells[2]?.textContent?.trim() === who);
      row.hidden = !hit;
      if (hit) shown++;
    }
    for (const table of document.querySelectorAll("article table")) {
      if (table instanceof HTMLElement) table.hidden = !table.querySelector("tbody tr:not([hidden])");
    }
    if (status) status.textContent = words.length || who ? t("matches", { shown, total: rows.length }) : "";
  };
  input.addEventListener("input", apply);
  fixBy?.addEventListener("change", apply);
  apply();
}

// Material's search is a role="dialog" without a name; screen readers announce it as "Search".
function nameTheSearchDialog() {
  const dialog = document.querySelector(".md-search[role=dialog]");
  if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", t("search"));
}

onEveryPage(() => {
  nameTheSearchDialog();
  initJumpBoxes();
  initNotFound();
  initFilter();
});

// What the browser tests reach the interpreters by, with this page's catalog.
window.pnsErrors = {
  parseCode,
  byMessage: async (text) => byMessage(text, await loadCatalog()),
  search: async (text) => search(text, await loadCatalog()).map((r) => r.code),
  findCodes: async (text) => scan(text, await loadCatalog()),
  categoryOf: async (code) => categoryOf(code, await loadCatalog()),
  nearest: async (code) => nearest(code, await loadCatalog()).map((r) => r.code),
};
