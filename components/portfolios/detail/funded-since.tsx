"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Form, FormError, formText, Input } from "@/components/ui/field";
import { setFundedSinceAction } from "@/lib/actions/portfolios";

import { Section, Moment } from "./section";

/** Seed 002: set on the first funding, never changed afterwards, so the form exists only while it is empty. */
export function FundedSince({ portfolioId, fundedSince, canEdit }: { portfolioId: string; fundedSince: string | null; canEdit: boolean }) {
  const succeeded = useSucceeded();
  const action = useAction(setFundedSinceAction, {
    onSuccess: succeeded("Funded since set."),
  });
  const [asking, setAsking] = useState<string | null>(null);
  const errors = action.result.validationErrors as Record<string, { _errors?: string[] }> | undefined;

  return (
    <Section title="Funded since">
      {fundedSince ? (
        <p className="text-sm" data-testid="funded-since">
          <Moment value={fundedSince} /> <span className="text-xs text-slate-500">(set once; InvestSuite does not allow changing it)</span>
        </p>
      ) : (
        <p className="text-sm text-slate-500" data-testid="funded-since">
          Not funded yet.
        </p>
      )}
      {!fundedSince && canEdit && (
        <Form
          aria-label="Set funded since"
          className="mt-3 flex flex-col gap-2 border-t border-slate-200 pt-3"
          onSubmit={(form) => setAsking(formText(form, ["fundedSince"]).fundedSince)}
        >
          <Field label="First funded at (UTC)" htmlFor="funded-since-input" error={errors?.fundedSince?._errors}>
            <Input id="funded-since-input" name="fundedSince" type="datetime-local" required />
          </Field>
          <FormError message={action.result.serverError} />
          <ConfirmDialog
            open={asking !== null}
            onOpenChange={(open) => !open && setAsking(null)}
            title="Set funded since now?"
            description="InvestSuite accepts funded since only once: it cannot be changed afterwards."
            confirmLabel="Set funded since"
            onConfirm={() => {
              if (asking !== null) action.execute({ portfolioId, fundedSince: asking });
            }}
          />
          <div>
            <SubmitButton pending={action.isPending} pendingLabel="Saving…">
              Set funded since (once)
            </SubmitButton>
          </div>
        </Form>
      )}
    </Section>
  );
}
