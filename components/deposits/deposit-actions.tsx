"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { Button, SubmitOrCancel } from "@/components/ui/button";
import { closesOnSuccess, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Form, FormError, STEP_FORM, TextArea } from "@/components/ui/field";
import { Money } from "@/components/ui/money";
import { approveDepositAction, rejectDepositAction } from "@/lib/actions/deposits";

/**
 * Approve (confirmed in a dialog that repeats what is sent) and Reject (with a reason). The page
 * shows this only to a person who may decide; the actions check the same rules again.
 */
export function DepositActions({
  depositId,
  amount,
  currency,
  portfolioRef,
}: {
  depositId: string;
  amount: string;
  currency: string;
  portfolioRef: string;
}) {
  const succeeded = useSucceeded();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const approve = useAction(approveDepositAction, {
    onSuccess: succeeded("Deposit approved; it is sent to InvestSuite shortly."),
  });
  const reject = useAction(rejectDepositAction, {
    onSuccess: succeeded("Deposit rejected; nothing is sent.", () => setRejecting(false)),
  });
  const errors = reject.result.validationErrors as Record<string, { _errors?: string[] }> | undefined;
  const pending = approve.isPending || reject.isPending;

  return (
    <section aria-label="Decision" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-sm font-semibold">Decision</h2>
      <div className="flex flex-wrap items-start gap-3">
        <ConfirmDialog
          trigger={<Button disabled={pending || rejecting}>Approve</Button>}
          title="Approve this deposit?"
          description="Once approved it is sent to InvestSuite as a funding event and cannot be withdrawn here."
          confirmLabel="Confirm approve"
          onConfirm={closesOnSuccess(() => approve.executeAsync({ depositId }))}
          testId="approve-deposit-dialog"
        >
          <p className="text-sm">
            <Money amount={amount} currency={currency} /> into portfolio <span className="font-mono">{portfolioRef}</span>
          </p>
          <FormError message={approve.result.serverError} />
        </ConfirmDialog>
        <Button variant="danger" disabled={pending || rejecting} onClick={() => setRejecting(true)}>
          Reject
        </Button>
      </div>
      {rejecting && (
        <Form aria-label="Confirm reject" className={STEP_FORM} onSubmit={() => reject.execute({ depositId, reason })}>
          <p>Reject this deposit? Nothing is sent to InvestSuite.</p>
          <Field label="Reason (kept in the timeline and the audit trail)" htmlFor="reject-deposit-reason" error={errors?.reason?._errors}>
            <TextArea id="reject-deposit-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <FormError message={reject.result.serverError} />
          <SubmitOrCancel label="Confirm reject" variant="danger" pending={pending} onCancel={() => setRejecting(false)} />
        </Form>
      )}
    </section>
  );
}
