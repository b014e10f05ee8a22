"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the server page every `intervalMs` while something is being paid out, so states move without a reload. */
export function AutoRefresh({ active, intervalMs = 2_000 }: { active: boolean; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);
  return active ? (
    <p className="mb-2 text-xs text-slate-500" aria-live="polite">
      A payout is in progress; this page refreshes every {Math.round(intervalMs / 1000)} s.
    </p>
  ) : null;
}
