"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Button } from "@/components/ui/button";
import { cancelOrdersAction } from "@/lib/actions/orders-to-confirm";
import type { BookEntryView } from "@/lib/orders/find-order-book";
import type { CancelResult } from "@/lib/orders/order-actions";

import { BookEntries } from "./book-entries";

/** Re-reads the list this often, so a re-price shows here within seconds. */
const REFRESH_MS = 3_000;

/** Every customer's re-priced orders: confirm or cancel in place, or cancel the ticked ones with a result per order. */
export function OrdersToConfirm({ orders, canTrade }: { orders: BookEntryView[]; canTrade: boolean }) {
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<CancelResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

  async function run() {
    setConfirming(false);
    setRunning(true);
    setError(null);
    try {
      const answer = await cancelOrdersAction({ orderIds: [...selected] });
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
  return (
    <div>
      {canTrade && (
        <div className="mb-2 flex flex-wrap items-center gap-2 text-sm" aria-label="Bulk cancel" role="group">
          <Button size="sm" variant="secondary" disabled={running || selected.size === 0} onClick={() => setConfirming(true)}>
            Cancel selected ({selected.size})
          </Button>
          {confirming && (
            <>
              <span>Cancel {selected.size} order(s) at WiseAlpha?</span>
              <Button size="sm" variant="danger" onClick={() => void run()}>
                Yes, cancel {selected.size}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
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
