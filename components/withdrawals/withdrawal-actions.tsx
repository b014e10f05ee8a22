"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { Button, ReasonedButton, SubmitOrCancel, WhyNot } from "@/components/ui/button";
import { closesOnSuccess, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Form, FormError, Options, Select, STEP_FORM, TextArea } from "@/components/ui/field";
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
  const [step, setStep] = useState<Step>(null);
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const succeeded = useSucceeded();
  const done = (message: string) => succeeded(message, () => setStep(null));
  const prepare = useAction(prepareWithdrawalAction, { onSuccess: done("Withdrawal prepared; another admin can approve it.") });
  const approve = useAction(approveWithdrawalAction, {
    onSuccess: ({ data }) =>
      done(data?.approved ? "Withdrawal approved; the payout starts shortly." : "Approval recorded; it needs another admin.")(),
  });
  const reject = useAction(rejectWithdrawalAction, { onSuccess: done("Withdrawal rejected.") });
  const current = step === "prepare" ? prepare : step === "reject" ? reject : null;
  const errors = reject.result.validationErrors as Record<string, { _errors?: string[] }> | undefined;
  const pending = prepare.isPending || approve.isPending || reject.isPending;

  const button = (kind: Exclude<Step, null>, label: string, variant: "primary" | "danger") => (
    <ReasonedButton id={kind} reason={reasons[kind]} variant={variant} disabled={pending || step !== null} onClick={() => setStep(kind)}>
      {label}
    </ReasonedButton>
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
              onConfirm={closesOnSuccess(() => approve.executeAsync({ withdrawalId }))}
              testId="approve-dialog"
            >
              <PayeeList lines={[{ id: withdrawalId, ...payout }]} loading={false} />
              <FormError message={approve.result.serverError} />
            </ConfirmDialog>
            <WhyNot id="approve" reason={reasons.approve} />
          </div>
        )}
        {show.decide && button("reject", "Reject", "danger")}
      </div>
      {step && (
        <Form
          aria-label={`Confirm ${step}`}
          className={STEP_FORM}
          onSubmit={() => {
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
                  <Options options={REJECT_REASONS.map((r) => ({ value: r, label: r }))} />
                </Select>
              </Field>
              <Field label="Comment (kept in the timeline and the audit trail)" htmlFor="reject-comment" error={errors?.comment?._errors}>
                <TextArea id="reject-comment" value={comment} onChange={(e) => setComment(e.target.value)} />
              </Field>
            </>
          )}
          <FormError message={current?.result.serverError} />
          <SubmitOrCancel
            label={`Confirm ${step}`}
            variant={step === "reject" ? "danger" : "primary"}
            pending={pending}
            onCancel={() => setStep(null)}
          />
        </Form>
      )}
    </section>
  );
}
