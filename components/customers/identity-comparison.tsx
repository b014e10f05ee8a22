import { LinkDecision } from "@/components/customers/link-decision";
import { KYC_LABEL, kycTone, METHOD_LABEL, PROVIDER_LABEL } from "@/components/customers/provider-words";
import { Badge } from "@/components/ui/badge";
import type { IdentityRow } from "@/lib/customers/get-customer";
import { normaliseName } from "@/lib/customers/match-rules";

type Field = { label: string; value: (r: IdentityRow) => string | null; compare?: (v: string) => string };

// Compared loosely where the providers write the same thing differently (case, accents, spacing).
const loose = (v: string) => normaliseName(v, "") ?? v;
const FIELDS: Field[] = [
  { label: "Name", value: (r) => r.name, compare: loose },
  { label: "Date of birth", value: (r) => r.birthDate },
  { label: "E-mail", value: (r) => r.email },
  { label: "Address", value: (r) => r.address, compare: loose },
  { label: "Tax residency", value: (r) => r.taxResidency, compare: (v) => v.toUpperCase().slice(0, 2) },
  { label: "Customer number", value: (r) => r.customerNumber },
];

/** Identity and KYC from each provider side by side; a value that disagrees with another provider's is marked. */
export function IdentityComparison({
  identities,
  customerId,
  canLink,
}: {
  identities: IdentityRow[];
  customerId: string;
  canLink: boolean;
}) {
  return (
    <section aria-labelledby="identity-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="identity-heading" className="mb-3 text-base font-semibold">
        Identity and KYC
      </h2>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="identity-table">
          <caption className="sr-only">Identity per provider; differences are marked</caption>
          <thead className="text-left text-xs text-slate-600 uppercase">
            <tr>
              <th scope="col" className="py-1 pr-3">
                Field
              </th>
              {identities.map((r) => (
                <th scope="col" key={r.provider} className="py-1 pr-3">
                  {PROVIDER_LABEL[r.provider]} <span className="font-mono normal-case">{r.providerId}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FIELDS.map((f) => {
              const values = identities.map((r) => f.value(r));
              const seen = new Set(values.filter((v): v is string => !!v).map((v) => (f.compare ? f.compare(v) : v)));
              const differs = seen.size > 1;
              return (
                <tr key={f.label} className="border-t border-slate-100">
                  <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                    {f.label}
                  </th>
                  {values.map((v, i) => (
                    <td
                      key={identities[i]!.provider}
                      className={differs && v ? "bg-amber-50 py-1.5 pr-3 font-medium text-amber-900" : "py-1.5 pr-3"}
                      data-differs={differs && v ? "true" : undefined}
                    >
                      {v ?? <span className="text-slate-500">—</span>}
                      {differs && v && <span className="sr-only"> (differs)</span>}
                    </td>
                  ))}
                </tr>
              );
            })}
            <tr className="border-t border-slate-100">
              <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                KYC
              </th>
              {identities.map((r) => (
                <td key={r.provider} className="py-1.5 pr-3">
                  <Badge tone={kycTone(r.kycState)}>{KYC_LABEL[r.kycState] ?? r.kycState}</Badge>{" "}
                  <span className="text-xs text-slate-600">{r.kycDetail}</span>
                </td>
              ))}
            </tr>
            <tr className="border-t border-slate-100">
              <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                Linked by
              </th>
              {identities.map((r) => (
                <td key={r.provider} className="py-1.5 pr-3 align-top">
                  <span>{METHOD_LABEL[r.method] ?? r.method}</span>
                  {r.confirmedBy && <span className="block text-xs text-slate-600">by {r.confirmedBy}</span>}
                  {r.reason && <span className="block text-xs text-slate-600">“{r.reason}”</span>}
                  {canLink && identities.length > 1 && (
                    <div className="mt-2">
                      <LinkDecision
                        mode={{ kind: "unlink", customerId, provider: r.provider, label: `Unlink ${PROVIDER_LABEL[r.provider]}` }}
                      />
                    </div>
                  )}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
