// The TypeScript library held to docs/errors.json and tests/clients/cases.json (see tests/test_clients.py).
import { readFileSync } from "node:fs";
import {
  ErrorCode,
  NotAnEnvelopeError,
  PnsError,
  SITE_URL,
  allErrors,
  categoryOf,
  localized,
  lookup,
  raiseForResponse,
} from "pns-errors";

interface Record {
  code: number;
  name: string;
  message: string;
  category: string;
  fix_by: string;
  retry: string;
  url: string;
  status: string;
  translations?: { [language: string]: { message?: string } };
}
interface Catalog {
  catalog: { site_url: string };
  categories: { id: string; range: [number, number] | null }[];
  errors: Record[];
}
interface Cases {
  envelopes: { name: string; body: string; expect: unknown }[];
  unknown_codes: number[];
}

const json = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const doc = json(`${process.env["PNS_ROOT"]}/docs/errors.json`) as Catalog;
const cases = json(process.env["PNS_CASES"] ?? "") as Cases;
const failures: string[] = [];

function check(what: string, got: unknown, want: unknown): void {
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    failures.push(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
}

check("site URL", SITE_URL, doc.catalog.site_url);
for (const e of doc.errors) {
  const info = lookup(e.code);
  if (info === undefined) {
    failures.push(`${e.code}: not in the library`);
    continue;
  }
  check(`${e.code} constant`, (ErrorCode as { [name: string]: number })[e.name], e.code);
  const fields = [info.name, info.message, info.category, info.fixBy, info.retry, info.url, info.status];
  check(`${e.code} fields`, fields, [e.name, e.message, e.category, e.fix_by, e.retry, e.url, e.status]);
  const zh = e.translations?.["zh"]?.message;
  if (zh !== undefined) check(`${e.code} zh message`, localized(info, "zh_CN.UTF-8").message, zh);
  check(`${e.code} a language the catalog lacks`, localized(info, "fr").language, "en");
}
check("every code", allErrors().map((info) => info.code), doc.errors.map((e) => e.code));

const rangeOf = (code: number): string | null =>
  doc.categories.find((c) => c.range !== null && c.range[0] <= code && code <= c.range[1])?.id ?? null;
for (const code of cases.unknown_codes) {
  check(`${code} unknown`, lookup(code), undefined);
  check(`${code} category`, categoryOf(code) ?? null, rangeOf(code));
}

function outcome(body: string): unknown {
  try {
    return { kind: "success", data: raiseForResponse(body) };
  } catch (err) {
    if (err instanceof NotAnEnvelopeError) return { kind: "not-an-envelope" };
    if (!(err instanceof PnsError)) throw err;
    return {
      kind: "error",
      code: err.code,
      known: err.info !== undefined,
      name: err.info?.name ?? null,
      msg: err.msg,
      requestId: err.requestId,
      category: err.category ?? null,
      retry: err.retry,
      fixBy: err.fixBy ?? null,
      url: err.docUrl.slice(SITE_URL.length),
    };
  }
}
for (const envelope of cases.envelopes) check(envelope.name, outcome(envelope.body), envelope.expect);

if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(`checked ${doc.errors.length} codes, ${cases.envelopes.length} envelopes`);
