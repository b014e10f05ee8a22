"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { confirmSecondFactorEnrolmentAction, verifySecondFactorAction } from "@/lib/actions/account";

function CodeField({ error }: { error?: string[] }) {
  return (
    <Field label="Code" htmlFor="code" error={error}>
      <Input id="code" name="code" inputMode="text" autoComplete="one-time-code" required maxLength={20} />
    </Field>
  );
}

const codeFrom = (form: HTMLFormElement) => String(new FormData(form).get("code") ?? "");
type Errors = { code?: { _errors?: string[] } } | undefined;

export function VerifySecondFactorForm() {
  const router = useRouter();
  const { execute, result, isPending } = useAction(verifySecondFactorAction, {
    onSuccess: ({ data }) => {
      router.replace(data?.next ?? "/");
      router.refresh();
    },
  });
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ code: codeFrom(event.currentTarget) });
      }}
    >
      <CodeField error={(result.validationErrors as Errors)?.code?._errors} />
      <FormError message={result.serverError} testId="second-factor-error" />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Checking…" : "Verify"}
      </Button>
    </form>
  );
}

export function EnrolSecondFactorForm() {
  const router = useRouter();
  const [done, setDone] = useState<{ codes: string[]; next: string } | null>(null);
  const { execute, result, isPending } = useAction(confirmSecondFactorEnrolmentAction, {
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
  return (
    <form
      className="mt-4 flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ code: codeFrom(event.currentTarget) });
      }}
    >
      <CodeField error={(result.validationErrors as Errors)?.code?._errors} />
      <FormError message={result.serverError} testId="second-factor-error" />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Checking…" : "Turn on"}
      </Button>
    </form>
  );
}
