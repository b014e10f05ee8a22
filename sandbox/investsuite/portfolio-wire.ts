import Decimal from "decimal.js";

import { asJsonNumber } from "./decimal-json";
import { HOLDING_KEY, MONEY_SETTINGS } from "./portfolio-schema";
import { METADATA_FIELDS, type Portfolio } from "./state";

/** The portfolio as the API returns it: money written as JSON numbers from its decimal text. */
export function portfolioToWire(p: Portfolio): Record<string, unknown> {
  const settings = withMoneySettings(p, MONEY_SETTINGS, asJsonNumber);
  return { ...p, config: { ...p.config, manager_settings: settings }, portfolio: withMoneyHoldings(p, "all", asJsonNumber), _embedded: {} };
}

/**
 * What a `query=` filter evaluates for portfolios: the portfolio as a client sees it on the
 * wire, where money is a JSON number, not the stored decimal text. Filtering the stored text
 * made a quoted amount compare as text (`divest_amount eq '600.50'` missed "600.5",
 * `eq '600*'` matched). Money becomes a decimal.js `Decimal`, which the query library treats
 * as a number exactly like a JSON number but without a float's rounding
 * (`18.780000000000000001` stays > 18.78).
 *
 * It runs on 5,000 portfolios per request, so it is built from the fields the query reads
 * (filter and orderby): null when they reach no money (the stored portfolio reads the same);
 * otherwise a mapper that returns the stored portfolio when it has none of that money (most
 * have no pending divest_amount), and else a view holding only the top-level fields the query
 * reads, shared with the stored portfolio except for the converted money.
 */
export function portfolioQueryView(fields: readonly string[]): ((p: Portfolio) => Record<string, unknown>) | null {
  const settings = MONEY_SETTINGS.filter((key) => reads(fields, `config.manager_settings.${key}`));
  const holdings: HoldingKeys = fields.includes("portfolio")
    ? "all"
    : fields.filter((field) => field.startsWith("portfolio.")).map((field) => field.slice("portfolio.".length));
  if (settings.length === 0 && holdings.length === 0) return null;
  const topLevel = [...new Set(fields.map((field) => field.split(".")[0] ?? field))];
  return (p) => {
    const source = p.config.manager_settings;
    const hasSettings = settings.some((key) => source[key] !== null && source[key] !== undefined);
    const hasHoldings = holdings === "all" ? Object.keys(p.portfolio).length > 0 : holdings.some((key) => Object.hasOwn(p.portfolio, key));
    if (!hasSettings && !hasHoldings) return p;
    const view: Record<string, unknown> = {};
    for (const key of topLevel) if (Object.hasOwn(p, key)) view[key] = p[key as keyof Portfolio];
    if (hasSettings) view.config = { ...p.config, manager_settings: withMoneySettings(p, settings, toExactNumber) };
    if (hasHoldings) view.portfolio = withMoneyHoldings(p, holdings, toExactNumber);
    return view;
  };
}

/** Holding keys to convert: all of them, or (for the query view) only those a query names. */
type HoldingKeys = "all" | readonly string[];

/*
 * The wire and the query view take their money fields from these two helpers, so both always
 * agree on what is money. Missing money stays missing, null stays null.
 */

/** `manager_settings` with the money settings in `keys` passed through `money`. */
function withMoneySettings(p: Portfolio, keys: readonly string[], money: (text: string) => unknown): Record<string, unknown> {
  const settings: Record<string, unknown> = { ...p.config.manager_settings };
  for (const key of keys) {
    const value = settings[key];
    if (value !== null && value !== undefined) settings[key] = money(value as string);
  }
  return settings;
}

/** The holdings passed through `money`: all, or only the named ones (the others left out). */
function withMoneyHoldings(p: Portfolio, keys: HoldingKeys, money: (text: string) => unknown): Record<string, unknown> {
  if (keys === "all") return Object.fromEntries(Object.entries(p.portfolio).map(([k, v]) => [k, money(v)]));
  const holdings: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(p.portfolio, key)) holdings[key] = money(p.portfolio[key] as string);
  return holdings;
}

/** Stored decimal text as an exact number for the query library: the same value the wire writes, no float. */
const toExactNumber = (text: string) => new Decimal(text);

/** Whether a query field reads `path` itself or an object containing it (`config`, `config.manager_settings`). */
const reads = (fields: readonly string[], path: string) => fields.some((field) => field === path || path.startsWith(`${field}.`));

const TOP_LEVEL = new Set<string>([
  ...METADATA_FIELDS,
  "name",
  "owned_by_user_id",
  "base_currency",
  "money_type",
  "config",
  "brokerage_account",
  "owned_by_user_ids",
  "portfolio",
  "snapshot_datetime",
  "archived",
  "funded_since",
  "status",
]);
const SETTINGS = new Set([
  "broker_provider",
  "active",
  "tags",
  "background_image",
  "background_color",
  "commission_profile",
  "policy_id",
  "goal_id",
  "horizon_id",
  "risk_profile_id",
  "proposed_risk_profile_id",
  "risk_profile_score",
  "suitability_profile_id",
  "divest_amount",
  "start_amount",
  "recurring_deposit_amount",
  "end_datetime",
  "optimization_cooldown_end",
]);
/** A brokerage account's fields: what a query may name, and what a stored account always has (null where not given). */
export const BROKERAGE_FIELDS = [
  "brokerage_portfolio_id",
  "brokerage_user_id",
  "bank_account_type",
  "bank_account_number",
  "bank_id",
  "payment_reference",
] as const;
const BROKERAGE = new Set<string>(BROKERAGE_FIELDS);

/** Field paths a portfolio query may name; anything else is a 400 rather than "no results". */
export function isKnownPortfolioField(field: string): boolean {
  const [head, ...rest] = field.split(".");
  if (!head || !TOP_LEVEL.has(head)) return false;
  if (rest.length === 0) return true;
  const sub = rest.join(".");
  if (head === "config") {
    if (sub === "manager" || sub === "manager_version" || sub === "manager_settings") return true;
    return rest[0] === "manager_settings" && rest.length === 2 && SETTINGS.has(rest[1] ?? "");
  }
  if (head === "brokerage_account") return BROKERAGE.has(sub);
  if (head === "portfolio") return HOLDING_KEY.test(sub);
  return false;
}
