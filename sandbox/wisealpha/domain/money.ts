import Decimal from "decimal.js";

/**
 * Money helpers. The wire format is decimal strings (the seed's "Decimal" type);
 * inside we use decimal.js so no amount ever passes through a binary float.
 */
export const D = (value: Decimal.Value) => new Decimal(value);

/** Two decimal places, half-up: cash amounts. */
export const money = (value: Decimal.Value) => D(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** Four decimal places: prices as % of par ("101.5000"). */
export const price4 = (value: Decimal.Value) => D(value).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);

const DECIMAL_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads a Decimal field from a request. Accepts JSON strings and numbers (the seed's
 * own examples send `{"amount": 1000}`) and form fields; returns null when malformed.
 */
export function parseDecimal(input: unknown): Decimal | null {
  if (typeof input === "number" && Number.isFinite(input)) return D(String(input));
  if (typeof input === "string" && DECIMAL_RE.test(input.trim())) return D(input.trim());
  return null;
}

export const ZERO = D(0);
