"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { cancelCustomerOrdersAction } from "@/lib/actions/orders";
import type { BookEntryView } from "@/lib/orders/find-order-book";

import { BookEntries } from "./book-entries";
import { CancelResults, useBulkCancel } from "./bulk-cancel";

/** A customer's live orders, with "cancel selected" or "cancel all" and a result line per order. */
export function CustomerOrders({ customerRef, orders, canTrade }: { customerRef: string; orders: BookEntryView[]; canTrade: boolean }) {
  const { running, results, error, run: cancel } = useBulkCancel(cancelCustomerOrdersAction);
  const run = (orderIds: string[] | null, clear: () => void) => cancel({ customerRef, ...(orderIds ? { orderIds } : {}) }, clear);

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
      <CancelResults results={results} error={error} />
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
