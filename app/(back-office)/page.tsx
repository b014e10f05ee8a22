import { InboxBoard } from "@/components/inbox/inbox-board";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { loadInbox } from "@/lib/inbox/load-inbox";

export const metadata = { title: "Inbox" };

/** The work inbox: one card per kind of work this person may do, refreshed every few seconds. */
export default async function HomePage() {
  const user = await requirePagePermission("home.read");
  const now = new Date();
  const cards = await loadInbox(user, now);
  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name}`}
        description={`Signed in as ${user.role}. What needs you now, across InvestSuite, WiseAlpha and Cashlink.`}
      />
      {cards.length === 0 ? (
        <p className="max-w-xl text-sm text-slate-600">No work queue is open to your role ({user.role}) yet.</p>
      ) : (
        <InboxBoard initial={{ cards, at: now.toISOString() }} />
      )}
    </>
  );
}
