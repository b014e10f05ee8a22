"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { toast } from "sonner";

import { Button, SubmitOrCancel } from "@/components/ui/button";
import { ActionError, CheckboxFormField, MultiSelectFormField, SelectFormField, TextFormField } from "@/components/ui/form-fields";
import { checkRobowiseAction, createRobowiseAction, updateRobowiseAction } from "@/lib/actions/wisealpha-robowise";
import { createRobowiseSchema, updateRobowiseSchema, type CreateRobowiseInput } from "@/lib/validations/wisealpha-robowise";
import type { RobowiseOptions } from "@/lib/wisealpha-accounts/robowise-writes";

type Parameters = {
  riskProfileId: string;
  excludedIndustries: string[];
  excludedCompanies: string[];
  reinvestPayments: boolean;
  name?: string;
};
type Common = { customerRef: string; accountId: string; options: RobowiseOptions };

/** WiseAlpha's profile check for what the form holds now: bonds left, yield, and issues to fix. */
function ProfileCheck({ values }: { values: () => Parameters }) {
  const check = useAction(checkRobowiseAction);
  const data = check.result.data;
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="robowise-check">
      <div>
        <Button
          size="sm"
          variant="secondary"
          disabled={check.isPending}
          onClick={() => {
            const v = values();
            check.execute({
              riskProfileId: v.riskProfileId,
              excludedIndustries: v.excludedIndustries ?? [],
              excludedCompanies: v.excludedCompanies ?? [],
              reinvestPayments: Boolean(v.reinvestPayments),
            });
          }}
        >
          {check.isPending ? "Checking…" : "Check profile at WiseAlpha"}
        </Button>
      </div>
      {data && (
        <p role="status">
          {data.bondCount} bonds considered, weighted yield to maturity {data.weightedYtm}%.{" "}
          {data.issues.length ? <span className="text-red-700">Issues: {data.issues.join("; ")}</span> : "No issues."}
        </p>
      )}
      <ActionError error={check.result.serverError} />
    </div>
  );
}

/** Typed on the create form; the edit form has the same fields (and a robowiseId), so it is passed as one. */
function ParameterFields({ form, options }: { form: UseFormReturn<CreateRobowiseInput>; options: RobowiseOptions }) {
  return (
    <>
      <SelectFormField
        form={form}
        name="riskProfileId"
        label="Risk profile"
        options={options.riskProfiles.map((p) => ({ value: p.id, label: `${p.label} (projected ${p.projectedReturn}%)` }))}
      />
      <MultiSelectFormField
        form={form}
        name="excludedIndustries"
        label="Excluded industries (optional)"
        options={options.industries.map((i) => ({ value: i.key, label: i.label }))}
      />
      <MultiSelectFormField
        form={form}
        name="excludedCompanies"
        label="Excluded companies (optional)"
        options={options.companies.map((c) => ({ value: c.id, label: c.name }))}
      />
      <CheckboxFormField form={form} name="reinvestPayments" label="Reinvest coupon payments (otherwise paid into the parent account)" />
    </>
  );
}

/** A new robowise portfolio under a GBP investment account (seed "Create Robowise Portfolio"); checked at WiseAlpha before it is sent. */
export function NewRobowiseForm({ customerRef, accountId, options }: Common) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  // One key per opened form (WiseAlpha has no idempotency key): a double submit is sent once.
  const [requestKey] = useState(() => crypto.randomUUID());
  const { form, action, handleSubmitWithAction } = useHookFormAction(createRobowiseAction, zodResolver(createRobowiseSchema), {
    formProps: {
      defaultValues: {
        requestKey,
        customerRef,
        accountId,
        name: "",
        riskProfileId: options.riskProfiles[0]?.id ?? "",
        excludedIndustries: [],
        excludedCompanies: [],
        reinvestPayments: false,
      },
    },
    actionProps: {
      onSuccess: ({ data }) => {
        if (!data) return;
        toast.success(`Robowise portfolio ${data.name} created.`);
        form.setValue("requestKey", crypto.randomUUID());
        router.push(`/orders/customers/${customerRef}/accounts/${accountId}/robowise/${data.robowiseId}`);
      },
    },
  });
  if (!open)
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        New robowise portfolio…
      </Button>
    );
  return (
    <form
      aria-label="New robowise portfolio"
      className="flex max-w-xl flex-col gap-3 border-t border-slate-200 pt-3"
      onSubmit={handleSubmitWithAction}
    >
      <TextFormField
        form={form}
        name="name"
        label="Name (optional: WiseAlpha picks one)"
        id="rw-name"
        placeholder={options.suggestedNames[0] ?? ""}
        maxLength={60}
      />
      <ParameterFields form={form} options={options} />
      <ProfileCheck values={() => form.getValues()} />
      <ActionError error={form.formState.errors.root?.message ?? action.result.serverError} testId="robowise-create-error" />
      <SubmitOrCancel label="Create portfolio" pending={action.isPending} pendingLabel="Creating…" onCancel={() => setOpen(false)} />
    </form>
  );
}

/** Change a portfolio's name and parameters (seed "Update Robowise Portfolio"). */
export function EditRobowiseForm({
  customerRef,
  accountId,
  robowiseId,
  options,
  current,
}: Common & { robowiseId: string; current: Parameters & { name: string } }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  // One key per opened form (WiseAlpha has no idempotency key): a double submit is sent once.
  const [requestKey] = useState(() => crypto.randomUUID());
  const { form, action, handleSubmitWithAction } = useHookFormAction(updateRobowiseAction, zodResolver(updateRobowiseSchema), {
    formProps: { defaultValues: { requestKey, customerRef, accountId, robowiseId, ...current } },
    actionProps: {
      onSuccess: () => {
        toast.success("Robowise parameters changed.");
        form.setValue("requestKey", crypto.randomUUID());
        setOpen(false);
        router.refresh();
      },
    },
  });
  if (!open)
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        Change parameters…
      </Button>
    );
  return (
    <form
      aria-label="Change robowise parameters"
      className="mt-3 flex flex-col gap-3 border-t border-slate-200 pt-3"
      onSubmit={handleSubmitWithAction}
    >
      <TextFormField form={form} name="name" label="Name" id="rw-edit-name" maxLength={60} />
      <ParameterFields form={form as unknown as UseFormReturn<CreateRobowiseInput>} options={options} />
      <ProfileCheck values={() => form.getValues()} />
      <ActionError error={form.formState.errors.root?.message ?? action.result.serverError} />
      <SubmitOrCancel label="Save parameters" pending={action.isPending} pendingLabel="Saving…" onCancel={() => setOpen(false)} />
    </form>
  );
}
