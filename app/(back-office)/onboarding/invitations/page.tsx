import Link from "next/link";

import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import { InvitationFilters } from "@/components/cashlink-onboarding/invitation-filters";
import { InvitationsTable } from "@/components/cashlink-onboarding/invitations-table";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { readParams } from "@/lib/url-params";
import { requirePagePermission } from "@/lib/auth/session";
import { findCashlinkInvitations, type StageCounts } from "@/lib/onboarding/find-cashlink-invitations";
import { cn } from "@/lib/utils";
import { INVITATION_FILTER_KEYS, invitationFilterSchema } from "@/lib/validations/cashlink-onboarding";

export const metadata = { title: "Cashlink invitations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STAGES: { key: keyof StageCounts; label: string }[] = [
  { key: "ready", label: "Ready to invest" },
  { key: "incomplete", label: "Incomplete" },
  { key: "invested", label: "Investment created" },
];

export default async function InvitationsPage({ searchParams }: Props) {
  await requirePagePermission("onboarding.read");
  const params = readParams(await searchParams, INVITATION_FILTER_KEYS);
  const parsed = invitationFilterSchema.safeParse(params);
  // A bad URL is reported and ignored rather than a 500.
  const filter = parsed.success ? parsed.data : invitationFilterSchema.parse({});
  const kept = parsed.success ? params : {};
  const result = await findCashlinkInvitations(filter);
  const hrefWith = (changes: Record<string, string | null>) => {
    const query = new URLSearchParams(Object.entries(kept).filter(([k]) => k !== "page" && !(k in changes)));
    for (const [k, v] of Object.entries(changes)) if (v) query.set(k, v);
    return `/onboarding/invitations?${query.toString()}`;
  };

  return (
    <>
      <PageHeader
        title="Cashlink invitations"
        description="Each investor's invitation with its compliance checklist (self-disclosure, survey or waiver, signature, wallet) and the investment's status at Cashlink, newest first."
      />
      <InvitationFilters initial={kept} />
      <FilterIgnoredAlert error={parsed.error} />
      {result.kind === "error" ? (
        <ProviderErrorPanel
          provider="Cashlink"
          what="The invitations"
          message={result.message}
          retryable={result.retryable}
          retryHref={`/onboarding/invitations?${new URLSearchParams(kept).toString()}`}
        />
      ) : (
        <>
          <nav aria-label="Stage counts" className="mb-4 flex flex-wrap gap-2 text-sm">
            {STAGES.map(({ key, label }) => (
              <Link
                key={key}
                href={hrefWith({ stage: filter.stage === key ? null : key })}
                data-testid={`stage-count-${key}`}
                className={cn(
                  "rounded-md border bg-white px-3 py-1.5",
                  filter.stage === key ? "border-slate-900" : "border-slate-200 hover:border-slate-400",
                )}
              >
                {label} <span className="ml-1 font-mono font-semibold">{result.counts[key]}</span>
              </Link>
            ))}
          </nav>
          <InvitationsTable rows={result.rows} />
          <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
            <span className="text-slate-600" data-testid="invitations-total">
              {result.total} invitation(s) · page {result.page} of {result.pageCount}
            </span>
            {result.page > 1 && (
              <Link className="underline" href={`${hrefWith({})}&page=${result.page - 1}`}>
                Previous
              </Link>
            )}
            {result.page < result.pageCount && (
              <Link className="underline" href={`${hrefWith({})}&page=${result.page + 1}`}>
                Next
              </Link>
            )}
          </nav>
        </>
      )}
    </>
  );
}
