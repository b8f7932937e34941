// What the site's scripts (overrides/assets/*.js) find on window: Material's page stream,
// and what they offer the browser tests. Read by tools/tsconfig.site.json only.
import type { Scan } from "../overrides/assets/finder.js";
import type { Finding, Headers } from "../overrides/assets/signing.js";

declare global {
  interface Window {
    document$?: { subscribe(next: () => void): unknown };
    pnsErrors: {
      parseCode(text: string): number | null;
      byMessage(text: string): Promise<number | null>;
      search(text: string): Promise<number[]>;
      findCodes(text: string): Promise<Scan>;
      categoryOf(code: number): Promise<string | null>;
      nearest(code: number): Promise<number[]>;
    };
    pnsSignature: {
      md5(text: string): string;
      sign(headers: Headers, body: string, secret: string, algorithm: string | undefined, form: boolean): Promise<string>;
      stringToSign(headers: Headers, body: string, secret: string, form: boolean): string;
      diagnose(headers: Headers, body: string, secret: string, form: boolean, now?: number): Promise<Finding[]>;
    };
  }
}
