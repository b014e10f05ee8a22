"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button, SubmitButton } from "@/components/ui/button";
import { Field, Form, FormError, formText, Input } from "@/components/ui/field";
import { confirmSecondFactorEnrolmentAction, verifySecondFactorAction } from "@/lib/actions/account";

type Errors = { code?: { _errors?: string[] } } | undefined;
type CodeAction = {
  execute(input: { code: string }): void;
  result: { validationErrors?: unknown; serverError?: string };
  isPending: boolean;
};

/** The one-field form both steps share: a TOTP or recovery code, its errors, and a submit button. */
function CodeForm({ action, submitLabel, className }: { action: CodeAction; submitLabel: string; className: string }) {
  const { execute, result, isPending } = action;
  return (
    <Form className={className} onSubmit={(form) => execute(formText(form, ["code"]))}>
      <Field label="Code" htmlFor="code" error={(result.validationErrors as Errors)?.code?._errors}>
        <Input id="code" name="code" inputMode="text" autoComplete="one-time-code" required maxLength={20} />
      </Field>
      <FormError message={result.serverError} testId="second-factor-error" />
      <SubmitButton pending={isPending} pendingLabel="Checking…">
        {submitLabel}
      </SubmitButton>
    </Form>
  );
}

export function VerifySecondFactorForm() {
  const router = useRouter();
  const action = useAction(verifySecondFactorAction, {
    onSuccess: ({ data }) => {
      router.replace(data?.next ?? "/");
      router.refresh();
    },
  });
  return <CodeForm action={action} submitLabel="Verify" className="flex flex-col gap-4" />;
}

export function EnrolSecondFactorForm() {
  const router = useRouter();
  const [done, setDone] = useState<{ codes: string[]; next: string } | null>(null);
  const action = useAction(confirmSecondFactorEnrolmentAction, {
    onSuccess: ({ data }) => data && setDone({ codes: data.recoveryCodes, next: data.next }),
  });
  if (done) {
    return (
      <div className="mt-4 flex flex-col gap-3">
        <p className="text-sm font-medium">
          Your second factor is on. Save these recovery codes now: each works once, and they are not shown again.
        </p>
        <ul className="grid grid-cols-2 gap-1 font-mono text-sm" data-testid="recovery-codes">
          {done.codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Button
          onClick={() => {
            router.replace(done.next);
            router.refresh();
          }}
        >
          I have saved them — continue
        </Button>
      </div>
    );
  }
  return <CodeForm action={action} submitLabel="Turn on" className="mt-4 flex flex-col gap-4" />;
}
