"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { blockPortfolioAction, unblockPortfolioAction } from "@/lib/actions/portfolios";

/**
 * Shown to ADMIN only; the actions check portfolios.block themselves. The reason step
 * doubles as the confirmation: nothing is sent until "Confirm" with a reason.
 */
export function BlockControl({ portfolioId, blocked }: { portfolioId: string; blocked: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const verb = blocked ? "Unblock" : "Block";
  const callbacks = {
    onSuccess: () => {
      // Four eyes: the change waits for a second person on Approvals.
      toast.success(`${blocked ? "Unblocking" : "Blocking"} sent for approval: another person must approve it on Approvals.`);
      setOpen(false);
      setReason("");
      router.refresh();
    },
  };
  const block = useAction(blockPortfolioAction, callbacks);
  const unblock = useAction(unblockPortfolioAction, callbacks);
  const current = blocked ? unblock : block;
  const errors = current.result.validationErrors as Record<string, { _errors?: string[] }> | undefined;

  return (
    <div className="relative">
      <Button variant={blocked ? "secondary" : "danger"} onClick={() => setOpen(true)} disabled={open} aria-expanded={open}>
        {verb} portfolio
      </Button>
      {open && (
        <form
          aria-label={`${verb} portfolio`}
          className="absolute top-full right-0 z-10 mt-2 flex w-96 flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3 shadow-lg"
          onSubmit={(event) => {
            event.preventDefault();
            current.execute({ portfolioId, reason });
          }}
        >
          <p className="text-sm">
            {blocked
              ? "Unblocking lets InvestSuite optimize and trade this portfolio again."
              : "Blocking stops InvestSuite from optimizing or trading this portfolio until it is unblocked."}
          </p>
          <Field label="Reason (required, kept in the audit trail)" htmlFor="block-reason" error={errors?.reason?._errors}>
            {/* No native minLength: the action's message (the same zod schema) says what is wrong, in our words. */}
            <textarea
              id="block-reason"
              className="min-h-16 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm"
              value={reason}
              aria-invalid={Boolean(errors?.reason?._errors?.length)}
              onChange={(e) => setReason(e.target.value)}
              required
            />
          </Field>
          <FormError message={current.result.serverError} />
          <div className="flex gap-2">
            <Button type="submit" variant={blocked ? "primary" : "danger"} disabled={current.isPending}>
              {current.isPending ? "Sending…" : `Confirm ${verb.toLowerCase()}`}
            </Button>
            <Button variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
