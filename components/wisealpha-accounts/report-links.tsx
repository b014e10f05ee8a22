import type { AccountOverview } from "@/lib/wisealpha-accounts/account-overview";

/** Each report WiseAlpha offers for the account, one download link per format it gives. */
export function ReportLinks({
  customerRef,
  accountId,
  reports,
}: {
  customerRef: string;
  accountId: string;
  reports: AccountOverview["reports"];
}) {
  return (
    <ul className="flex flex-col gap-2 text-sm" data-testid="report-links">
      {reports.map((r) => (
        <li key={r.type}>
          <span className="font-medium">{r.name}</span> <span className="text-slate-600">{r.description}</span>{" "}
          {r.formats.map((format) => (
            <a
              key={format}
              className="ml-2 underline"
              href={`/api/wisealpha/reports?${new URLSearchParams({ customer: customerRef, account: accountId, type: r.type, format })}`}
              download
              aria-label={`Download ${r.name} as ${format.toUpperCase()}`}
            >
              {format.toUpperCase()}
            </a>
          ))}
        </li>
      ))}
    </ul>
  );
}
