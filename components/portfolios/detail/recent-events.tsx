import Link from "next/link";

import { formatUtc } from "@/lib/events/event-row";
import type { PortfolioDetail } from "@/lib/portfolios/portfolio-detail";

import { Section } from "./section";

export function RecentEvents({ portfolioId, events }: { portfolioId: string; events: PortfolioDetail["events"] }) {
  const all = `/events?entity=${encodeURIComponent(portfolioId)}`;
  return (
    <Section
      title="Recent events"
      className="lg:col-span-2"
      actions={
        <Link href={all} className="text-xs underline">
          All events for this portfolio
        </Link>
      }
    >
      {events.rows.length === 0 ? (
        <p className="text-sm text-slate-500">No provider event has named this portfolio yet.</p>
      ) : (
        <table className="w-full text-sm" data-testid="portfolio-events">
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
              <th className="py-1.5 font-medium">Received (UTC)</th>
              <th className="py-1.5 font-medium">Type</th>
              <th className="py-1.5 font-medium">Provider</th>
              <th className="py-1.5 font-medium">Processing</th>
            </tr>
          </thead>
          <tbody>
            {events.rows.map((e) => (
              <tr key={e.id} className="border-b border-slate-100 last:border-0">
                <td className="py-1.5 font-mono text-xs">{formatUtc(e.receivedAt)}</td>
                <td className="py-1.5">
                  <Link href={`/events/${e.id}`} className="font-mono text-xs underline">
                    {e.type}
                  </Link>
                </td>
                <td className="py-1.5 text-xs">{e.provider}</td>
                <td className="py-1.5 text-xs">{e.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {events.more && (
        <p className="mt-2 text-xs text-slate-500">
          Showing the newest {events.rows.length}.{" "}
          <Link href={all} className="underline">
            See all
          </Link>
        </p>
      )}
    </Section>
  );
}
