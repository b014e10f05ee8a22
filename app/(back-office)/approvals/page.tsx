import { ChangeRequestTable } from "@/components/approvals/change-request-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { listChangeRequests } from "@/lib/four-eyes/list-change-requests";

export const metadata = { title: "Approvals" };

export default async function ApprovalsPage() {
  const user = await requirePagePermission("approvals.read");
  const { pending, mine } = await listChangeRequests(user);
  return (
    <>
      <PageHeader
        title="Approvals"
        description="Sensitive changes wait here until a second person approves them (four eyes). You cannot approve your own request, nor one from someone who recently created, promoted or reset your account."
      />
      <section aria-labelledby="pending-heading" className="mb-8">
        <h2 id="pending-heading" className="mb-2 text-sm font-semibold">
          Waiting for approval ({pending.filter((r) => r.state === "PENDING").length})
        </h2>
        <ChangeRequestTable rows={pending} empty="Nothing is waiting for approval." label="Waiting for approval" />
      </section>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading" className="mb-2 text-sm font-semibold">
          Your recent decided requests
        </h2>
        <ChangeRequestTable rows={mine} empty="None of your requests has been decided yet." label="Your decided requests" />
      </section>
    </>
  );
}
