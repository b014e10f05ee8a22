import Decimal from "decimal.js";

import type { Portfolio, PortfolioListItem } from "@/lib/providers/investsuite/transform";
import type { PortfolioColumn } from "@/lib/validations/portfolios";

/** What a list row (and a CSV line) shows of a portfolio; plain data, safe to send to the browser. */
export type PortfolioRow = {
  id: string;
  name: string;
  externalId: string | null;
  status: Portfolio["status"];
  baseCurrency: string;
  moneyType: Portfolio["money_type"];
  manager: Portfolio["config"]["manager"];
  createdAt: string;
  fundedSince: string | null;
  archived: boolean;
  deleted: boolean;
  owner: { id: string; name: string | null; email: string | null };
  /** Instruments held (non-zero ISIN positions) and cash per currency as exact decimal text. */
  holdings: { positions: number; cash: { currency: string; amount: string }[] };
};

type EmbeddedUser = { id: string; first_name?: unknown; last_name?: unknown; email?: unknown };

const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);

export function holdingsSummary(holdings: Record<string, string>): PortfolioRow["holdings"] {
  let positions = 0;
  const cash: { currency: string; amount: string }[] = [];
  for (const [key, amount] of Object.entries(holdings)) {
    // decimal.js, never a float: toFixed() writes the exact value without exponent notation.
    if (key.startsWith("$")) cash.push({ currency: key.slice(1), amount: new Decimal(amount).toFixed() });
    else if (!new Decimal(amount).isZero()) positions += 1;
  }
  cash.sort((a, b) => a.currency.localeCompare(b.currency));
  return { positions, cash };
}

export function toPortfolioRow(p: PortfolioListItem, embedded: Record<string, { id: string }>): PortfolioRow {
  const user = embedded[p.owned_by_user_id] as EmbeddedUser | undefined;
  const name = [text(user?.first_name), text(user?.last_name)].filter(Boolean).join(" ") || null;
  return {
    id: p.id,
    name: p.name,
    externalId: p.external_id ?? null,
    status: p.status,
    baseCurrency: p.base_currency,
    moneyType: p.money_type,
    manager: p.config.manager,
    createdAt: p.creation_datetime,
    fundedSince: p.funded_since ?? null,
    archived: p.archived ?? false,
    deleted: p.deleted,
    owner: { id: p.owned_by_user_id, name, email: text(user?.email) },
    holdings: holdingsSummary(p.portfolio),
  };
}

export function formatCash(holdings: PortfolioRow["holdings"]): string {
  return holdings.cash.map((c) => `${c.amount} ${c.currency}`).join("; ");
}

/** The row fields each list column's cell reads (components/portfolios/list/portfolio-columns.tsx). */
export const COLUMN_FIELDS = {
  name: ["name"],
  owner: ["owner"],
  status: ["status"],
  base_currency: ["baseCurrency"],
  money_type: ["moneyType"],
  manager: ["manager"],
  holdings: ["holdings"],
  external_id: ["externalId"],
  created: ["createdAt"],
  funded_since: ["fundedSince"],
} as const satisfies Record<PortfolioColumn, readonly Exclude<keyof PortfolioRow, "id">[]>;

/** A row as the list's table receives it: the id and the fields of the columns shown. */
export type PortfolioTableRow = Pick<PortfolioRow, "id"> & Partial<Omit<PortfolioRow, "id">>;

/**
 * What the page sends the table: only the fields its visible columns read (issue 19). The rows
 * travel to the browser once, as the client table's props; a hidden column's values, or the
 * CSV's archived/deleted flags, would only make that payload bigger.
 */
export function toTableRows(rows: readonly PortfolioRow[], columns: readonly PortfolioColumn[]): PortfolioTableRow[] {
  const fields = [...new Set(columns.flatMap((column) => COLUMN_FIELDS[column]))];
  return rows.map((row) => {
    const out: Record<string, unknown> = { id: row.id };
    for (const field of fields) out[field] = row[field];
    return out as PortfolioTableRow;
  });
}

/** A field a visible column reads; toTableRows sent it, so its absence is a bug worth a loud error. */
export function tableField<K extends Exclude<keyof PortfolioRow, "id">>(row: PortfolioTableRow, field: K): PortfolioRow[K] {
  const value = row[field];
  if (value === undefined) throw new Error(`portfolio row ${row.id}: ${field} was not sent to the table`);
  return value as PortfolioRow[K];
}
