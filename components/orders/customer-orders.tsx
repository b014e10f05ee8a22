"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { cancelCustomerOrdersAction } from "@/lib/actions/orders";
import type { BookEntryView } from "@/lib/orders/find-order-book";
import type { CancelResult } from "@/lib/orders/order-actions";

import { BookEntries } from "./book-entries";

/** A customer's live orders, with "cancel selected" or "cancel all" and a result line per order. */
export function CustomerOrders({ customerRef, orders, canTrade }: { customerRef: string; orders: BookEntryView[]; canTrade: boolean }) {
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<"selected" | "all" | null>(null);
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<CancelResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(which: "selected" | "all") {
    setConfirming(null);
    setRunning(true);
    setError(null);
    try {
      const answer = await cancelCustomerOrdersAction({ customerRef, ...(which === "selected" ? { orderIds: [...selected] } : {}) });
      if (answer?.data) setResults(answer.data.results);
      else setError(answer?.serverError ?? "Nothing was cancelled.");
    } catch {
      setError("The server could not be reached; nothing was recorded.");
    }
    setRunning(false);
    setSelected(new Set());
    router.refresh();
  }

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const count = confirming === "all" ? orders.length : selected.size;
  return (
    <div>
      {canTrade && (
        <div className="mb-2 flex flex-wrap items-center gap-2 text-sm" aria-label="Bulk cancel" role="group">
          <Button size="sm" variant="secondary" disabled={running || selected.size === 0} onClick={() => setConfirming("selected")}>
            Cancel selected ({selected.size})
          </Button>
          <Button size="sm" variant="danger" disabled={running || orders.length === 0} onClick={() => setConfirming("all")}>
            Cancel all ({orders.length})
          </Button>
          {confirming && (
            <>
              <span>Cancel {count} order(s) at WiseAlpha?</span>
              <Button size="sm" variant="danger" onClick={() => void run(confirming)}>
                Yes, cancel {count}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
                Back
              </Button>
            </>
          )}
          {running && <span aria-live="polite">Cancelling…</span>}
        </div>
      )}
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
      <BookEntries orders={orders} canTrade={canTrade} showProduct selection={canTrade ? { selected, toggle } : undefined} />
    </div>
  );
}
