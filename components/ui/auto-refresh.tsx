"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the server page every `intervalMs` while work is under way (a deposit being sent, a
 * payout in progress), so states move without a reload; says so while it does.
 */
export function AutoRefresh({ active, activity, intervalMs = 2_000 }: { active: boolean; activity: string; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);
  return active ? (
    <p className="mb-2 text-xs text-slate-600" aria-live="polite">
      {activity}; this page refreshes every {Math.round(intervalMs / 1000)} s.
    </p>
  ) : null;
}
