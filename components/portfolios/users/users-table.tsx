"use client";

import { dateColumn, enumColumn, linkColumn, monoColumn, column } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import type { InvestSuiteUserRow } from "@/lib/portfolios/investsuite-users";

export const InvestSuiteUsersTable = listTable<InvestSuiteUserRow>({
  label: "InvestSuite users",
  columns: [
    linkColumn("name", "Name", (u) => ({ href: `/portfolios/users/${u.id}`, label: u.name ?? "(no name)" })),
    column("email", "E-mail", (u) => u.email ?? "—"),
    monoColumn("external", "Bank customer no.", (u) => u.externalId ?? "—"),
    enumColumn("status", "Status", (u) => u.status),
    monoColumn("id", "InvestSuite id", (u) => u.id),
    dateColumn("created", "Created", (u) => u.createdAt),
  ],
  testId: "investsuite-users",
  rowTestId: "investsuite-user-row",
  empty: "No InvestSuite user matches this search.",
  pagerNoun: "user(s)",
});
