"use client";

import { column, dateColumn, enumColumn, linkColumn, numberColumn } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import { EnumText } from "@/components/ui/enum-text";
import type { UserPortfolioRow } from "@/lib/portfolios/investsuite-users";

export const UserPortfoliosTable = listTable<UserPortfolioRow>({
  label: "Portfolios of this user",
  columns: [
    linkColumn("name", "Portfolio", (p) => ({ href: `/portfolios/${p.id}`, label: p.name })),
    column("status", "Status", (p) => (p.deleted ? "Closed" : <EnumText value={p.status} />)),
    enumColumn("money", "Money type", (p) => p.moneyType),
    enumColumn("manager", "Manager", (p) => p.manager),
    column("currency", "Currency", (p) => p.baseCurrency),
    numberColumn("version", "Version", (p) => p.version),
    dateColumn("created", "Created", (p) => p.createdAt),
  ],
  testId: "user-portfolios",
  rowTestId: "user-portfolio-row",
  empty: "This user has no portfolio yet.",
  toolbar: false,
});
