"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { ReasonedButton } from "@/components/ui/button";
import { claimCaseAction, releaseCaseAction } from "@/lib/actions/onboarding-cases";
import type { CaseActionReasons } from "@/lib/onboarding/case-rules";

import { DecisionForm } from "./decision-form";

type Decision = "APPROVE" | "REJECT" | null;

/**
 * Claim, release and the decision. A button the rules forbid is disabled with the rule's
 * words (the same rules the actions enforce). After a decision the reviewer stays on the decided
 * case (the page offers the next one explicitly), so the toast and the page speak of the same case.
 * A high-risk approval (lib/onboarding/high-risk.ts) is said before deciding: it only asks
 * a second reviewer, and the case stays here, in review, until they approve.
 */
export function CaseActions({ caseId, reasons, highRisk }: { caseId: string; reasons: CaseActionReasons; highRisk: string[] }) {
  const [decision, setDecision] = useState<Decision>(null);
  const refresh = useSucceeded();
  const claim = useAction(claimCaseAction, { onSuccess: refresh("Case claimed; it is yours to review.") });
  const release = useAction(releaseCaseAction, { onSuccess: refresh("Case released.") });
  const pending = claim.isPending || release.isPending;
  const serverError = claim.result.serverError ?? release.result.serverError;

  const button = (key: keyof CaseActionReasons, label: string, onClick: () => void, variant: "primary" | "secondary" | "danger") => (
    <ReasonedButton id={key} reason={reasons[key]} variant={variant} disabled={pending} onClick={onClick}>
      {label}
    </ReasonedButton>
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
        <DecisionForm key={decision} caseId={caseId} decision={decision} highRisk={highRisk.length > 0} onDone={() => setDecision(null)} />
      )}
      {serverError && (
        <p role="alert" className="mt-2 text-xs text-red-700">
          {serverError}
        </p>
      )}
    </section>
  );
}
