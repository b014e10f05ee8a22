"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { SubmitButton } from "@/components/ui/button";
import { ActionError, SelectFormField, TextFormField } from "@/components/ui/form-fields";
import { updateFormatPrefsAction } from "@/lib/actions/account";
import { SUPPORTED_LOCALES, type FormatPrefs } from "@/lib/format/prefs";
import { formatPrefsSchema } from "@/lib/validations/account";

/** Language for numbers and dates, and the time zone times are shown in. */
export function FormatPrefsForm({ prefs, zones }: { prefs: FormatPrefs; zones: readonly string[] }) {
  const succeeded = useSucceeded();
  const { form, action, handleSubmitWithAction } = useHookFormAction(updateFormatPrefsAction, zodResolver(formatPrefsSchema), {
    formProps: { defaultValues: prefs },
    actionProps: {
      onSuccess: succeeded("Preferences saved."),
    },
  });
  return (
    <form className="flex flex-col gap-4" onSubmit={handleSubmitWithAction} aria-label="Display preferences">
      <SelectFormField form={form} name="locale" label="Numbers and dates in" options={SUPPORTED_LOCALES} />
      <TextFormField form={form} name="timeZone" label="Time zone (e.g. Europe/Brussels)" list="time-zones" autoComplete="off" />
      <datalist id="time-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <ActionError error={action.result.serverError} testId="format-prefs-error" />
      <SubmitButton pending={action.isPending} pendingLabel="Saving…">
        Save preferences
      </SubmitButton>
    </form>
  );
}
