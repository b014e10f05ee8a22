"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { QueryProvider } from "@/components/providers/query-provider";

/** Polls the case's version four times a second and re-renders the server page when it changes. */
export function LiveCase(props: { caseId: string; version: string }) {
  return (
    <QueryProvider>
      <VersionPoll {...props} />
    </QueryProvider>
  );
}

function VersionPoll({ caseId, version }: { caseId: string; version: string }) {
  const router = useRouter();
  const { data } = useQuery({
    queryKey: ["onboarding-case-version", caseId],
    queryFn: async () => {
      const response = await fetch(`/api/onboarding/cases/${encodeURIComponent(caseId)}/version`, { cache: "no-store" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return ((await response.json()) as { version: string }).version;
    },
    refetchInterval: 250,
  });
  useEffect(() => {
    // After the refresh the page passes the new version, so equal values stop further refreshes.
    if (data && data !== version) router.refresh();
  }, [data, version, router]);
  return null;
}
