// @ts-check
// "Check a signature": the page of signing.js. Nothing is sent anywhere: no request, no
// storage, nothing in the address bar or the console.
import { onEveryPage, pageLanguage } from "./page.js";
import { phrase } from "./phrases.js";
import { diagnose, findingText, headersStr, sign, stringToSign } from "./signing.js";
import { md5 } from "./md5.js";

const language = pageLanguage();

/**
 * The string to sign with the secret's characters masked.
 * @param {string} text
 * @param {string} secret
 */
function masked(text, secret) {
  return secret ? text.slice(0, text.length - secret.length) + "•".repeat(Math.min(secret.length, 12)) : text;
}

/** @param {HTMLFormElement} form */
function fieldsOf(form) {
  const field = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
  const value = (/** @type {string} */ name) => field(name).value.trim();
  return {
    field,
    headers: { accessKey: value("accessKey"), action: value("action"), bizType: value("bizType"), ts: value("ts") },
    body: field("body").value, secret: field("accessSecret").value, algorithm: field("algorithm").value,
    isForm: field("form").checked, sent: value("sign"),
  };
}

/**
 * Fill in every result from the form; a later run wins over an earlier one still computing.
 * @param {HTMLFormElement} form
 * @param {() => boolean} current
 */
async function update(form, current) {
  const { field, headers, body, secret, algorithm, isForm, sent } = fieldsOf(form);
  field("headersStr").value = headersStr(headers);
  field("stringToSign").value = masked(stringToSign(headers, body, secret, isForm), secret);
  const diagnosis = /** @type {Element} */ (form.querySelector(".diagnosis"));
  const expected = await sign(headers, body, secret, algorithm, isForm);
  if (!current()) return;
  field("expected").value = expected;
  if (!sent) {
    field("verdict").value = phrase(language, "verdict_empty");
    diagnosis.replaceChildren();
    return;
  }
  field("verdict").value = phrase(language, sent === expected ? "verdict_match" : "verdict_mismatch");
  const findings = await diagnose({ sign: sent, algorithm, ...headers }, body, secret, isForm);
  if (!current()) return;
  diagnosis.replaceChildren(...findings.map((finding) => {
    const item = document.createElement("li");
    item.textContent = findingText(finding, language);
    item.dataset.kind = finding.kind;
    return item;
  }));
}

function init() {
  const form = document.querySelector("form[data-signature]");
  if (!(form instanceof HTMLFormElement) || form.dataset.ready) return;
  form.dataset.ready = "1";
  let run = 0;
  const refresh = () => {
    const mine = ++run;
    update(form, () => mine === run);
  };
  form.addEventListener("input", refresh);
  form.addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
  form.querySelector("[data-now]")?.addEventListener("click", () => {
    /** @type {HTMLInputElement} */ (form.elements.namedItem("ts")).value = String(Date.now());
    refresh();
  });
  refresh();
}

onEveryPage(init);
// What the browser tests reach the interpreters by.
window.pnsSignature = { md5: (text) => md5(new TextEncoder().encode(text)), sign, stringToSign, diagnose };
