"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
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
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        execute({
          currentPassword: String(form.get("currentPassword") ?? ""),
          newPassword: String(form.get("newPassword") ?? ""),
          confirmPassword: String(form.get("confirmPassword") ?? ""),
        });
      }}
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
      <Button type="submit" disabled={isPending}>
        {isPending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
