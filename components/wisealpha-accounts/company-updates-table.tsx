"use client";

import { Badge } from "@/components/ui/badge";
import { column, dateColumn, enumColumn } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import { EnumText } from "@/components/ui/enum-text";
import type { CompanyUpdateRow } from "@/lib/wisealpha-accounts/company-updates";

const TONES: Record<string, "bad" | "warn" | "neutral"> = { HIGH: "bad", MEDIUM: "warn", LOW: "neutral" };

/** The issuer's company updates, as WiseAlpha lists them. */
export const CompanyUpdatesTable = listTable<CompanyUpdateRow>({
  label: "Company updates",
  columns: [
    dateColumn("publishedAt", "Published", (r) => r.publishedAt),
    column("title", "Update", (r) =>
      r.url ? (
        <a className="underline" href={r.url} target="_blank" rel="noreferrer noopener">
          {r.title}
        </a>
      ) : (
        r.title
      ),
    ),
    enumColumn("type", "Type", (r) => r.type),
    column("priority", "Priority", (r) => <Badge tone={TONES[r.priority] ?? "neutral"}>{r.priority.toLowerCase()}</Badge>),
    column("source", "Source", (r) => r.source ?? <EnumText value={r.provider} />),
  ],
  toolbar: false,
  empty: "No company updates for this issuer.",
  testId: "company-updates-table",
  rowTestId: "company-update-row",
});
