"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { SubmitButton } from "@/components/ui/button";
import { ActionError, TextFormField } from "@/components/ui/form-fields";
import { updatePortfolioAction } from "@/lib/actions/portfolios";
import type { PortfolioDetail } from "@/lib/portfolios/portfolio-detail";
import { updatePortfolioSchema } from "@/lib/validations/portfolio-lifecycle";

/** The mutable fields only (seed 002): money type, manager and base currency are shown, never offered. */
export function EditPortfolioForm({ portfolioId, editable }: { portfolioId: string; editable: PortfolioDetail["editable"] }) {
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(updatePortfolioAction, zodResolver(updatePortfolioSchema), {
    formProps: {
      defaultValues: {
        portfolioId,
        expectedVersion: editable.version,
        name: editable.name,
        policyId: editable.policyId,
        goalId: editable.goalId,
        horizonId: editable.horizonId,
        startAmount: editable.startAmount,
        recurringDepositAmount: editable.recurringDepositAmount,
      },
    },
    actionProps: {
      onSuccess: ({ data }) => {
        toast.success(`Saved at InvestSuite as version ${data?.version ?? "?"}.`);
        router.push(`/portfolios/${portfolioId}`);
        router.refresh();
      },
    },
  });
  return (
    <form aria-label="Change portfolio" className="flex max-w-2xl flex-col gap-4" onSubmit={handleSubmitWithAction} noValidate>
      <TextFormField form={form} name="name" label="Name" maxLength={128} />
      {editable.robo && (
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 text-sm font-semibold">Robo Advisor settings (empty = not set)</legend>
          <TextFormField form={form} name="policyId" label="Policy id (Y…)" maxLength={27} />
          <TextFormField form={form} name="goalId" label="Goal id (L…)" maxLength={27} />
          <TextFormField form={form} name="horizonId" label="Horizon id (H…)" maxLength={27} />
          <TextFormField form={form} name="startAmount" label="Start amount" inputMode="decimal" maxLength={24} />
          <TextFormField form={form} name="recurringDepositAmount" label="Recurring deposit amount" inputMode="decimal" maxLength={24} />
        </fieldset>
      )}
      <p className="text-xs text-slate-600">
        Editing version {editable.version}. Only what you change is sent; InvestSuite keeps the earlier version.
      </p>
      <ActionError error={action.result.serverError} />
      <div className="flex gap-2">
        <SubmitButton pending={action.isPending} pendingLabel="Saving…">
          Save changes
        </SubmitButton>
        <Link href={`/portfolios/${portfolioId}`} className="inline-flex items-center px-3 text-sm underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
