"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { claimCaseAction, decideCaseAction, releaseCaseAction } from "@/lib/actions/onboarding-cases";
import { APPROVE_REASONS, type CaseActionReasons, REJECT_REASONS } from "@/lib/onboarding/case-rules";
import { RISK_ACCEPTED_REASON } from "@/lib/onboarding/high-risk";

type Decision = "APPROVE" | "REJECT" | null;

/**
 * Claim, release and the decision. A button the rules forbid is disabled with the rule's
 * words (the same rules the actions enforce). After a decision the reviewer stays on the decided
 * case (the page offers the next one explicitly), so the toast and the page speak of the same case.
 * A high-risk approval (lib/onboarding/high-risk.ts) is said before deciding: it only asks
 * a second reviewer, and the case stays here, in review, until they approve.
 */
export function CaseActions({ caseId, reasons, highRisk }: { caseId: string; reasons: CaseActionReasons; highRisk: string[] }) {
  const router = useRouter();
  const [decision, setDecision] = useState<Decision>(null);
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const refresh = (message: string) => () => {
    toast.success(message);
    router.refresh();
  };
  const claim = useAction(claimCaseAction, { onSuccess: refresh("Case claimed; it is yours to review.") });
  const release = useAction(releaseCaseAction, { onSuccess: refresh("Case released.") });
  const decide = useAction(decideCaseAction, {
    onSuccess: ({ data }) => {
      setDecision(null);
      if (data?.status === "pending") {
        toast.success("Approval asked of a second reviewer; the case stays in review until they approve.");
        router.refresh();
        return;
      }
      toast.success(decision === "APPROVE" ? "Case approved." : "Case rejected.");
      router.refresh();
    },
  });
  const pending = claim.isPending || release.isPending || decide.isPending;
  const errors = decide.result.validationErrors as Record<string, { _errors?: string[] }> | undefined;
  const serverError = claim.result.serverError ?? release.result.serverError ?? decide.result.serverError;
  const asksSecond = decision === "APPROVE" && (highRisk.length > 0 || reason === RISK_ACCEPTED_REASON);

  const button = (key: keyof CaseActionReasons, label: string, onClick: () => void, variant: "primary" | "secondary" | "danger") => (
    <div className="flex flex-col gap-1" key={key}>
      <Button
        variant={variant}
        disabled={reasons[key] !== null || pending}
        onClick={onClick}
        aria-describedby={reasons[key] ? `why-${key}` : undefined}
      >
        {label}
      </Button>
      {reasons[key] && (
        <p id={`why-${key}`} className="max-w-56 text-xs text-slate-600" data-testid={`why-not-${key}`}>
          {reasons[key]}
        </p>
      )}
    </div>
  );

  return (
    <section aria-label="Review" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-sm font-semibold">Review</h2>
      {highRisk.length > 0 && (
        <div className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950" data-testid="high-risk">
          <p className="font-semibold">High risk: a second reviewer must approve</p>
          <ul className="list-disc pl-5 text-xs">
            {highRisk.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap items-start gap-3">
        {button("claim", "Claim", () => claim.execute({ caseId }), "secondary")}
        {button("release", "Release", () => release.execute({ caseId }), "secondary")}
        {button("approve", "Approve", () => setDecision("APPROVE"), "primary")}
        {button("reject", "Reject", () => setDecision("REJECT"), "danger")}
      </div>
      {decision && (
        <form
          aria-label={`Confirm ${decision === "APPROVE" ? "approval" : "rejection"}`}
          className="mt-3 flex flex-col gap-2 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm"
          onSubmit={(event) => {
            event.preventDefault();
            decide.execute({ caseId, decision, reason, comment } as Parameters<typeof decide.execute>[0]);
          }}
        >
          <Field label="Reason" htmlFor="decision-reason" error={errors?.reason?._errors}>
            <Select id="decision-reason" value={reason} onChange={(e) => setReason(e.target.value)}>
              <option value="">Choose…</option>
              {(decision === "APPROVE" ? APPROVE_REASONS : REJECT_REASONS).map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={
              decision === "REJECT"
                ? "Comment (required; kept in the timeline and the audit trail)"
                : "Comment (kept in the timeline and the audit trail)"
            }
            htmlFor="decision-comment"
            error={errors?.comment?._errors}
          >
            <textarea
              id="decision-comment"
              className="min-h-16 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm"
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </Field>
          {asksSecond && (
            <p className="text-xs text-amber-900" data-testid="asks-second-reviewer">
              High risk: this asks a second reviewer to approve; the case stays in review until they do.
            </p>
          )}
          <div className="flex gap-2">
            <Button type="submit" variant={decision === "REJECT" ? "danger" : "primary"} disabled={pending}>
              {pending
                ? "Sending…"
                : asksSecond
                  ? "Ask a second reviewer"
                  : decision === "APPROVE"
                    ? "Confirm approval"
                    : "Confirm rejection"}
            </Button>
            <Button variant="ghost" onClick={() => setDecision(null)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {serverError && (
        <p role="alert" className="mt-2 text-xs text-red-700">
          {serverError}
        </p>
      )}
    </section>
  );
}
