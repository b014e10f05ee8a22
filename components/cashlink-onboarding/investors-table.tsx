"use client";

import { Badge } from "@/components/ui/badge";
import { column, dateColumn, linkColumn } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import type { CashlinkInvestorView } from "@/lib/providers/cashlink/transform";

export const InvestorsTable = listTable<CashlinkInvestorView>({
  label: "Cashlink investors",
  columns: [
    linkColumn("name", "Investor", (i) => ({ href: `/onboarding/cashlink-investors/${encodeURIComponent(i.id)}`, label: i.name })),
    column("email", "E-mail", (i) => i.email ?? "—"),
    column("kind", "Kind", (i) => (i.kind === "natural" ? "Natural person" : "Legal person")),
    column("kyc", "Identified", (i) =>
      i.isIdentified ? <Badge tone="good">Identified</Badge> : <Badge tone="warn">Not identified</Badge>,
    ),
    dateColumn("created", "Created", (i) => i.createdAt),
  ],
  testId: "cashlink-investors-table",
  rowTestId: "cashlink-investor-row",
  rowAttributes: (i) => ({ "data-investor-id": i.id }),
  empty: "No investors at Cashlink yet.",
  pagerNoun: "investor(s)",
});

export type { CashlinkInvestorView };
