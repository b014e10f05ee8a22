import Link from "next/link";

import { ProviderLoaded } from "@/components/ui/provider-error-panel";
import { FilteredRows } from "@/components/lists/filtered-rows";
import { INVITATION_FILTER_FIELDS } from "@/components/cashlink-onboarding/invitation-filters";
import { InvitationsTable } from "@/components/cashlink-onboarding/invitations-table";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { FilterBar } from "@/components/ui/filter-bar";
import { loadInvitationList } from "@/lib/onboarding/url-state";
import { presentValues } from "@/lib/url-params";
import { readListFilter } from "@/lib/validations/list-filter";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { findCashlinkInvitations, type StageCounts } from "@/lib/onboarding/find-cashlink-invitations";
import { cn } from "@/lib/utils";
import { invitationFilterSchema } from "@/lib/validations/cashlink-onboarding";

export const metadata = { title: "Cashlink invitations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STAGES: { key: keyof StageCounts; label: string }[] = [
  { key: "ready", label: "Ready to invest" },
  { key: "incomplete", label: "Incomplete" },
  { key: "invested", label: "Investment created" },
];

export default async function InvitationsPage({ searchParams }: Props) {
  const user = await requirePagePermission("onboarding.read");
  const params = presentValues(await loadInvitationList(searchParams));
  const { filter, kept, error } = readListFilter(invitationFilterSchema, params);
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
      {hasPermission(user.role, "onboarding.act") && (
        <Link href="/onboarding/invitations/new" className="mb-3 inline-block text-sm font-medium underline">
          New invitation
        </Link>
      )}
      <FilterBar label="Invitation filters" fields={INVITATION_FILTER_FIELDS} />
      <FilterIgnoredAlert error={error} />
      <ProviderLoaded
        result={result}
        provider="Cashlink"
        what="The invitations"
        retryHref={`/onboarding/invitations?${new URLSearchParams(kept).toString()}`}
      >
        {({ counts, rows, total }) => (
          <>
            <nav aria-label="Stage counts" className="mb-4 flex flex-wrap gap-2 text-sm">
              {STAGES.map(({ key, label }) => (
                <Link
                  key={key}
                  href={hrefWith({ stage: filter.stage === key ? null : key })}
                  data-testid={`stage-count-${key}`}
                  className={cn(
                    "inline-flex min-h-8 items-center rounded-md border bg-white px-3",
                    filter.stage === key ? "border-slate-900" : "border-slate-200 hover:border-slate-400",
                  )}
                >
                  {label} <span className="ml-1 font-mono font-semibold">{counts[key]}</span>
                </Link>
              ))}
            </nav>
            <FilteredRows keys={INVITATION_FILTER_FIELDS.map((f) => f.key)} applied={params}>
              <InvitationsTable rows={rows} />
            </FilteredRows>
            <DataTablePager mode="offset" total={total} noun="invitation(s)" />
          </>
        )}
      </ProviderLoaded>
    </>
  );
}
