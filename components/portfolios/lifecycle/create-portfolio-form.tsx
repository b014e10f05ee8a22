"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { SubmitButton } from "@/components/ui/button";
import { ActionError, SelectFormField, TextFormField } from "@/components/ui/form-fields";
import { createPortfolioAction } from "@/lib/actions/portfolios";
import { enumWords } from "@/lib/format/enums";
import { CURRENCIES, MANAGER_CHOICES, MONEY_TYPE_CHOICES, createPortfolioSchema } from "@/lib/validations/portfolio-lifecycle";

const MANAGER_WORDS: Record<(typeof MANAGER_CHOICES)[number], string> = {
  ROBO_ADVISOR_DISCRETIONARY: "Robo Advisor, discretionary mandate",
  ROBO_ADVISOR_ADVISORY: "Robo Advisor, advisory mandate",
  USER_MANAGED: "Self Investor (managed by the customer)",
};

/**
 * Seed 002 "Create portfolio" for an existing InvestSuite user. The write-once fields sit in
 * their own group that says so: InvestSuite refuses any later change to them (422).
 */
export function CreatePortfolioForm({ ownerUserId, ownerName }: { ownerUserId: string; ownerName: string }) {
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(createPortfolioAction, zodResolver(createPortfolioSchema), {
    formProps: {
      defaultValues: {
        ownerUserId,
        name: "",
        baseCurrency: "EUR",
        moneyType: "REAL_MONEY",
        manager: "ROBO_ADVISOR_DISCRETIONARY",
        externalId: "",
        policyId: "",
        goalId: "",
        horizonId: "",
        iban: "",
        bic: "",
        paymentReference: "",
      },
    },
    actionProps: {
      onSuccess: ({ data }) => {
        toast.success("Portfolio created at InvestSuite.");
        if (data) router.push(`/portfolios/${data.id}`);
      },
    },
  });
  const robo = form.watch("manager") !== "USER_MANAGED";

  return (
    <form aria-label="Create portfolio" className="flex max-w-2xl flex-col gap-5" onSubmit={handleSubmitWithAction} noValidate>
      <p className="text-sm text-slate-700">
        Owner: <strong>{ownerName}</strong> <span className="font-mono text-xs">{ownerUserId}</span>
      </p>
      <TextFormField form={form} name="name" label="Name (shown to the customer, up to 128 characters)" maxLength={128} />

      <fieldset className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3" aria-describedby="write-once-note">
        <legend className="px-1 text-sm font-semibold">Cannot be changed after creation</legend>
        <p id="write-once-note" className="text-xs text-slate-700">
          InvestSuite fixes these three when the portfolio is created and refuses any later change: a paper-money portfolio can never become
          real money, and the manager and base currency stay as chosen. Choose carefully.
        </p>
        <SelectFormField
          form={form}
          name="moneyType"
          label="Money type (write once)"
          options={MONEY_TYPE_CHOICES.map((v) => ({ value: v, label: enumWords(v) }))}
        />
        <SelectFormField
          form={form}
          name="manager"
          label="Manager (write once)"
          options={MANAGER_CHOICES.map((v) => ({ value: v, label: MANAGER_WORDS[v] }))}
        />
        <SelectFormField
          form={form}
          name="baseCurrency"
          label="Base currency (write once)"
          options={CURRENCIES.map((v) => ({ value: v, label: v }))}
        />
      </fieldset>

      <TextFormField
        form={form}
        name="externalId"
        label="External id (optional; left empty, the back office derives one from its own record)"
        maxLength={64}
      />

      {robo && (
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 text-sm font-semibold">Robo Advisor settings (optional, can be changed later)</legend>
          <TextFormField form={form} name="policyId" label="Policy id (Y…)" maxLength={27} />
          <TextFormField form={form} name="goalId" label="Goal id (L…)" maxLength={27} />
          <TextFormField form={form} name="horizonId" label="Horizon id (H…)" maxLength={27} />
        </fieldset>
      )}

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-semibold">Funding account (optional)</legend>
        <TextFormField form={form} name="iban" label="IBAN the customer transfers to" maxLength={64} />
        <TextFormField form={form} name="bic" label="BIC (optional)" maxLength={32} />
        <TextFormField form={form} name="paymentReference" label="Payment reference (optional)" maxLength={64} />
      </fieldset>

      <ActionError error={action.result.serverError} />
      <div>
        <SubmitButton pending={action.isPending} pendingLabel="Creating…">
          Create portfolio
        </SubmitButton>
      </div>
    </form>
  );
}
