import Link from "next/link";

import { CaseActions } from "@/components/onboarding/case-actions";
import { CaseDocuments } from "@/components/onboarding/case-documents";
import { CaseNoteForm } from "@/components/onboarding/case-note-form";
import { CaseStatusBadge, ReadyBadge } from "@/components/onboarding/case-status-badge";
import { CaseTimeline } from "@/components/onboarding/case-timeline";
import { CustomerPanel } from "@/components/onboarding/customer-panel";
import { DocumentUpload } from "@/components/onboarding/document-upload";
import { InvestorTypeForm } from "@/components/onboarding/investor-type-form";
import { LiveCase } from "@/components/onboarding/live-case";
import { ProfileFieldsForm } from "@/components/onboarding/profile-fields-form";
import { BackLink } from "@/components/ui/back-link";
import { DateTime } from "@/components/ui/date-time";
import { openDetailPage } from "@/components/ui/detail-page";
import { CustomerLink } from "@/components/customers/customer-link";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { findDocumentCopies } from "@/lib/onboarding/documents";
import { findNextCase } from "@/lib/onboarding/find-cases";
import { getCase, getCaseVersion } from "@/lib/onboarding/get-case";
import { loadProviderExtras } from "@/lib/onboarding/load-provider-extras";
import { caseActionReasons } from "@/lib/onboarding/case-rules";
import { bankErrors } from "@/lib/onboarding/customer-flags";

export const metadata = { title: "Onboarding case" };

type Props = { params: Promise<{ id: string }> };

export default async function CasePage({ params }: Props) {
  const { user, id, record: c } = await openDetailPage(params, "onboarding.read", getCase);
  const version = (await getCaseVersion(id))!.version;
  const canReview = hasPermission(user.role, "onboarding.review");
  const canAct = hasPermission(user.role, "onboarding.act");
  const ruled = caseActionReasons(c, user.id);
  // Asking twice is refused by the change request's one-open-request rule; the button says so first.
  const reasons = c.askedApproval
    ? { ...ruled, approve: ruled.approve ?? "A second reviewer has been asked to approve this case." }
    : ruled;
  // A decided case offers the next one to work explicitly instead of jumping to it.
  const nextCaseId = c.decidedAt && canReview ? await findNextCase(user, c.id) : null;
  const extras = c.customer ? await loadProviderExtras(c.customer, canAct) : null;
  const documents = c.subjectType === "WISEALPHA_CUSTOMER" ? await findDocumentCopies(c.subjectRef) : null;
  const documentTypes = c.customer
    ? [
        ...new Set([
          "photo_id",
          "proof_of_address",
          ...Object.keys(c.customer.validation.documents).filter((t) => t.startsWith("bank_statement:")),
        ]),
      ]
    : [];

  return (
    <>
      <BackLink href="/onboarding/cases">Cases</BackLink>
      <PageHeader
        title={c.displayName ?? c.subjectRef}
        description={`${c.subjectType === "WISEALPHA_CUSTOMER" ? "WiseAlpha customer" : "Cashlink invitation"} ${c.subjectRef}`}
      />
      {c.subjectType === "WISEALPHA_CUSTOMER" && <CustomerLink provider="WISEALPHA" providerId={c.subjectRef} />}
      <LiveCase caseId={c.id} version={version} />
      <div
        className="mb-4 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
        data-testid="case-summary"
      >
        <CaseStatusBadge status={c.status} />
        <ReadyBadge ready={c.providerReady} subject={c.subjectType} />
        <span>Assignee: {c.assigneeEmail ?? "unassigned"}</span>
        {c.waitingReason && (
          <span className="text-amber-900" data-testid="waiting-reason">
            Waiting for: {c.waitingReason}
          </span>
        )}
        {c.askedApproval && (
          <span className="text-amber-900" data-testid="asked-approval">
            Waiting for a second reviewer&apos;s approval (asked <DateTime value={c.askedApproval.requestedAt} />
            {c.askedApproval.requestedById === user.id ? " by you" : ""}) —{" "}
            <Link className="underline" href="/approvals">
              Approvals
            </Link>
          </span>
        )}
        {c.decidedAt && (
          <span data-testid="decision">
            {c.status === "APPROVED" ? "Approved" : "Rejected"} by {c.decidedByEmail} — {c.decisionReason}
            {c.decisionComment ? `: ${c.decisionComment}` : ""}
          </span>
        )}
        {c.subjectType === "CASHLINK_INVITATION" && (
          <Link className="underline" href={`/onboarding/invitations/${encodeURIComponent(c.subjectRef)}`}>
            Open the invitation and its checklist
          </Link>
        )}
      </div>
      {c.decidedAt && canReview && (
        <nav aria-label="Next case" className="mb-4 flex items-center gap-3 text-sm" data-testid="next-case">
          {nextCaseId ? (
            <Link className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white" href={`/onboarding/cases/${nextCaseId}`}>
              Next case →
            </Link>
          ) : (
            <span className="text-slate-600">No other open case is waiting.</span>
          )}
          <Link className="underline" href="/onboarding/cases">
            Back to the cases
          </Link>
        </nav>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          {canReview && <CaseActions caseId={c.id} reasons={reasons} highRisk={c.highRiskReasons} />}
          {c.customer && extras && <CustomerPanel customer={c.customer} questionnaires={extras.questionnaires} />}
          {documents && <CaseDocuments documents={documents} />}
          {c.subjectType === "WISEALPHA_CUSTOMER" && !c.customer && (
            <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600">
              This customer&apos;s profile has not been read from WiseAlpha yet; it arrives with the next event or sync.
            </p>
          )}
          {canAct && c.customer && (
            <>
              <DocumentUpload caseId={c.id} documentTypes={documentTypes} />
              <ProfileFieldsForm
                caseId={c.id}
                fieldsNeeded={c.customer.validation.fields_needed}
                bankRejected={bankErrors(c.customer).length > 0}
              />
              {extras?.investorTypesError ? (
                <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
                  Investor types could not be loaded: {extras.investorTypesError}{" "}
                  <Link href={`/onboarding/cases/${c.id}`} prefetch={false} className="underline">
                    Try again
                  </Link>
                </p>
              ) : (
                <InvestorTypeForm caseId={c.id} types={extras?.investorTypes ?? []} />
              )}
            </>
          )}
        </div>
        <div className="flex flex-col gap-4">
          {canReview && <CaseNoteForm caseId={c.id} />}
          <CaseTimeline entries={c.entries} />
        </div>
      </div>
    </>
  );
}
