// Runs the shared case tables through the site's interpreters (overrides/assets/*.js) in
// node, for tests/test_parity.py: reads {cases, catalogs, now} as JSON on standard input,
// prints every result, in full, per language. No DOM: these modules never touch one.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const input = JSON.parse(readFileSync(0, "utf-8"));
const assets = pathToFileURL(input.assets + "/").href;
const lookup = await import(assets + "lookup.js");
const finder = await import(assets + "finder.js");
const signing = await import(assets + "signing.js");
const { md5 } = await import(assets + "md5.js");

const { lookup: L, finder: F, signing: S } = input.cases;
const out = {};
for (const [language, path] of Object.entries(input.catalogs)) {
  const data = lookup.decodeCatalog(JSON.parse(readFileSync(path, "utf-8")));
  const findings = async (m) => (await signing.diagnose(m.headers, m.body, m.secret, m.form, S.now_ms)).map((f) => ({
    kind: f.kind, params: f.params, reproduces: f.reproduces, message: signing.findingText(f, language),
  }));
  out[language] = {
    lookup: {
      parse: L.parse.map(([text]) => lookup.parseCode(text)),
      category: L.category.map(([code]) => lookup.categoryOf(code, data)),
      nearest: L.nearest.map(([code]) => lookup.nearest(code, data).map((r) => r.code)),
      message: L.message.map(([text]) => lookup.byMessage(text, data)),
      search: L.search.map(([query]) => lookup.search(query, data).map((r) => r.code)),
    },
    finder: F.cases.map(([, text]) => {
      const result = finder.scan(text, data);
      return { found: result.found.map((f) => ({ code: f.code, count: f.count, requestIds: f.requestIds,
        byMessage: f.byMessage, known: f.known })), success: result.success };
    }),
    signing: {
      md5: S.md5.map(([text]) => md5(new TextEncoder().encode(text))),
      vectors: await Promise.all(S.vectors.map(async (v) => ({
        stringToSign: signing.stringToSign(v.headers, v.body, v.secret, v.form),
        sign: await signing.sign(v.headers, v.body, v.secret, v.algorithm, v.form),
      }))),
      mistakes: await Promise.all(S.mistakes.map(findings)),
    },
  };
}
process.stdout.write(JSON.stringify(out));
