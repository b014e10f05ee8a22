"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the server page while a deposit is on its way to InvestSuite, so its state moves without a reload. */
export function DepositAutoRefresh({ active, intervalMs = 2_000 }: { active: boolean; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);
  return active ? (
    <p className="mb-2 text-xs text-slate-600" aria-live="polite">
      A deposit is being sent to InvestSuite; this page refreshes every {Math.round(intervalMs / 1000)} s.
    </p>
  ) : null;
}
