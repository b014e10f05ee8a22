import { LiveRefresh } from "@/components/providers/live-refresh";

/** Polls the case's version four times a second and re-renders the server page when it changes. */
export function LiveCase({ caseId, version }: { caseId: string; version: string }) {
  return <LiveRefresh url={`/api/onboarding/cases/${encodeURIComponent(caseId)}/version`} version={version} intervalMs={250} />;
}
