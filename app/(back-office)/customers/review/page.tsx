import Link from "next/link";

import { LinkDecision } from "@/components/customers/link-decision";
import { MATCH_LABEL, PROVIDER_LABEL, type ProviderKey } from "@/components/customers/provider-words";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { findReviewMatches } from "@/lib/customers/find-review-matches";

export const metadata = { title: "Links to review" };

/** COMPLIANCE and ADMIN decide who a person is: the page itself needs customers.link, as do its actions. */
export default async function CustomerReviewPage() {
  await requirePagePermission("customers.link");
  const rows = await findReviewMatches();
  return (
    <>
      <PageHeader
        title="Links to review"
        description="Persons that look like an existing customer but carry no matching customer number. Conflicts (the records contradict each other) are never linked automatically. Every decision needs a reason and is audited."
        actions={
          <Link href="/customers" className="text-sm underline">
            All customers
          </Link>
        }
      />
      {rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">Nothing to review.</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Suggested links">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="review-item" data-kind={r.kind}>
              <div className="mb-2 flex flex-wrap items-center gap-2">
                <Badge tone={r.kind === "CONFLICT" ? "bad" : "warn"}>{MATCH_LABEL[r.kind] ?? r.kind}</Badge>
                <span className="text-slate-700">{r.reason}</span>
              </div>
              <div className="grid gap-3 md:grid-cols-2">
                <div>
                  <p className="text-xs text-slate-600 uppercase">{PROVIDER_LABEL[r.person.provider as ProviderKey]} person</p>
                  <p className="font-medium" data-testid="review-person">
                    {r.person.name ?? "(no name)"} <span className="font-mono text-xs text-slate-600">{r.person.providerId}</span>
                  </p>
                  <p>{r.person.email ?? "no e-mail"}</p>
                  <p>Born {r.person.birthDate ?? "unknown"}</p>
                  {r.person.customerNumber && <p>Number {r.person.customerNumber}</p>}
                </div>
                <div>
                  <p className="text-xs text-slate-600 uppercase">would join customer</p>
                  <p className="font-medium">
                    <Link href={`/customers/${r.customer.id}`} className="underline">
                      {r.customer.name || "(no name)"}
                    </Link>
                  </p>
                  <p>
                    {r.customer.number ?? "no customer number"} ·{" "}
                    {r.customer.providers.map((p) => PROVIDER_LABEL[p as ProviderKey] ?? p).join(", ")}
                  </p>
                </div>
              </div>
              <div className="mt-3 border-t border-slate-100 pt-3">
                <LinkDecision
                  mode={{ kind: "match", matchId: r.id, label: `Decide on ${r.person.name ?? r.person.providerId}` }}
                  conflict={r.kind === "CONFLICT"}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
