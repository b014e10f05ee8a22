"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { addCaseNoteAction } from "@/lib/actions/onboarding-cases";
import { addNoteSchema } from "@/lib/validations/onboarding";

/** Internal notes: ours only, never sent to the provider. */
export function CaseNoteForm({ caseId }: { caseId: string }) {
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(addCaseNoteAction, zodResolver(addNoteSchema), {
    formProps: { defaultValues: { caseId, note: "" } },
    actionProps: {
      onSuccess: () => {
        toast.success("Note added.");
        form.reset({ caseId, note: "" });
        router.refresh();
      },
    },
  });
  const error = form.formState.errors.note?.message;
  return (
    <form
      aria-label="Internal note"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      onSubmit={handleSubmitWithAction}
    >
      <Field label="Internal note" htmlFor="case-note" error={error}>
        <textarea
          id="case-note"
          className="min-h-16 rounded-md border border-slate-300 px-2.5 py-1.5"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "case-note-error" : undefined}
          {...form.register("note")}
        />
      </Field>
      <FormError message={action.result.serverError} />
      <div>
        <Button type="submit" variant="secondary" disabled={action.isPending}>
          {action.isPending ? "Adding…" : "Add note"}
        </Button>
      </div>
    </form>
  );
}
