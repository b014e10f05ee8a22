import type { FetchLike } from "../http";

/**
 * InvestSuite writes money as JSON *numbers* (`"divest_amount": 1e+100`, `"$USD": 208.086729`)
 * while storing it as decimal text server-side. JSON.parse would turn those into floats and
 * lose digits (or, for 1e100, invite float arithmetic), and Node 20 has no source-text
 * reviver. So before parsing, the number literals in money positions are rewritten into
 * JSON strings holding their exact source text; every other number is left alone.
 */

/** Keys whose numeric value is money (seed 002 manager settings, seed 000 event data). */
const MONEY_KEYS = new Set(["divest_amount", "start_amount", "recurring_deposit_amount", "amount"]);
/** The holdings map: every value inside `"portfolio": {...}` is a quantity or a cash amount. */
const HOLDINGS_KEY = "portfolio";

type Frame = { kind: "object" | "array"; key: string | null; currentKey: string | null; expectKey: boolean };

export function quoteMoneyNumbers(json: string): string {
  const stack: Frame[] = [];
  // Unchanged text is copied in runs (from `copied` up to a money literal), not one character
  // at a time: a page of 100 portfolios is ~200 KB and this runs on every list request.
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < json.length) {
    const ch = json[i] as string;
    const top = stack[stack.length - 1];
    if (ch === '"') {
      const end = stringEnd(json, i);
      if (top?.kind === "object" && top.expectKey) {
        const raw = json.slice(i + 1, end - 1);
        top.currentKey = raw.includes("\\") ? (JSON.parse(json.slice(i, end)) as string) : raw;
        top.expectKey = false;
      }
      i = end;
    } else if (ch === "{" || ch === "[") {
      const key = top?.kind === "object" ? top.currentKey : (top?.key ?? null);
      stack.push({ kind: ch === "{" ? "object" : "array", key, currentKey: null, expectKey: ch === "{" });
      i++;
    } else if (ch === "}" || ch === "]") {
      stack.pop();
      i++;
    } else if (ch === ",") {
      if (top?.kind === "object") top.expectKey = true;
      i++;
    } else if (ch === "-" || (ch >= "0" && ch <= "9")) {
      NUMBER.lastIndex = i;
      const literal = NUMBER.exec(json)?.[0] ?? ch;
      const isMoney = top?.kind === "object" && ((top.currentKey !== null && MONEY_KEYS.has(top.currentKey)) || top.key === HOLDINGS_KEY);
      if (isMoney) {
        out.push(json.slice(copied, i), `"${literal}"`);
        copied = i + literal.length;
      }
      i += literal.length;
    } else {
      i++;
    }
  }
  out.push(json.slice(copied));
  return out.join("");
}

/** A JSON number literal, matched where it starts (sticky). */
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;

/** JSON.parse with money kept as exact decimal strings (use for event bodies and fixtures). */
export function parseWithExactDecimals(json: string): unknown {
  return JSON.parse(quoteMoneyNumbers(json));
}

/**
 * A fetch wrapper for providerFetch: JSON responses come back with money quoted, so the
 * body it parses never holds a float amount. Non-JSON bodies pass through untouched.
 */
export function exactDecimalFetch(inner: FetchLike): FetchLike {
  return async (url, init) => {
    const response = await inner(url, init);
    if (!(response.headers.get("content-type") ?? "").includes("json")) return response;
    const text = await response.text();
    // 204/304 and friends may not carry a body at all.
    const body = text === "" || response.status === 204 || response.status === 304 ? null : quoteMoneyNumbers(text);
    const headers = new Headers(response.headers);
    // The body was decoded and rewritten, so its original length and encoding no longer apply.
    headers.delete("content-length");
    headers.delete("content-encoding");
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

/** Just past the string that opens at `start`: found with indexOf (most of a page is strings), escaped quotes skipped. */
function stringEnd(json: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = json.indexOf('"', from);
    if (quote < 0) return json.length + 1;
    let backslashes = 0;
    while (json.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}
