"use client";

import type { ReactNode } from "react";

import { LinkDecision } from "@/components/customers/link-decision";
import { KYC_LABEL, kycTone, METHOD_LABEL, PROVIDER_LABEL } from "@/components/customers/provider-words";
import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
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

type Line = { id: string; label: string; cells: ReactNode[] };

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
  const lines: Line[] = FIELDS.map((f) => {
    const values = identities.map((r) => f.value(r));
    const differs = new Set(values.filter((v): v is string => !!v).map((v) => (f.compare ? f.compare(v) : v))).size > 1;
    return {
      id: f.label,
      label: f.label,
      cells: values.map((v, i) =>
        v === null ? (
          <span key={i} className="text-slate-500">
            —
          </span>
        ) : differs ? (
          <mark key={i} className="rounded bg-amber-100 px-1 font-medium text-amber-950" data-differs="true">
            {v}
            <span className="sr-only"> (differs)</span>
          </mark>
        ) : (
          v
        ),
      ),
    };
  });
  lines.push({
    id: "kyc",
    label: "KYC",
    cells: identities.map((r) => (
      <span key={r.provider}>
        <Badge tone={kycTone(r.kycState)}>{KYC_LABEL[r.kycState] ?? r.kycState}</Badge>{" "}
        <span className="text-xs text-slate-600">{r.kycDetail}</span>
      </span>
    )),
  });
  lines.push({
    id: "linked",
    label: "Linked by",
    cells: identities.map((r) => (
      <span key={r.provider} className="block">
        {METHOD_LABEL[r.method] ?? r.method}
        {r.confirmedBy && <span className="block text-xs text-slate-600">by {r.confirmedBy}</span>}
        {r.reason && <span className="block text-xs text-slate-600">“{r.reason}”</span>}
        {canLink && identities.length > 1 && (
          <span className="mt-2 block">
            <LinkDecision mode={{ kind: "unlink", customerId, provider: r.provider, label: `Unlink ${PROVIDER_LABEL[r.provider]}` }} />
          </span>
        )}
      </span>
    )),
  });
  const columns: DataTableColumn<Line>[] = [
    { id: "field", header: "Field", cell: ({ row }) => <span className="font-medium">{row.original.label}</span> },
    ...identities.map<DataTableColumn<Line>>((r, i) => ({
      id: r.provider,
      header: `${PROVIDER_LABEL[r.provider]} ${r.providerId}`,
      cell: ({ row }) => row.original.cells[i],
    })),
  ];
  return (
    <section aria-labelledby="identity-heading" className="mb-6">
      <h2 id="identity-heading" className="mb-2 text-base font-semibold">
        Identity and KYC
      </h2>
      <DataTable
        label="Identity per provider; differences are marked"
        columns={columns}
        data={lines}
        toolbar={false}
        testId="identity-table"
      />
    </section>
  );
}
