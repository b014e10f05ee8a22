import Decimal from "decimal.js";

import { isFullWithdrawal, type ManagerSettings } from "@/lib/providers/investsuite/transform";

/** One line of the holdings table. Amounts are exact decimal text (decimal.js), never floats. */
export type HoldingRow =
  { key: string; kind: "cash"; currency: string; amount: string } | { key: string; kind: "instrument"; isin: string; quantity: string };

/** Cash (`$CCY`) first, by currency, then instruments by ISIN; zero positions are kept, they are what the provider holds. */
export function holdingRows(holdings: Record<string, string>): HoldingRow[] {
  const rows: HoldingRow[] = Object.entries(holdings).map(([key, amount]) =>
    key.startsWith("$")
      ? { key, kind: "cash", currency: key.slice(1), amount: new Decimal(amount).toFixed() }
      : { key, kind: "instrument", isin: key, quantity: new Decimal(amount).toFixed() },
  );
  return rows.sort((a, b) => (a.kind === b.kind ? a.key.localeCompare(b.key) : a.kind === "cash" ? -1 : 1));
}

/** `divest_amount` as a person reads it: 1e100 is InvestSuite's "everything" flag, not an amount. */
export function formatDivestAmount(amount: string | null | undefined, currency: string): string {
  if (amount == null) return "None requested";
  if (isFullWithdrawal(amount)) return "Full withdrawal";
  return `${new Decimal(amount).toFixed()} ${currency}`;
}

export type SettingRow = { key: string; label: string; value: string };

/** Seed 002's manager settings in the order a reviewer reads them; unknown future keys are not shown. */
const LABELS: [keyof ManagerSettings, string][] = [
  ["active", "Active (not blocked)"],
  ["policy_id", "Policy"],
  ["goal_id", "Goal"],
  ["horizon_id", "Horizon"],
  ["risk_profile_id", "Risk profile"],
  ["proposed_risk_profile_id", "Proposed risk profile"],
  ["risk_profile_score", "Risk profile score"],
  ["suitability_profile_id", "Suitability profile"],
  ["divest_amount", "Divest amount (withdrawal requested)"],
  ["start_amount", "Start amount"],
  ["recurring_deposit_amount", "Recurring deposit"],
  ["end_datetime", "End"],
  ["optimization_cooldown_end", "Optimization cooldown until"],
  ["broker_provider", "Broker provider"],
  ["commission_profile", "Commission profile"],
  ["tags", "Tags"],
];

const MONEY = new Set<keyof ManagerSettings>(["start_amount", "recurring_deposit_amount"]);

export function describeManagerSettings(settings: ManagerSettings, currency: string): SettingRow[] {
  const rows: SettingRow[] = [];
  for (const [key, label] of LABELS) {
    const value = settings[key];
    // A key the provider did not send does not apply to this manager (robo-only settings on a self-investor portfolio).
    if (value === undefined) continue;
    let text: string;
    if (key === "divest_amount") text = formatDivestAmount(value as string | null, currency);
    else if (value === null) text = "—";
    else if (MONEY.has(key)) text = `${new Decimal(value as string).toFixed()} ${currency}`;
    else if (typeof value === "boolean") text = value ? "Yes" : "No";
    else if (Array.isArray(value)) text = value.length ? value.join(", ") : "—";
    else text = String(value);
    rows.push({ key, label, value: text });
  }
  return rows;
}
