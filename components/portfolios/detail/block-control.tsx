"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useState } from "react";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { Button, SubmitOrCancel } from "@/components/ui/button";
import { ActionError, TextAreaFormField } from "@/components/ui/form-fields";
import { blockPortfolioAction, unblockPortfolioAction } from "@/lib/actions/portfolios";
import { setPortfolioBlockedSchema } from "@/lib/validations/portfolios-actions";

/**
 * Shown to ADMIN only; the actions check portfolios.block themselves. The reason step
 * doubles as the confirmation: nothing is sent until "Confirm" with a reason.
 */
export function BlockControl({ portfolioId, blocked }: { portfolioId: string; blocked: boolean }) {
  const [open, setOpen] = useState(false);
  const verb = blocked ? "Unblock" : "Block";
  return (
    <div className="relative">
      <Button variant={blocked ? "secondary" : "danger"} onClick={() => setOpen(true)} disabled={open} aria-expanded={open}>
        {verb} portfolio
      </Button>
      {/* Keyed: after the change the other action (block ↔ unblock) gets a fresh form. */}
      {open && <ReasonForm key={String(blocked)} portfolioId={portfolioId} blocked={blocked} onClose={() => setOpen(false)} />}
    </div>
  );
}

function ReasonForm({ portfolioId, blocked, onClose }: { portfolioId: string; blocked: boolean; onClose: () => void }) {
  const succeeded = useSucceeded();
  const verb = blocked ? "Unblock" : "Block";
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    blocked ? unblockPortfolioAction : blockPortfolioAction,
    zodResolver(setPortfolioBlockedSchema),
    {
      formProps: { defaultValues: { portfolioId, reason: "" } },
      actionProps: {
        // Four eyes: the change waits for a second person on Approvals.
        onSuccess: succeeded(
          `${blocked ? "Unblocking" : "Blocking"} sent for approval: another person must approve it on Approvals.`,
          onClose,
        ),
      },
    },
  );
  return (
    <form
      aria-label={`${verb} portfolio`}
      className="absolute top-full right-0 z-10 mt-2 flex w-96 flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3 shadow-lg"
      onSubmit={handleSubmitWithAction}
    >
      <p className="text-sm">
        {blocked
          ? "Unblocking lets InvestSuite optimize and trade this portfolio again."
          : "Blocking stops InvestSuite from optimizing or trading this portfolio until it is unblocked."}
      </p>
      <TextAreaFormField form={form} name="reason" label="Reason (required, kept in the audit trail)" id="block-reason" />
      <ActionError error={action.result.serverError} />
      <SubmitOrCancel
        label={`Confirm ${verb.toLowerCase()}`}
        variant={blocked ? "primary" : "danger"}
        pending={action.isPending}
        onCancel={onClose}
      />
    </form>
  );
}
