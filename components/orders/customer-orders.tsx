"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { cancelCustomerOrdersAction } from "@/lib/actions/orders";
import type { BookEntryView } from "@/lib/orders/find-order-book";
import type { CancelResult } from "@/lib/orders/order-actions";

import { BookEntries } from "./book-entries";

/** A customer's live orders, with "cancel selected" or "cancel all" and a result line per order. */
export function CustomerOrders({ customerRef, orders, canTrade }: { customerRef: string; orders: BookEntryView[]; canTrade: boolean }) {
  const router = useRouter();
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<CancelResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(orderIds: string[] | null, clear: () => void) {
    setRunning(true);
    setError(null);
    try {
      const answer = await cancelCustomerOrdersAction({ customerRef, ...(orderIds ? { orderIds } : {}) });
      if (answer?.data) setResults(answer.data.results);
      else setError(answer?.serverError ?? "Nothing was cancelled.");
    } catch {
      setError("The server could not be reached; nothing was recorded.");
    }
    setRunning(false);
    clear();
    router.refresh();
  }

  const bulk = (selected: BookEntryView[], clear: () => void) => (
    <div className="flex flex-wrap items-center gap-2 text-sm" aria-label="Bulk cancel" role="group">
      <CancelButton
        count={selected.length}
        label="Cancel selected"
        disabled={running}
        onConfirm={() =>
          run(
            selected.map((o) => o.id),
            clear,
          )
        }
        variant="secondary"
      />
      <CancelButton count={orders.length} label="Cancel all" disabled={running} onConfirm={() => run(null, clear)} variant="danger" />
      {running && <span aria-live="polite">Cancelling…</span>}
    </div>
  );

  return (
    <div>
      {error && (
        <p role="alert" className="mb-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {results && (
        <ul className="mb-2 space-y-0.5 text-xs" data-testid="cancel-results">
          {results.map((r) => (
            <li key={r.orderId} className={r.ok ? "text-emerald-800" : "text-red-800"}>
              <span className="font-mono">{r.orderId}</span>: {r.message}
            </li>
          ))}
        </ul>
      )}
      <BookEntries
        orders={orders}
        canTrade={canTrade}
        showProduct
        selection={canTrade ? { rowLabel: (o) => `Select order ${o.id}`, allLabel: "Select every order", actions: bulk } : undefined}
      />
    </div>
  );
}

function CancelButton(props: { count: number; label: string; disabled: boolean; onConfirm: () => void; variant: "secondary" | "danger" }) {
  return (
    <ConfirmDialog
      title={`Cancel ${props.count} order(s) at WiseAlpha?`}
      description="Reserved money goes back to the wallet for buys; the principal of sells is unlocked."
      confirmLabel={`Yes, cancel ${props.count}`}
      cancelLabel="Back"
      tone="danger"
      onConfirm={props.onConfirm}
      trigger={
        <Button size="sm" variant={props.variant} disabled={props.disabled || props.count === 0}>
          {props.label} ({props.count})
        </Button>
      }
    />
  );
}
