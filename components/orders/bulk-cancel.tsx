"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { OutcomeList } from "@/components/ui/outcome-list";
import type { CancelResult } from "@/lib/orders/order-actions";

type CancelAnswer = { data?: { results: CancelResult[] }; serverError?: string } | undefined;

/** Cancels several orders through `cancel` (an action that answers a result per order), then clears the ticks and re-reads the page. */
export function useBulkCancel<I>(cancel: (input: I) => Promise<CancelAnswer>) {
  const router = useRouter();
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<CancelResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(input: I, clear: () => void) {
    setRunning(true);
    setError(null);
    try {
      const answer = await cancel(input);
      if (answer?.data) setResults(answer.data.results);
      else setError(answer?.serverError ?? "Nothing was cancelled.");
    } catch {
      setError("The server could not be reached; nothing was recorded.");
    }
    setRunning(false);
    clear();
    router.refresh();
  }
  return { running, results, error, run };
}

/** What a bulk cancel did: its error, or a line per order (cancelled, or why not). */
export function CancelResults({ results, error }: { results: CancelResult[] | null; error: string | null }) {
  const outcomes = results?.map((r) => ({ id: r.orderId, ok: r.ok, message: r.message })) ?? null;
  return <OutcomeList error={error} outcomes={outcomes} testId="cancel-results" />;
}
