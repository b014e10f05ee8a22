import Decimal from "decimal.js";

/** A JSON decimal as WiseAlpha writes money: "100.55", also ".25" (seed quote example). */
export const WIRE_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A wire Decimal or Float to an exact decimal string for decimal.js / Prisma Decimal.
 * Strings keep their digits ("100.0000" stays as sent; ".25" becomes "0.25"). Numbers
 * (the seed's Float type, e.g. accrued_interest_rate) are written out without exponent
 * from their shortest round-trip form: JSON.parse already made them doubles, so that is
 * the most exact text left, and it never picks up float noise like 0.30000000000000004.
 */
export function decimalFromWire(value: string | number): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return new Decimal(String(value)).toFixed();
  }
  const text = value.trim();
  if (!WIRE_DECIMAL.test(text)) throw new Error(`not a decimal: ${JSON.stringify(value)}`);
  const sign = text.startsWith("-") ? "-" : "";
  const unsigned = text.replace(/^[+-]/, "");
  const withZero = unsigned.startsWith(".") ? `0${unsigned}` : unsigned;
  return `${sign}${withZero.endsWith(".") ? withZero.slice(0, -1) : withZero}`;
}
