import { QuerySyntaxError } from "./query-syntax-error";

/*
 * The docs recommend `query=email+eq+'jane*'`: `+` for spaces, i.e. ordinary
 * application/x-www-form-urlencoded. Servers (Fastify, URLSearchParams, Next's searchParams)
 * decode that before our code sees it, so `parseQuery` normally gets `email eq 'jane*'` and
 * treats `+` as a literal character. A literal `+` therefore travels as `%2B`.
 *
 * If a caller hands us the raw, still-encoded value anyway, we decode it the way any form
 * decoder would: every `+` becomes a space, including inside quotes (`'a+b'` -> `'a b'`),
 * because a quoted region cannot be found before decoding. Detection is safe: every
 * non-empty valid decoded query has whitespace (a field and its operator are separate
 * words), while an encoded one never has raw whitespace. So a query without whitespace that
 * contains `+` or `%` can only be URL-form (or invalid either way).
 */
export function isUrlForm(input: string): boolean {
  return !/\s/.test(input) && /[+%]/.test(input);
}

/** Form-decodes one query-string value: `+` -> space, then `%XX` sequences (UTF-8). */
export function decodeQueryParam(raw: string): string {
  const spaced = raw.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    const bad = findBadPercent(spaced);
    throw new QuerySyntaxError(
      `Expected a percent-encoded byte (%XX) at position ${bad} but found '${spaced.slice(bad, bad + 3)}'`,
      bad,
      raw,
    );
  }
}

/**
 * Encodes a query for a URL the way the docs write it: spaces as `+`, and the characters
 * the docs show unencoded (`'`, `*`, `[`, `]`, `,`, `(`, `)`, `@`, `:`, `$`) left readable.
 * A literal `+` becomes `%2B` so it survives form decoding.
 */
export function encodeQueryParam(text: string): string {
  return encodeURIComponent(text)
    .replace(/%20/g, "+")
    .replace(/%5B/g, "[")
    .replace(/%5D/g, "]")
    .replace(/%2C/g, ",")
    .replace(/%40/g, "@")
    .replace(/%3A/g, ":")
    .replace(/%24/g, "$");
}

function findBadPercent(text: string): number {
  for (let i = text.indexOf("%"); i !== -1; i = text.indexOf("%", i + 1)) {
    if (!/^%[0-9A-Fa-f]{2}$/.test(text.slice(i, i + 3))) return i;
  }
  // Well-formed escapes that are not valid UTF-8 (e.g. `%FF`): point at the first escape.
  return Math.max(0, text.indexOf("%"));
}
