"use client";

import { column, numberColumn } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import { Money } from "@/components/ui/money";
import type { CashlinkCampaignView } from "@/lib/providers/cashlink/transform";

const mono = { meta: { className: "font-mono text-xs" } };

/** Cashlink's campaigns: read-only through the API (set up by Cashlink), all of them. */
export const CampaignsTable = listTable<CashlinkCampaignView>({
  label: "Cashlink campaigns",
  columns: [
    column("name", "Campaign", (c) => c.name, { sortKey: "name" }),
    column("id", "Id", (c) => c.id, mono),
    column("product", "Product", (c) => c.productId ?? "—", mono),
    numberColumn("unitPrice", "Unit price", (c) =>
      c.unitPrice ? <Money amount={c.unitPrice.amount} currency={c.unitPrice.currency} /> : "—",
    ),
    numberColumn("units", "Units per investment", (c) => `${c.minUnits ?? "?"} – ${c.maxUnits ?? "?"}`),
  ],
  sorting: "client",
  testId: "campaigns-table",
  rowTestId: "campaign-row",
  rowAttributes: (c) => ({ "data-campaign-id": c.id }),
  empty: "Cashlink lists no campaign for our account.",
});
