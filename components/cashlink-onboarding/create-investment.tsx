"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button, SubmitButton } from "@/components/ui/button";
import { Field, Form, FormError, Input, STEP_FORM } from "@/components/ui/field";
import { useFormatPrefs } from "@/components/ui/format-provider";
import { createCashlinkInvestmentAction } from "@/lib/actions/cashlink-invitations";
import { utcToZonedWallTime, zonedWallTimeToUtc } from "@/lib/format/zoned";

/**
 * "Create investment", confirmed with the investor's signing time. Disabled with the
 * reasons when the invitation is incomplete or the role may not act. A failure shows
 * Cashlink's message and a Retry that sends the same request (same idempotency key).
 */
export function CreateInvestment({
  invitationId,
  disabledReasons,
  lastError,
}: {
  invitationId: string;
  disabledReasons: string[];
  lastError: string | null;
}) {
  const router = useRouter();
  const [signedAt, setSignedAt] = useState<string | null>(null);
  const create = useAction(createCashlinkInvestmentAction, {
    onSuccess: ({ data }) => {
      toast.success(`Investment created at Cashlink (${data?.status}).`);
      if (data?.walletProblem) toast.warning(data.walletProblem);
      setSignedAt(null);
      router.refresh();
    },
  });
  const errors = create.result.validationErrors as Record<string, { _errors?: string[] }> | undefined;
  // Typed in the person's zone (the field says which); sent as an instant, so the server never guesses a zone.
  const { timeZone } = useFormatPrefs();
  const submit = () =>
    signedAt && create.execute({ invitationId, signedAt: zonedWallTimeToUtc(signedAt, timeZone)?.toISOString() ?? signedAt });

  return (
    <section aria-label="Create investment" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-sm font-semibold">Investment</h2>
      <Button
        disabled={disabledReasons.length > 0 || create.isPending || signedAt !== null}
        onClick={() => setSignedAt(utcToZonedWallTime(new Date(), timeZone))}
      >
        Create investment
      </Button>
      {disabledReasons.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-xs text-slate-600" data-testid="why-not-create">
          {disabledReasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {lastError && !create.result.serverError && (
        <p className="mt-2 text-xs text-amber-800" data-testid="last-attempt-error">
          The last attempt failed: {lastError} Creating again sends the same request, so it cannot create a second investment.
        </p>
      )}
      {signedAt !== null && (
        <Form aria-label="Confirm create investment" className={STEP_FORM} onSubmit={() => submit()}>
          <p>Create the investment at Cashlink from this invitation? The investor&apos;s binding confirmation is recorded as signed at:</p>
          <Field label={`Signed at (${timeZone})`} htmlFor="signed-at" error={errors?.signedAt?._errors}>
            <Input id="signed-at" type="datetime-local" value={signedAt} onChange={(e) => setSignedAt(e.target.value)} required />
          </Field>
          <FormError message={create.result.serverError} testId="create-error" />
          <div className="flex gap-2">
            <SubmitButton pending={create.isPending} pendingLabel="Creating…">
              {create.result.serverError ? "Retry" : "Confirm create investment"}
            </SubmitButton>
            <Button variant="secondary" disabled={create.isPending} onClick={() => (create.reset(), setSignedAt(null))}>
              Cancel
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
