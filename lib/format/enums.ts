/**
 * Provider enum values as words (`CASH_AVAILABLE` → "Cash available"), keeping the raw value for a
 * tooltip or a support ticket. Words that a mechanical rewrite gets wrong live in WORDS; every
 * other value is de-snake-cased, which is readable and never hides that a value is new to us.
 */
const WORDS: Record<string, string> = {
  KYC: "KYC",
  AML: "AML",
  IBAN: "IBAN",
  ISIN: "ISIN",
  REAL_MONEY: "Real money",
  PAPER_MONEY: "Paper money",
  can_invest_high_yield: "Can invest in high-yield products",
  can_withdraw: "Can withdraw",
  INVESTSUITE: "InvestSuite",
  WISEALPHA: "WiseAlpha",
  CASHLINK: "Cashlink",
};

const ACRONYMS = new Set(["kyc", "aml", "iban", "isin", "id", "api", "eur", "usd", "gbp", "pep", "tin", "url"]);

/** The words for a provider's enum value; `overrides` lets an area name its own values. */
export function enumWords(value: string | null | undefined, overrides?: Readonly<Record<string, string>>): string {
  if (value === null || value === undefined || value === "") return "—";
  const named = overrides?.[value] ?? WORDS[value];
  if (named) return named;
  // A list shows the same few values on every row: the rewrite (three regular expressions) once per value.
  let words = rewritten.get(value);
  if (words === undefined) {
    words = rewrite(value);
    if (rewritten.size < MAX_REWRITTEN) rewritten.set(value, words);
  }
  return words;
}

/** Enum values are few; the cap only bounds what unexpected input could make it hold. */
const MAX_REWRITTEN = 2_000;
const rewritten = new Map<string, string>();

function rewrite(value: string): string {
  const words = value
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w.toLowerCase()));
  const sentence = words.join(" ");
  return sentence ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : value;
}

/** A yes/no provider flag as a sentence, e.g. ("can_withdraw", false) → "Can withdraw: no". */
export function flagWords(name: string, value: boolean | null | undefined, overrides?: Readonly<Record<string, string>>): string {
  const answer = value === null || value === undefined ? "unknown" : value ? "yes" : "no";
  return `${enumWords(name, overrides)}: ${answer}`;
}

/** A select's options for enum values: the value stays what the URL and the query carry, the label is its words. */
export function enumOptions(values: readonly string[], overrides?: Readonly<Record<string, string>>): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: enumWords(value, overrides) }));
}
