"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { createCustomerAction, syncCustomersAction } from "@/lib/actions/onboarding-provider";

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
  const [values, setValues] = useState({ email: "", firstName: "", lastName: "" });
  const create = useAction(createCustomerAction, {
    onSuccess: ({ data }) => {
      toast.success(`Customer ${data?.customerId} created at WiseAlpha.`);
      if (data?.caseId) router.push(`/onboarding/cases/${data.caseId}`);
    },
  });
  const errors = create.result.validationErrors as Record<string, { _errors?: string[] }> | undefined;
  const field = (key: keyof typeof values, label: string) => (
    <Field label={label} htmlFor={`new-${key}`} error={errors?.[key]?._errors}>
      <Input id={`new-${key}`} value={values[key]} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} />
    </Field>
  );
  return (
    <details className="mb-4 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">Create a managed customer</summary>
      <form
        className="mt-2 grid max-w-2xl grid-cols-3 items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          create.execute(values);
        }}
      >
        {field("email", "Email")}
        {field("firstName", "First name")}
        {field("lastName", "Last name")}
        <div className="col-span-3 flex items-center gap-3">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create at WiseAlpha"}
          </Button>
          <FormError message={create.result.serverError} />
        </div>
      </form>
    </details>
  );
}
