// @ts-check
// The scripts' words: English templates by name (generated/rules.js, from
// pns_errors._script_phrases), each language's by the English; a language without a
// phrase says it in English. Placeholders are named: {code}, {text}.
import { SCRIPT_PHRASES, TRANSLATIONS } from "./generated/rules.js";

/** @typedef {keyof typeof SCRIPT_PHRASES} PhraseName */
/** @typedef {Readonly<Record<string, string | number>>} Params */

/**
 * `{name}` replaced by `params[name]`, as pns_errors._script_phrases.fill does.
 * @param {string} template
 * @param {Params} params
 */
export function fill(template, params) {
  return template.replace(/\{(\w+)\}/g, (_, name) => String(params[name]));
}

/**
 * `english` in `language` (a tag as <html lang> writes it: its own phrases, else its primary
 * language's, so `zh-CN` reads `zh`), or English.
 * @param {string} language
 * @param {string} english
 */
export function translate(language, english) {
  for (const tag of [language, language.split("-")[0]]) {
    const phrases = TRANSLATIONS[tag];
    if (phrases && Object.hasOwn(phrases, english)) return phrases[english];
  }
  return english;
}

/**
 * A named phrase in `language`, filled in.
 * @param {string} language
 * @param {PhraseName} name
 * @param {Params} [params]
 */
export function phrase(language, name, params = {}) {
  return fill(translate(language, SCRIPT_PHRASES[name]), params);
}
