"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { SubmitButton } from "@/components/ui/button";
import { ActionError, TextFormField } from "@/components/ui/form-fields";
import { recordDepositAction } from "@/lib/actions/deposits";
import { recordDepositSchema } from "@/lib/validations/deposits";

/**
 * Staff record an incoming bank transfer. The action's own schema checks the fields in the
 * browser; InvestSuite's answers (unknown portfolio, another currency) and a bank reference
 * already recorded come back next to their field.
 */
export function RecordDepositForm({ portfolioId, currency, today }: { portfolioId: string; currency: string; today: string }) {
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(recordDepositAction, zodResolver(recordDepositSchema), {
    formProps: { defaultValues: { portfolioId, currency, amount: "", valueDate: today, bankReference: "", note: "" } },
    actionProps: {
      onSuccess: ({ data }) => {
        if (!data) return;
        toast.success(
          data.requiresApproval
            ? "Deposit recorded. It is above the four-eyes threshold, so another admin must approve it."
            : "Deposit recorded; it is sent to InvestSuite shortly.",
        );
        router.push(`/deposits/${data.depositId}`);
      },
    },
  });
  return (
    <form
      aria-label="Record deposit"
      noValidate
      className="grid max-w-2xl grid-cols-1 items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      onSubmit={handleSubmitWithAction}
    >
      <TextFormField form={form} name="portfolioId" label="Portfolio id" id="dep-portfolio" autoComplete="off" />
      <TextFormField form={form} name="currency" label="Currency (the portfolio's)" id="dep-currency" maxLength={3} autoComplete="off" />
      <TextFormField
        form={form}
        name="amount"
        label="Amount"
        id="dep-amount"
        inputMode="decimal"
        placeholder="2500.00"
        autoComplete="off"
      />
      <TextFormField form={form} name="valueDate" label="Value date" id="dep-value-date" type="date" />
      <TextFormField form={form} name="bankReference" label="Bank reference" id="dep-reference" autoComplete="off" />
      <TextFormField form={form} name="note" label="Note (optional)" id="dep-note" autoComplete="off" />
      <div className="flex flex-col gap-2 sm:col-span-2">
        <ActionError error={action.result.serverError} testId="record-deposit-error" />
        <div>
          <SubmitButton pending={action.isPending} pendingLabel="Checking with InvestSuite…">
            Record deposit
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
