"use client";

import { column, dateColumn } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import type { CashlinkWalletView } from "@/lib/providers/cashlink/transform";

const TYPE_WORDS: Record<string, string> = { "eth-generic": "Generic (external)", "eth-managed": "Managed by Cashlink" };

export const WalletsTable = listTable<CashlinkWalletView>({
  label: "Wallets",
  columns: [
    column("type", "Type", (w) => TYPE_WORDS[w.type] ?? w.type),
    column("address", "Address", (w) => w.address ?? "—", { meta: { className: "font-mono text-xs break-all" } }),
    column("receiving", "Receiving", (w) => (w.receivingEnabled ? "Enabled" : "Disabled")),
    dateColumn("created", "Added", (w) => w.createdAt),
  ],
  testId: "wallets-table",
  rowTestId: "wallet-row",
  empty: "No wallet yet. An investment is delivered to a wallet, so add one before delivery.",
});
