"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { QueryProvider } from "@/components/providers/query-provider";

/**
 * Polls a version URL and re-renders the server page when the version differs from the one
 * the page was rendered with: provider events and our own writes show without a reload.
 */
export function LiveRefresh(props: { url: string; version: string; intervalMs: number }) {
  return (
    <QueryProvider>
      <VersionPoll {...props} />
    </QueryProvider>
  );
}

function VersionPoll({ url, version, intervalMs }: { url: string; version: string; intervalMs: number }) {
  const router = useRouter();
  const { data } = useQuery({
    queryKey: ["live-version", url],
    queryFn: async () => {
      const response = await fetch(url, { cache: "no-store" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return ((await response.json()) as { version: string }).version;
    },
    refetchInterval: intervalMs,
  });
  useEffect(() => {
    // After the refresh the page passes the new version, so equal values stop further refreshes.
    if (data && data !== version) router.refresh();
  }, [data, version, router]);
  return null;
}
