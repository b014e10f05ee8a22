"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { SubmitButton } from "@/components/ui/button";
import { Field, Form, FormError, formText, Input } from "@/components/ui/field";
import { changeOwnPasswordAction } from "@/lib/actions/account";

type Errors = Record<"currentPassword" | "newPassword" | "confirmPassword", { _errors?: string[] } | undefined> | undefined;

export function ChangePasswordForm() {
  const router = useRouter();
  const { execute, result, isPending } = useAction(changeOwnPasswordAction, {
    onSuccess: ({ data }) => {
      toast.success("Password changed. Your other sessions were signed out.");
      router.replace(data?.next ?? "/");
      router.refresh();
    },
  });
  const errors = result.validationErrors as Errors;
  return (
    <Form
      className="flex flex-col gap-4"
      onSubmit={(form) => execute(formText(form, ["currentPassword", "newPassword", "confirmPassword"]))}
    >
      <Field label="Current password" htmlFor="currentPassword" error={errors?.currentPassword?._errors}>
        <Input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required />
      </Field>
      <Field label="New password" htmlFor="newPassword" error={errors?.newPassword?._errors}>
        <Input id="newPassword" name="newPassword" type="password" autoComplete="new-password" required />
      </Field>
      <Field label="New password again" htmlFor="confirmPassword" error={errors?.confirmPassword?._errors}>
        <Input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required />
      </Field>
      <FormError message={result.serverError} testId="change-password-error" />
      <SubmitButton pending={isPending} pendingLabel="Saving…">
        Change password
      </SubmitButton>
    </Form>
  );
}
