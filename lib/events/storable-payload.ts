/**
 * Why a payload's JSON text cannot be stored as JSONB, checked in one pass over the text
 * before it reaches the database (issue 20, findings 5 and 7). PostgreSQL refuses the
 * whole INSERT batch for any of these, and a refused batch used to be answered 503
 * "deliver again", so the provider redelivered the same poison forever:
 *
 * - `\u0000` (jsonb cannot hold NUL) and a lone UTF-16 surrogate, escaped or raw;
 * - a number outside `numeric`: more than 131,072 digits before the decimal point or
 *   more than 16,383 after it (PostgreSQL 15 measured: `1e131072`, `1e-16384` and
 *   `1.0e-16383` overflow, `9.9e131071` and `1e-16383` do not);
 * - nesting deeper than `maxDepth`: no provider nests beyond a handful of levels, and
 *   10,000 nested `[` kept the embedded database (PGlite) busy at 94 % CPU for good.
 *
 * Malformed JSON is not this function's business: it returns null and JSON.parse says why.
 * It must stay a single O(n) pass with no allocation per character: every delivery of
 * every transport runs through it (bench: intake ≥ 3× a raw INSERT).
 */

/** Deepest nesting of arrays and objects accepted; real provider events use fewer than ten levels. */
export const MAX_PAYLOAD_DEPTH = 64;

/** PostgreSQL `numeric`: decimal digits before and after the decimal point. */
const NUMERIC_MAX_INTEGER_DIGITS = 131_072;
const NUMERIC_MAX_SCALE = 16_383;
/** Beyond this the exponent alone says "not storable"; being stricter than PostgreSQL here costs nothing real. */
const MAX_EXPONENT = 1_000_000;

export function unstorableJsonProblem(text: string, maxDepth = MAX_PAYLOAD_DEPTH): string | null {
  let depth = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringProblemOrEnd(text, i + 1);
      if (typeof end === "string") return end;
      i = end;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return `Payload is nested deeper than ${maxDepth} levels.`;
      i++;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
      i++;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const end = numberEnd(text, i);
      if (!isStorableNumber(text, i, end)) return `Payload contains a number PostgreSQL cannot store: ${preview(text, i, end)}.`;
      i = end;
    } else if (c === 0) {
      return "Payload contains a NUL character.";
    } else {
      i++;
    }
  }
  return null;
}

const NUL_PROBLEM = "Payload contains a NUL character (\\u0000), which cannot be stored.";
const SURROGATE_PROBLEM = "Payload contains a lone UTF-16 surrogate (a broken character), which cannot be stored.";

/** From just after an opening quote: the index after the closing quote, or the problem found. */
function stringProblemOrEnd(text: string, from: number): number | string {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c /* \ */) {
      if (text.charCodeAt(i + 1) !== 0x75 /* u */) {
        i += 2;
        continue;
      }
      const code = hex4(text, i + 2);
      if (code === 0) return NUL_PROBLEM;
      if (code >= 0xd800 && code <= 0xdbff) {
        // A high surrogate is storable only as the first half of an escaped pair.
        const low = text.charCodeAt(i + 6) === 0x5c && text.charCodeAt(i + 7) === 0x75 ? hex4(text, i + 8) : -1;
        if (low < 0xdc00 || low > 0xdfff) return SURROGATE_PROBLEM;
        i += 12;
        continue;
      }
      if (code >= 0xdc00 && code <= 0xdfff) return SURROGATE_PROBLEM;
      i += 6;
      continue;
    }
    if (c === 0) return NUL_PROBLEM;
    if (c >= 0xd800 && c <= 0xdfff) {
      // Raw surrogates only reach us from a JS string (decoding UTF-8 bytes never yields one).
      const next = text.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return SURROGATE_PROBLEM;
      i += 2;
      continue;
    }
    i++;
  }
  return n;
}

/** The value of 4 hex digits at `at`, or -1 (JSON.parse then refuses the escape). */
function hex4(text: string, at: number): number {
  let value = 0;
  for (let k = at; k < at + 4; k++) {
    const c = text.charCodeAt(k);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function numberEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // Digits, sign, point and exponent: the token's characters (JSON.parse judges its grammar).
    if (isDigit(c) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45) i++;
    else break;
  }
  return i;
}

/** Whether `numeric` can hold the number token text[from, end) (the same arithmetic as PostgreSQL's numeric_in). */
function isStorableNumber(text: string, from: number, end: number): boolean {
  let i = text.charCodeAt(from) === 0x2d ? from + 1 : from;
  const intStart = i;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  const intEnd = i;
  let fracStart = i;
  let fracEnd = i;
  if (text.charCodeAt(i) === 0x2e && i < end) {
    fracStart = ++i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    fracEnd = i;
  }
  let exponent = 0;
  if (i < end && (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45)) {
    i++;
    const negative = text.charCodeAt(i) === 0x2d;
    if (negative || text.charCodeAt(i) === 0x2b) i++;
    while (i < end && text.charCodeAt(i) === 0x30) i++;
    // More than 7 significant exponent digits is beyond MAX_EXPONENT either way.
    if (end - i > 7) return false;
    exponent = end > i ? Number(text.slice(i, end)) : 0;
    if (!Number.isFinite(exponent) || exponent > MAX_EXPONENT) return false;
    if (negative) exponent = -exponent;
  }
  if (fracEnd - fracStart - exponent > NUMERIC_MAX_SCALE) return false;
  // Decimal position of the first non-zero digit (0 = units); a zero has none and any weight.
  for (let k = intStart; k < intEnd; k++) {
    if (text.charCodeAt(k) !== 0x30) return intEnd - k - 1 + exponent < NUMERIC_MAX_INTEGER_DIGITS;
  }
  for (let k = fracStart; k < fracEnd; k++) {
    if (text.charCodeAt(k) !== 0x30) return -(k - fracStart + 1) + exponent < NUMERIC_MAX_INTEGER_DIGITS;
  }
  return true;
}

function preview(text: string, from: number, end: number): string {
  return end - from > 40 ? `${text.slice(from, from + 20)}…${text.slice(end - 12, end)}` : text.slice(from, end);
}
