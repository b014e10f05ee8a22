import Link from "next/link";
import { notFound } from "next/navigation";

import { DecideDriftForm } from "@/components/reconciliation/decide-drift-form";
import { DriftSides } from "@/components/reconciliation/drift-sides";
import { DriftStateBadge } from "@/components/reconciliation/drift-state-badge";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getDriftItem } from "@/lib/reconciliation/find-drift";
import { CheckName } from "@/components/reconciliation/check-name";

export const metadata = { title: "Drift item" };

export default async function DriftItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("reconciliation.read");
  const { id } = await params;
  const item = await getDriftItem(id);
  if (!item) notFound();
  const live = item.state === "OPEN" || item.state === "ACKNOWLEDGED";

  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="underline" href="/reconciliation">
          ← Reconciliation
        </Link>
      </p>
      <PageHeader
        title={`${item.objectType} ${item.objectRef}`}
        description={item.summary}
        actions={<DriftStateBadge state={item.state} />}
      />
      <dl className="mb-6 grid grid-cols-2 gap-x-6 gap-y-2 text-sm md:grid-cols-4">
        <Term label="Provider">
          <EnumText value={item.provider} />
        </Term>
        <Term label="Check">
          <CheckName name={item.check} />
        </Term>
        <Term label="Kind">
          <EnumText value={item.kind} />
        </Term>
        <Term label="First seen">
          <DateTime value={item.firstSeenAt} />
        </Term>
        <Term label="Last seen">
          <DateTime value={item.lastSeenAt} />
        </Term>
        {item.acknowledgedAt && (
          <Term label="Acknowledged">
            <DateTime value={item.acknowledgedAt} /> by {item.acknowledgedBy}: {item.acknowledgeReason}
          </Term>
        )}
        {item.resolution && (
          <Term label={item.state === "AUTO_CORRECTED" ? "Corrected" : "Resolution"}>
            {item.resolvedAt && <DateTime value={item.resolvedAt} />} {item.resolvedBy ? `by ${item.resolvedBy}` : "by the system"}:{" "}
            <span data-testid="drift-resolution">{item.resolution}</span>
          </Term>
        )}
      </dl>
      <DriftSides ours={item.ours} theirs={item.theirs} provider={item.provider} />
      {live && (
        <section aria-labelledby="decide-heading" className="mt-6 max-w-2xl">
          <h2 id="decide-heading" className="mb-2 text-lg font-semibold">
            Acknowledge or resolve
          </h2>
          <DecideDriftForm id={item.id} state={item.state} canDecide={hasPermission(user.role, "reconciliation.decide")} />
        </section>
      )}
    </>
  );
}

function Term({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
