"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useState } from "react";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { Button, SubmitOrCancel } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ActionError, TextAreaFormField } from "@/components/ui/form-fields";
import { closePortfolioAction } from "@/lib/actions/portfolios";
import { closePortfolioSchema } from "@/lib/validations/portfolio-lifecycle";

/**
 * Close = DELETE at InvestSuite (seed 002): the portfolio can never be changed again. Shown to
 * those with portfolios.close; a reason is required, a dialog confirms, and a second person
 * approves on Approvals (four eyes) before anything is sent. `refusal` is the bank's rule that
 * blocks it now (money still held, a withdrawal pending).
 */
export function CloseControl({ portfolioId, refusal }: { portfolioId: string; refusal: string | null }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="relative">
      <Button
        variant="danger"
        onClick={() => setOpen(true)}
        disabled={open || refusal !== null}
        aria-expanded={open}
        title={refusal ?? undefined}
        aria-describedby={refusal ? "close-refusal" : undefined}
      >
        Close portfolio
      </Button>
      {refusal && (
        <p id="close-refusal" className="sr-only">
          {refusal}
        </p>
      )}
      {open && <CloseForm portfolioId={portfolioId} onClose={() => setOpen(false)} />}
    </div>
  );
}

function CloseForm({ portfolioId, onClose }: { portfolioId: string; onClose: () => void }) {
  const succeeded = useSucceeded();
  const [confirming, setConfirming] = useState(false);
  const { form, action } = useHookFormAction(closePortfolioAction, zodResolver(closePortfolioSchema), {
    formProps: { defaultValues: { portfolioId, reason: "" } },
    actionProps: {
      onSuccess: succeeded("Closing sent for approval: another admin must approve it on Approvals.", onClose),
    },
  });
  return (
    <form
      aria-label="Close portfolio"
      className="absolute top-full right-0 z-10 mt-2 flex w-96 flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3 shadow-lg"
      // Validate first, then ask; the dialog's confirm sends.
      onSubmit={form.handleSubmit(() => setConfirming(true))}
    >
      <p className="text-sm">Closing deletes the portfolio at InvestSuite. It stays readable but can never be changed or reopened.</p>
      <TextAreaFormField form={form} name="reason" label="Reason (required, kept in the audit trail)" id="close-reason" />
      <ActionError error={action.result.serverError} />
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        tone="danger"
        title="Close this portfolio?"
        description="After a second admin approves, InvestSuite deletes it. This cannot be undone."
        confirmLabel="Ask to close"
        onConfirm={() => action.execute(form.getValues())}
      />
      <SubmitOrCancel label="Continue" variant="danger" pending={action.isPending} onCancel={onClose} />
    </form>
  );
}
