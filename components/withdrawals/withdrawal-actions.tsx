"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, FormError, Select } from "@/components/ui/field";
import { approveWithdrawalAction, prepareWithdrawalAction, rejectWithdrawalAction } from "@/lib/actions/withdrawals";
import type { DecisionReasons } from "@/lib/withdrawals/withdrawal-format";
import type { Payee } from "@/lib/withdrawals/payee";

import { PayeeList } from "./payee-list";
import { REJECT_REASONS } from "@/lib/validations/withdrawals";

type Step = "prepare" | "reject" | null;

/**
 * Prepare, Approve and Reject, each confirmed in a second step. A button the rules
 * forbid is disabled with the rule's own words under it (`reasons` come from the same
 * state machine the actions enforce, so the UI and the server say the same thing).
 */
export function WithdrawalActions({
  withdrawalId,
  reasons,
  show,
  payout,
}: {
  withdrawalId: string;
  reasons: DecisionReasons;
  show: { prepare: boolean; decide: boolean };
  /** What the approval dialog shows before the approver confirms: payee, account, amount. */
  payout: { amountValue: string | null; currency: string; payee: Payee | null };
}) {
  const router = useRouter();
  const [step, setStep] = useState<Step>(null);
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const done = (message: string) => () => {
    toast.success(message);
    setStep(null);
    router.refresh();
  };
  const prepare = useAction(prepareWithdrawalAction, { onSuccess: done("Withdrawal prepared; another admin can approve it.") });
  const approve = useAction(approveWithdrawalAction, {
    onSuccess: ({ data }) =>
      done(data?.approved ? "Withdrawal approved; the payout starts shortly." : "Approval recorded; it needs another admin.")(),
  });
  const reject = useAction(rejectWithdrawalAction, { onSuccess: done("Withdrawal rejected.") });
  const current = step === "prepare" ? prepare : step === "reject" ? reject : null;
  const errors = reject.result.validationErrors as Record<string, { _errors?: string[] }> | undefined;
  const pending = prepare.isPending || approve.isPending || reject.isPending;

  const button = (kind: Exclude<Step, null>, label: string, variant: "primary" | "secondary" | "danger") => (
    <div className="flex flex-col gap-1" key={kind}>
      <Button
        variant={variant}
        disabled={reasons[kind] !== null || pending || step !== null}
        onClick={() => setStep(kind)}
        aria-describedby={reasons[kind] ? `why-${kind}` : undefined}
      >
        {label}
      </Button>
      {reasons[kind] && (
        <p id={`why-${kind}`} className="max-w-64 text-xs text-slate-700" data-testid={`why-not-${kind}`}>
          {reasons[kind]}
        </p>
      )}
    </div>
  );

  return (
    <section aria-label="Decision" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-sm font-semibold">Decision</h2>
      <div className="flex flex-wrap items-start gap-3">
        {show.prepare && button("prepare", "Prepare", "primary")}
        {show.decide && (
          <div className="flex flex-col gap-1">
            <ConfirmDialog
              trigger={
                <Button
                  disabled={reasons.approve !== null || pending || step !== null}
                  aria-describedby={reasons.approve ? "why-approve" : undefined}
                >
                  Approve
                </Button>
              }
              title="Approve this withdrawal?"
              description="Once approved it is paid out by the provider and cannot be cancelled."
              confirmLabel="Confirm approve"
              onConfirm={async () => {
                const answer = await approve.executeAsync({ withdrawalId });
                // Keep the dialog open on a refusal, with the server's reason in it.
                return answer?.data !== undefined;
              }}
              testId="approve-dialog"
            >
              <PayeeList lines={[{ id: withdrawalId, ...payout }]} loading={false} />
              <FormError message={approve.result.serverError} />
            </ConfirmDialog>
            {reasons.approve && (
              <p id="why-approve" className="max-w-64 text-xs text-slate-700" data-testid="why-not-approve">
                {reasons.approve}
              </p>
            )}
          </div>
        )}
        {show.decide && button("reject", "Reject", "danger")}
      </div>
      {step && (
        <form
          aria-label={`Confirm ${step}`}
          className="mt-3 flex flex-col gap-2 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm"
          onSubmit={(event) => {
            event.preventDefault();
            if (step === "prepare") prepare.execute({ withdrawalId });
            else reject.execute({ withdrawalId, reason: reason as (typeof REJECT_REASONS)[number], comment });
          }}
        >
          <p>
            {step === "prepare" && "Prepare this withdrawal for approval? An admin other than you will then have to approve it."}
            {step === "reject" && "Reject this withdrawal? Nothing is paid, and the customer's request stays at InvestSuite."}
          </p>
          {step === "reject" && (
            <>
              <Field label="Reason" htmlFor="reject-reason" error={errors?.reason?._errors}>
                <Select id="reject-reason" value={reason} onChange={(e) => setReason(e.target.value)}>
                  <option value="">Choose…</option>
                  {REJECT_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Comment (kept in the timeline and the audit trail)" htmlFor="reject-comment" error={errors?.comment?._errors}>
                <textarea
                  id="reject-comment"
                  className="min-h-16 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm"
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                />
              </Field>
            </>
          )}
          <FormError message={current?.result.serverError} />
          <div className="flex gap-2">
            <Button type="submit" variant={step === "reject" ? "danger" : "primary"} disabled={pending}>
              {pending ? "Sending…" : `Confirm ${step}`}
            </Button>
            <Button variant="ghost" onClick={() => setStep(null)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
