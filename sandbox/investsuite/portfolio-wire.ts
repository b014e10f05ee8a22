import { asJsonNumber } from "./decimal-json";
import { HOLDING_KEY, MONEY_SETTINGS } from "./portfolio-schema";
import type { Portfolio } from "./state";

/** The portfolio as the API returns it: money written as JSON numbers from its decimal text. */
export function portfolioToWire(p: Portfolio): Record<string, unknown> {
  const settings: Record<string, unknown> = { ...p.config.manager_settings };
  for (const key of MONEY_SETTINGS) if (key in settings) settings[key] = asJsonNumber(settings[key] as string | null);
  const holdings = Object.fromEntries(Object.entries(p.portfolio).map(([k, v]) => [k, asJsonNumber(v)]));
  return { ...p, config: { ...p.config, manager_settings: settings }, portfolio: holdings, _embedded: {} };
}

const TOP_LEVEL = new Set([
  "id", "external_id", "readable_by", "modifiable_by", "creation_datetime", "version", "version_datetime",
  "version_authored_by_user_id", "deleted", "name", "owned_by_user_id", "base_currency", "money_type", "config",
  "brokerage_account", "owned_by_user_ids", "portfolio", "snapshot_datetime", "archived", "funded_since", "status",
]);
const SETTINGS = new Set([
  "broker_provider", "active", "tags", "background_image", "background_color", "commission_profile", "policy_id",
  "goal_id", "horizon_id", "risk_profile_id", "proposed_risk_profile_id", "risk_profile_score", "suitability_profile_id",
  "divest_amount", "start_amount", "recurring_deposit_amount", "end_datetime", "optimization_cooldown_end",
]);
const BROKERAGE = new Set(["brokerage_portfolio_id", "brokerage_user_id", "bank_account_type", "bank_account_number", "bank_id", "payment_reference"]);

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
