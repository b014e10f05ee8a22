"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, FormError } from "@/components/ui/field";
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
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const approve = useAction(approveDepositAction, {
    onSuccess: () => {
      toast.success("Deposit approved; it is sent to InvestSuite shortly.");
      router.refresh();
    },
  });
  const reject = useAction(rejectDepositAction, {
    onSuccess: () => {
      toast.success("Deposit rejected; nothing is sent.");
      setRejecting(false);
      router.refresh();
    },
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
          onConfirm={async () => {
            const answer = await approve.executeAsync({ depositId });
            // Keep the dialog open on a refusal, with the server's reason in it.
            return answer?.data !== undefined;
          }}
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
        <form
          aria-label="Confirm reject"
          className="mt-3 flex flex-col gap-2 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm"
          onSubmit={(event) => {
            event.preventDefault();
            reject.execute({ depositId, reason });
          }}
        >
          <p>Reject this deposit? Nothing is sent to InvestSuite.</p>
          <Field label="Reason (kept in the timeline and the audit trail)" htmlFor="reject-deposit-reason" error={errors?.reason?._errors}>
            <textarea
              id="reject-deposit-reason"
              className="min-h-16 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          <FormError message={reject.result.serverError} />
          <div className="flex gap-2">
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Sending…" : "Confirm reject"}
            </Button>
            <Button variant="ghost" onClick={() => setRejecting(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
