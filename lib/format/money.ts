import DecimalBase from "decimal.js";

// Arithmetic here (totals) must not round at decimal.js's default 20 significant digits.
const Decimal = DecimalBase.clone({ precision: 1000 });
type Decimal = DecimalBase;
export type DecimalValue = DecimalBase.Value;

/**
 * Money as people read it, from the decimal strings we keep on the wire and in the database.
 *
 * Never through a JS number: a float cannot hold 20 decimals (or 17 integer digits) exactly. The
 * amount is rounded with decimal.js, split into integer and fraction digits, and only the
 * locale's symbols come from Intl: the integer digits are grouped by formatting them as a BigInt
 * (exact at any size), the decimal separator, minus sign and currency placement are read from
 * `formatToParts` of a template number. Intl.NumberFormat's own string input would also be exact
 * in current engines, but caps fraction digits and is not guaranteed by older runtimes, so we do
 * not depend on it.
 */

/** ISO 4217 minor units that are not 2 (the default for every other code, and for unknown ones). */
const MINOR_UNITS: Record<string, number> = {
  // 0 decimals
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0,
  XAF: 0, XOF: 0, XPF: 0,
  // 3 decimals
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  // 4 decimals
  CLF: 4, UYW: 4,
}; // prettier-ignore

/** InvestSuite's "withdraw everything" marker: a flag, not an amount. */
export const FULL_WITHDRAWAL_MARKER = new Decimal("1e100");
export const FULL_WITHDRAWAL_WORDS = "Full balance";

export const DEFAULT_LOCALE = "en-GB";

export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency.toUpperCase()] ?? 2;
}

export function isFullWithdrawalMarker(amount: DecimalValue): boolean {
  try {
    return new Decimal(amount).eq(FULL_WITHDRAWAL_MARKER);
  } catch {
    return false;
  }
}

export type MoneyDisplay = "symbol" | "code" | "none";

export type FormatMoneyOptions = {
  locale?: string;
  /** "minor" (default) rounds half-up to the currency's minor units; "full" keeps every digit given. */
  precision?: "minor" | "full";
  /** Currency shown as symbol (€), ISO code (EUR) or not at all (a column that names it in the header). */
  display?: MoneyDisplay;
};

/** `amount` formatted, or null when it is not a decimal number (the caller shows the raw text). */
export function formatMoney(amount: DecimalValue, currency: string, options: FormatMoneyOptions = {}): string | null {
  let value: Decimal;
  try {
    value = new Decimal(amount);
  } catch {
    return null;
  }
  if (!value.isFinite()) return null;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const minor = minorUnits(currency);
  const digits = options.precision === "full" ? Math.max(minor, value.decimalPlaces(), givenDecimals(amount)) : minor;
  const fixed = value.abs().toFixed(digits, DecimalBase.ROUND_HALF_UP);
  const [integer = "0", fraction = ""] = fixed.split(".");
  // "-0.00" after rounding reads as a debt of nothing: no sign then.
  const negative = value.isNegative() && !new Decimal(fixed).isZero();
  return assemble(locale, currency.toUpperCase(), options.display ?? "symbol", { negative, integer, fraction });
}

/** Display text, full-precision text and whether it is the full-withdrawal marker: what <Money> renders. */
export function describeMoney(amount: DecimalValue, currency: string, options: Omit<FormatMoneyOptions, "precision"> = {}) {
  const raw = `${String(amount)} ${currency}`;
  if (isFullWithdrawalMarker(amount)) return { text: FULL_WITHDRAWAL_WORDS, full: `${FULL_WITHDRAWAL_WORDS} (${raw})`, marker: true };
  const text = formatMoney(amount, currency, options);
  if (text === null) return { text: raw, full: raw, marker: false };
  return { text, full: formatMoney(amount, currency, { ...options, precision: "full" }) ?? raw, marker: false };
}

/** Sums decimal strings per currency exactly, e.g. for a bulk approval's totals. Marker amounts are skipped and counted. */
export function totalsByCurrency(items: readonly { amount: DecimalValue; currency: string }[]) {
  const totals = new Map<string, { total: Decimal; count: number; fullBalances: number }>();
  for (const item of items) {
    const entry = totals.get(item.currency) ?? { total: new Decimal(0), count: 0, fullBalances: 0 };
    entry.count += 1;
    if (isFullWithdrawalMarker(item.amount)) entry.fullBalances += 1;
    else entry.total = entry.total.plus(item.amount);
    totals.set(item.currency, entry);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, e]) => ({ currency, total: e.total.toFixed(), count: e.count, fullBalances: e.fullBalances }));
}

/** Fraction digits as written ("1.50" → 2): full precision shows what the provider sent, trailing zeros too. */
function givenDecimals(amount: DecimalValue): number {
  const match = typeof amount === "string" ? /^[+-]?\d*\.(\d+)$/.exec(amount.trim()) : null;
  return match?.[1]?.length ?? 0;
}

type Parts = { negative: boolean; integer: string; fraction: string };

const templates = new Map<string, Intl.NumberFormatPart[]>();

function template(locale: string, currency: string, display: MoneyDisplay): Intl.NumberFormatPart[] {
  const key = `${locale}|${currency}|${display}`;
  let parts = templates.get(key);
  if (!parts) {
    const format = validCurrency(currency)
      ? new Intl.NumberFormat(locale, {
          style: display === "none" ? "decimal" : "currency",
          currency,
          currencyDisplay: display === "code" ? "code" : "symbol",
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        })
      : new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    parts = format.formatToParts(-1234.5);
    // A code Intl does not know (a fund unit, say) still names its currency, after the number.
    if (!validCurrency(currency) && display !== "none")
      parts = [...parts, { type: "literal", value: "\u00a0" }, { type: "currency", value: currency }];
    templates.set(key, parts);
  }
  return parts;
}

function validCurrency(currency: string): boolean {
  return /^[A-Z]{3}$/.test(currency);
}

/**
 * One grouping formatter per locale, made once: building an Intl.NumberFormat costs far more than
 * formatting with it, and a list renders two per amount (text and full precision), a few hundred a page.
 */
const groupings = new Map<string, Intl.NumberFormat>();

function grouping(locale: string): Intl.NumberFormat {
  let format = groupings.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: true });
    groupings.set(locale, format);
  }
  return format;
}

function assemble(locale: string, currency: string, display: MoneyDisplay, parts: Parts): string {
  const grouped = grouping(locale).format(BigInt(parts.integer));
  let out = "";
  let integerWritten = false;
  for (const part of template(locale, currency, display)) {
    switch (part.type) {
      case "integer":
      case "group":
        if (!integerWritten) out += grouped;
        integerWritten = true;
        break;
      case "decimal":
        if (parts.fraction) out += part.value;
        break;
      case "fraction":
        out += parts.fraction;
        break;
      case "minusSign":
        if (parts.negative) out += part.value;
        break;
      case "literal":
        // Accounting-style locales wrap negatives in literals; our template is always negative,
        // so a literal that only brackets the sign is dropped for positive amounts.
        if (parts.negative || !/^[()]$/.test(part.value)) out += part.value;
        break;
      default:
        out += part.value;
    }
  }
  return out.trim();
}
