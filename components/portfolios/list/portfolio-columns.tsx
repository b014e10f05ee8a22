"use client";

import Link from "next/link";

import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import { useFormatPrefs } from "@/components/ui/format-provider";
import { Money } from "@/components/ui/money";
import { formatCalendarDay, formatUtc } from "@/lib/format/dates";
import { tableField as field, type PortfolioTableRow } from "@/lib/portfolios/portfolio-row";
import type { PortfolioColumn } from "@/lib/validations/portfolios";

import { PortfolioStatusBadge } from "./portfolio-status-badge";

export const COLUMN_LABELS: Record<PortfolioColumn, string> = {
  name: "Name",
  owner: "Owner",
  status: "Status",
  base_currency: "Currency",
  money_type: "Money",
  manager: "Manager",
  holdings: "Holdings",
  external_id: "External id",
  created: "Created",
  funded_since: "Funded since",
};

/** A day without a time (InvestSuite's funded_since) stays that day in every zone; a moment is shown in the person's zone. */
function DayOrMoment({ value }: { value: string | null }) {
  const { locale } = useFormatPrefs();
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return <span className="whitespace-nowrap tabular-nums">{formatCalendarDay(value, locale)}</span>;
  return <DateTime value={value} />;
}

/** One formatter per zone, made once: an Intl.DateTimeFormat costs far more to build than to use, and a page has 100 rows. */
const yearFirst = new Map<string, Intl.DateTimeFormat>();

function yearFirstFormat(timeZone: string): Intl.DateTimeFormat {
  let format = yearFirst.get(timeZone);
  if (!format) {
    // Swedish short style is ISO-ordered ("2026-12-07 10:12"): the one Intl locale that writes year first with a time.
    format = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" });
    yearFirst.set(timeZone, format);
  }
  return format;
}

/**
 * A moment in the person's zone written year first ("2026-12-07 10:12"): a column people scan
 * for order reads top to bottom like the sort it shows. UTC on hover.
 */
function SortableMoment({ value }: { value: string }) {
  const { timeZone } = useFormatPrefs();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <>{value}</>;
  const text = yearFirstFormat(timeZone).format(date);
  return (
    <time dateTime={date.toISOString()} title={formatUtc(value) ?? undefined} className="whitespace-nowrap tabular-nums">
      {text}
    </time>
  );
}

export const COLUMNS: DataTableColumn<PortfolioTableRow>[] = [
  {
    id: "name",
    header: COLUMN_LABELS.name,
    cell: ({ row }) => (
      <Link href={`/portfolios/${row.original.id}`} className="font-medium underline" data-testid="portfolio-link">
        {field(row.original, "name")}
      </Link>
    ),
  },
  {
    id: "owner",
    header: COLUMN_LABELS.owner,
    cell: ({ row }) => {
      const owner = field(row.original, "owner");
      return (
        <span className="flex max-w-44 flex-col text-xs">
          <span className="truncate">{owner.name ?? "—"}</span>
          {/* Long addresses are cut to keep the list usable at 1024 px; the whole one is on hover. */}
          <span className="truncate text-slate-600" title={owner.email ?? owner.id}>
            {owner.email ?? owner.id}
          </span>
        </span>
      );
    },
  },
  { id: "status", header: COLUMN_LABELS.status, cell: ({ row }) => <PortfolioStatusBadge status={field(row.original, "status")} /> },
  {
    id: "base_currency",
    header: COLUMN_LABELS.base_currency,
    meta: { className: "font-mono text-xs" },
    cell: ({ row }) => field(row.original, "baseCurrency"),
  },
  {
    id: "money_type",
    header: COLUMN_LABELS.money_type,
    meta: { className: "text-xs" },
    // Short on purpose: the list is scanned; the raw value is on hover.
    cell: ({ row }) => {
      const moneyType = field(row.original, "moneyType");
      return <span title={moneyType}>{moneyType === "REAL_MONEY" ? "real" : "paper"}</span>;
    },
  },
  {
    id: "manager",
    header: COLUMN_LABELS.manager,
    meta: { className: "text-xs" },
    cell: ({ row }) => <EnumText value={field(row.original, "manager")} />,
  },
  {
    id: "holdings",
    header: COLUMN_LABELS.holdings,
    meta: { numeric: true, className: "text-xs" },
    cell: ({ row }) => {
      const holdings = field(row.original, "holdings");
      return (
        <span className="flex flex-col items-end">
          <span>{holdings.positions} position(s)</span>
          {holdings.cash.map((c) => (
            <Money key={c.currency} amount={c.amount} currency={c.currency} />
          ))}
        </span>
      );
    },
  },
  {
    id: "external_id",
    header: COLUMN_LABELS.external_id,
    meta: { className: "font-mono text-xs" },
    cell: ({ row }) => field(row.original, "externalId") ?? "—",
  },
  {
    id: "created",
    header: COLUMN_LABELS.created,
    meta: { className: "text-xs" },
    cell: ({ row }) => <SortableMoment value={field(row.original, "createdAt")} />,
  },
  {
    id: "funded_since",
    header: COLUMN_LABELS.funded_since,
    meta: { className: "text-xs" },
    cell: ({ row }) => <DayOrMoment value={field(row.original, "fundedSince")} />,
  },
];
