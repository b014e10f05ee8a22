"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { SubmitButton } from "@/components/ui/button";
import { CARD_FORM, FormError } from "@/components/ui/field";
import { TextAreaFormField } from "@/components/ui/form-fields";
import { addCaseNoteAction } from "@/lib/actions/onboarding-cases";
import { addNoteSchema } from "@/lib/validations/onboarding";

/** Internal notes: ours only, never sent to the provider. */
export function CaseNoteForm({ caseId }: { caseId: string }) {
  const succeeded = useSucceeded();
  const { form, action, handleSubmitWithAction } = useHookFormAction(addCaseNoteAction, zodResolver(addNoteSchema), {
    formProps: { defaultValues: { caseId, note: "" } },
    actionProps: {
      onSuccess: succeeded("Note added.", () => form.reset({ caseId, note: "" })),
    },
  });
  return (
    <form aria-label="Internal note" className={CARD_FORM} onSubmit={handleSubmitWithAction}>
      <TextAreaFormField form={form} name="note" label="Internal note" id="case-note" />
      <FormError message={action.result.serverError} />
      <div>
        <SubmitButton variant="secondary" pending={action.isPending} pendingLabel="Adding…">
          Add note
        </SubmitButton>
      </div>
    </form>
  );
}
