import Link from "next/link";
import { tableFeatures, columnVisibilityFeature, type ColumnDef } from "@tanstack/react-table";

import type { PortfolioRow } from "@/lib/portfolios/portfolio-row";
import type { PortfolioColumn } from "@/lib/validations/portfolios";

import { PortfolioStatusBadge } from "./portfolio-status-badge";

export const features = tableFeatures({ columnVisibilityFeature });

export const COLUMN_LABELS: Record<PortfolioColumn, string> = {
  name: "Name",
  owner: "Owner",
  status: "Status",
  base_currency: "Currency",
  money_type: "Money",
  manager: "Manager",
  holdings: "Holdings",
  external_id: "External id",
  created: "Created (UTC)",
  funded_since: "Funded since",
};

const day = (iso: string | null) => (iso ? iso.slice(0, 16).replace("T", " ") : "—");

export const COLUMNS: ColumnDef<typeof features, PortfolioRow>[] = [
  {
    id: "name",
    header: COLUMN_LABELS.name,
    cell: ({ row }) => (
      <Link href={`/portfolios/${row.original.id}`} className="font-medium underline" data-testid="portfolio-link">
        {row.original.name}
      </Link>
    ),
  },
  {
    id: "owner",
    header: COLUMN_LABELS.owner,
    cell: ({ row }) => (
      <span className="flex flex-col text-xs">
        <span>{row.original.owner.name ?? "—"}</span>
        <span className="text-slate-500">{row.original.owner.email ?? row.original.owner.id}</span>
      </span>
    ),
  },
  { id: "status", header: COLUMN_LABELS.status, cell: ({ row }) => <PortfolioStatusBadge status={row.original.status} /> },
  {
    id: "base_currency",
    header: COLUMN_LABELS.base_currency,
    cell: ({ row }) => <span className="font-mono text-xs">{row.original.baseCurrency}</span>,
  },
  {
    id: "money_type",
    header: COLUMN_LABELS.money_type,
    cell: ({ row }) => <span className="text-xs">{row.original.moneyType === "REAL_MONEY" ? "real" : "paper"}</span>,
  },
  {
    id: "manager",
    header: COLUMN_LABELS.manager,
    cell: ({ row }) => <span className="text-xs">{row.original.manager.replaceAll("_", " ").toLowerCase()}</span>,
  },
  {
    id: "holdings",
    header: COLUMN_LABELS.holdings,
    cell: ({ row }) => (
      <span className="flex flex-col text-xs">
        <span>{row.original.holdings.positions} position(s)</span>
        {row.original.holdings.cash.map((c) => (
          <span key={c.currency} className="font-mono whitespace-nowrap">
            {c.amount} <span className="text-slate-500">{c.currency}</span>
          </span>
        ))}
      </span>
    ),
  },
  {
    id: "external_id",
    header: COLUMN_LABELS.external_id,
    cell: ({ row }) => <span className="font-mono text-xs">{row.original.externalId ?? "—"}</span>,
  },
  {
    id: "created",
    header: COLUMN_LABELS.created,
    cell: ({ row }) => <span className="font-mono text-xs whitespace-nowrap">{day(row.original.createdAt)}</span>,
  },
  {
    id: "funded_since",
    header: COLUMN_LABELS.funded_since,
    cell: ({ row }) => <span className="font-mono text-xs whitespace-nowrap">{day(row.original.fundedSince)}</span>,
  },
];
