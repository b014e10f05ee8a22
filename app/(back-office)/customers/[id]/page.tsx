import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CustomerTimeline } from "@/components/customers/customer-timeline";
import { IdentityComparison } from "@/components/customers/identity-comparison";
import { LinkDecision } from "@/components/customers/link-decision";
import { LocalWork } from "@/components/customers/local-work";
import { CashlinkPanelView, InvestSuitePanel, WiseAlphaPanelView } from "@/components/customers/provider-panels";
import { KYC_LABEL, kycTone, MATCH_LABEL, PROVIDER_LABEL } from "@/components/customers/provider-words";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { findCustomerAccesses, recordCustomerAccess } from "@/lib/customers/access-log";
import { loadCustomer } from "@/lib/customers/get-customer";
import { parseTimelineFilter } from "@/lib/customers/url-state";
import { isPathId } from "@/lib/url-params";

export const metadata = { title: "Customer" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomerPage({ params, searchParams }: Props) {
  const user = await requirePagePermission("customers.read");
  const { id } = await params;
  if (!isPathId(id)) notFound();
  const detail = await loadCustomer(id);
  if (!detail) notFound();
  // Every view is recorded (who, when, which customer): banks must answer "who looked at this customer".
  await recordCustomerAccess(user, id);
  const canLink = hasPermission(user.role, "customers.link");
  const accesses = hasPermission(user.role, "customers.access_log") ? await findCustomerAccesses(id, 20) : null;
  const active = parseTimelineFilter(await searchParams).data.tl;
  const base = `/customers/${id}`;
  const { panels, customer } = detail;
  const missing = [
    panels.investSuite && !panels.investSuite.ok ? "InvestSuite" : null,
    panels.wiseAlpha && !panels.wiseAlpha.ok ? "WiseAlpha" : null,
    panels.cashlink && !panels.cashlink.ok ? "Cashlink" : null,
  ].filter(Boolean);
  const openMatches = detail.matches.filter((m) => m.state === "OPEN");
  const waId = detail.identities.find((i) => i.provider === "WISEALPHA")?.providerId ?? null;

  return (
    <>
      <PageHeader
        title={customer.name || "(no name)"}
        description={`Customer ${customer.number ?? "without a bank customer number"} · ${customer.providers.map((p) => PROVIDER_LABEL[p]).join(", ")}`}
        actions={
          <span className="flex items-center gap-3">
            <Badge tone={kycTone(customer.kycState)}>KYC {KYC_LABEL[customer.kycState] ?? customer.kycState}</Badge>
            <Link href="/customers" className="text-sm underline">
              All customers
            </Link>
          </span>
        }
      />
      {missing.length > 0 && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="missing-providers">
          Incomplete: {missing.join(" and ")} could not be read just now; the rest of the page is current.
        </p>
      )}
      <IdentityComparison identities={detail.identities} customerId={customer.id} canLink={canLink} />
      {openMatches.length > 0 && (
        <section aria-labelledby="matches-heading" className="mb-6 rounded-lg border border-amber-300 bg-white p-4">
          <h2 id="matches-heading" className="mb-2 text-base font-semibold">
            Suggested links and conflicts
          </h2>
          <ul className="flex flex-col gap-3 text-sm">
            {openMatches.map((m) => (
              <li key={m.id}>
                <Badge tone={m.kind === "CONFLICT" ? "bad" : "warn"}>{MATCH_LABEL[m.kind] ?? m.kind}</Badge> {PROVIDER_LABEL[m.provider]}{" "}
                <span className="font-mono text-xs">{m.providerId}</span> {m.detail.reason ? `· ${m.detail.reason}` : ""}
                {m.customerId !== customer.id && (
                  <span>
                    {" "}
                    · suggested for{" "}
                    <Link href={`/customers/${m.customerId}`} className="underline">
                      another customer
                    </Link>
                  </span>
                )}
                {canLink && (
                  <div className="mt-1">
                    <LinkDecision
                      mode={{ kind: "match", matchId: m.id, label: `Decide on ${m.providerId}` }}
                      conflict={m.kind === "CONFLICT"}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <InvestSuitePanel panel={panels.investSuite} retryHref={base} />
      <WiseAlphaPanelView panel={panels.wiseAlpha} retryHref={base} customerRef={waId} />
      <CashlinkPanelView panel={panels.cashlink} retryHref={base} />
      <LocalWork detail={detail} />
      <CustomerTimeline items={detail.timeline} active={active} base={base} />
      {accesses && (
        <section aria-labelledby="access-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4" data-testid="access-log">
          <h2 id="access-heading" className="mb-2 text-base font-semibold">
            Who looked at this customer
          </h2>
          <ul className="flex flex-col gap-1 text-sm">
            {accesses.map((a) => (
              <li key={a.id}>
                <DateTime value={a.at} /> · {a.email ?? a.userId} ({a.role})
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
