import Link from "next/link";

import type { InvitationEvent } from "@/lib/onboarding/get-cashlink-invitation";

const utc = (d: Date | null) => (d ? d.toISOString().slice(0, 19).replace("T", " ") : "—");

/** Cashlink's status webhooks for the invitation's investment, newest change first. */
export function InvitationEvents({ events }: { events: InvitationEvent[] }) {
  return (
    <section aria-label="Events" className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
      <h2 className="mb-2 text-sm font-semibold">Events</h2>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600">No Cashlink events for this invitation&apos;s investment yet.</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="invitation-events">
          <thead className="text-xs text-slate-600 uppercase">
            <tr>
              <th className="py-1">Changed at (UTC)</th>
              <th className="py-1">Type</th>
              <th className="py-1">Status</th>
              <th className="py-1">Received (UTC)</th>
              <th className="py-1">Processing</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-t border-slate-100" data-testid="invitation-event">
                <td className="py-1 font-mono text-xs">{utc(e.changedAt)}</td>
                <td className="py-1">
                  <Link className="underline" href={`/events/${e.id}`}>
                    {e.type}
                  </Link>
                </td>
                <td className="py-1 font-mono text-xs">{e.status ?? "—"}</td>
                <td className="py-1 font-mono text-xs">{utc(e.receivedAt)}</td>
                <td className="py-1 text-xs">{e.state.toLowerCase()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
