"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { Button, SubmitButton } from "@/components/ui/button";
import { ActionError, TextFormField } from "@/components/ui/form-fields";
import { createCustomerAction, syncCustomersAction } from "@/lib/actions/onboarding-provider";
import { createCustomerSchema } from "@/lib/validations/onboarding-profile";

/** Re-read every customer from WiseAlpha now (the worker also does it on a timer). */
export function SyncButton() {
  const router = useRouter();
  const sync = useAction(syncCustomersAction, {
    onSuccess: ({ data }) => {
      toast.success(
        `Read ${data?.customers.read ?? 0} customers in ${data?.customers.ms ?? 0} ms and ${data?.invitations.read ?? 0} invitations.`,
      );
      router.refresh();
    },
    onError: ({ error }) => toast.error(error.serverError ?? "The sync failed."),
  });
  return (
    <Button variant="secondary" disabled={sync.isPending} onClick={() => sync.execute({ confirm: true })}>
      {sync.isPending ? "Reading WiseAlpha…" : "Sync from providers"}
    </Button>
  );
}

/** Create a managed customer at WiseAlpha; its case opens on success. */
export function CreateCustomerForm() {
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(createCustomerAction, zodResolver(createCustomerSchema), {
    formProps: { defaultValues: { email: "", firstName: "", lastName: "" } },
    actionProps: {
      onSuccess: ({ data }) => {
        toast.success(`Customer ${data?.customerId} created at WiseAlpha.`);
        if (data?.caseId) router.push(`/onboarding/cases/${data.caseId}`);
      },
    },
  });
  return (
    <details className="mb-4 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">Create a managed customer</summary>
      <form className="mt-2 grid max-w-2xl grid-cols-3 items-start gap-2" onSubmit={handleSubmitWithAction}>
        <TextFormField form={form} name="email" label="Email" id="new-email" type="email" autoComplete="off" />
        <TextFormField form={form} name="firstName" label="First name" id="new-firstName" />
        <TextFormField form={form} name="lastName" label="Last name" id="new-lastName" />
        <div className="col-span-3 flex items-center gap-3">
          <SubmitButton pending={action.isPending} pendingLabel="Creating…">
            Create at WiseAlpha
          </SubmitButton>
          <ActionError error={action.result.serverError} />
        </div>
      </form>
    </details>
  );
}
