import Decimal from "decimal.js";

/**
 * Money is kept as decimal strings in state and only becomes a JSON *number* when
 * serialised, written from the decimal text so no float ever touches the value
 * (Node 20 has no JSON.rawJSON). The marker survives JSON.stringify as a string and is
 * then unwrapped; the NUL characters make a collision with user text practically impossible.
 */
const MARK = "\u0000DEC\u0000";
const MARK_JSON = JSON.stringify(MARK).slice(1, -1);
const UNWRAP = new RegExp(`"${escapeRegExp(MARK_JSON)}(-?[0-9.]+(?:e[+-]?[0-9]+)?)${escapeRegExp(MARK_JSON)}"`, "g");

export class JsonDecimal {
  constructor(readonly text: string) {}
  toJSON() {
    return `${MARK}${this.text}${MARK}`;
  }
}

/** Wraps a stored decimal string (or null) so it is serialised as a JSON number. */
export function asJsonNumber(value: string | null | undefined): JsonDecimal | null | undefined {
  if (value === null || value === undefined) return value;
  return new JsonDecimal(new Decimal(value).toString());
}

export function stringifyWithDecimals(payload: unknown): string {
  return JSON.stringify(payload).replace(UNWRAP, "$1");
}

/**
 * Canonical decimal text for an incoming JSON number or numeric string. Numbers arrive
 * already parsed by JSON.parse; String() gives their shortest round-trip text, which equals
 * the sent literal for up to 15 significant digits.
 */
export function toDecimalText(value: number | string): string {
  return new Decimal(typeof value === "number" ? String(value) : value.trim()).toString();
}

export const FULL_WITHDRAWAL = new Decimal("1e100");

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
