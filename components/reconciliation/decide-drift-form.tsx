"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { ActionError, TextFormField } from "@/components/ui/form-fields";
import { decideDriftAction } from "@/lib/actions/reconciliation";
import { decideDriftSchema } from "@/lib/validations/reconciliation";

/**
 * Acknowledge (known, still watched) or resolve (settled), with a reason for the record. Shown to
 * everyone who can read the item: the action itself refuses a role that may not decide, and says so.
 */
export function DecideDriftForm({ id, state, canDecide }: { id: string; state: string; canDecide: boolean }) {
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(decideDriftAction, zodResolver(decideDriftSchema), {
    formProps: { defaultValues: { id, decision: "RESOLVE", reason: "" } },
    actionProps: {
      onSuccess: ({ data }) => {
        toast.success(data?.state === "ACKNOWLEDGED" ? "Drift acknowledged." : "Drift resolved.");
        form.reset({ id, decision: "RESOLVE", reason: "" });
        router.refresh();
      },
    },
  });
  const submit = (decision: "ACKNOWLEDGE" | "RESOLVE") => () => form.setValue("decision", decision);

  return (
    <form
      aria-label="Decide drift"
      onSubmit={handleSubmitWithAction}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <TextFormField
        form={form}
        name="reason"
        label="Reason (kept with the item and in the audit log)"
        maxLength={1000}
        autoComplete="off"
      />
      {!canDecide && (
        <p className="text-sm text-slate-600">Only compliance and admins acknowledge or resolve drift; your role can read it.</p>
      )}
      <ActionError error={action.result.serverError} testId="decide-drift-error" />
      <div className="flex gap-2">
        {state === "OPEN" && (
          <Button type="submit" variant="secondary" onClick={submit("ACKNOWLEDGE")} disabled={action.isPending}>
            Acknowledge
          </Button>
        )}
        <Button type="submit" onClick={submit("RESOLVE")} disabled={action.isPending}>
          Resolve
        </Button>
      </div>
    </form>
  );
}
