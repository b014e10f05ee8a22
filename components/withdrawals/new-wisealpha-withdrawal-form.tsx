"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { SubmitButton } from "@/components/ui/button";
import { Field, Form, formText, Input } from "@/components/ui/field";
import { requestWiseAlphaWithdrawalAction } from "@/lib/actions/withdrawals";
import { issuesByField, type IssuesByField } from "@/lib/validations/issues-by-field";
import { newWiseAlphaWithdrawalSchema } from "@/lib/validations/withdrawals";

type FieldName = "customerId" | "accountId" | "currency" | "amount";

/**
 * Staff ask for a WiseAlpha withdrawal. The same zod schema checks the fields here (instant
 * feedback) and in the action; WiseAlpha's refusals (can_withdraw, balance, unknown
 * customer or account) come back next to the field they are about.
 */
export function NewWiseAlphaWithdrawalForm() {
  const router = useRouter();
  const [clientErrors, setClientErrors] = useState<IssuesByField>({});
  const { execute, result, isPending } = useAction(requestWiseAlphaWithdrawalAction, {
    onSuccess: ({ data }) => {
      toast.success("Withdrawal queued. Another admin must approve it.");
      if (data) router.push(`/withdrawals/${data.withdrawalId}`);
    },
    onError: ({ error }) => {
      if (error.serverError) toast.error(error.serverError);
    },
  });
  const serverErrors = result.validationErrors as Record<string, { _errors?: string[] }> | undefined;
  const errorOf = (field: FieldName) => clientErrors[field] ?? serverErrors?.[field]?._errors;

  return (
    <Form
      aria-label="New WiseAlpha withdrawal"
      noValidate
      className="grid max-w-xl grid-cols-1 items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      onSubmit={(form) => {
        const input = formText(form, ["customerId", "accountId", "currency", "amount"]);
        const parsed = newWiseAlphaWithdrawalSchema.safeParse(input);
        if (!parsed.success) {
          setClientErrors(issuesByField(parsed.error));
          return;
        }
        setClientErrors({});
        execute(parsed.data);
      }}
    >
      <Field label="Customer ID" htmlFor="wa-customer" error={errorOf("customerId")}>
        <Input id="wa-customer" name="customerId" placeholder="10000001" aria-invalid={!!errorOf("customerId")} />
      </Field>
      <Field label="Investment account ID" htmlFor="wa-account" error={errorOf("accountId")}>
        <Input id="wa-account" name="accountId" placeholder="INVACC00000001" aria-invalid={!!errorOf("accountId")} />
      </Field>
      <Field label="Currency" htmlFor="wa-currency" error={errorOf("currency")}>
        <Input id="wa-currency" name="currency" defaultValue="GBP" maxLength={3} aria-invalid={!!errorOf("currency")} />
      </Field>
      <Field label="Amount" htmlFor="wa-amount" error={errorOf("amount")}>
        <Input id="wa-amount" name="amount" inputMode="decimal" placeholder="250.00" aria-invalid={!!errorOf("amount")} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={isPending} pendingLabel="Checking with WiseAlpha…">
          Queue withdrawal
        </SubmitButton>
      </div>
    </Form>
  );
}
