"use client";

import { useAction } from "next-safe-action/hooks";
import { useRef } from "react";
import { toast } from "sonner";

import { SubmitButton } from "@/components/ui/button";
import { Field, Form, formText, Input, Select } from "@/components/ui/field";
import { createUserAction } from "@/lib/actions/users";

export function CreateUserForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const { execute, result, isPending } = useAction(createUserAction, {
    onSuccess: ({ data }) => {
      // An ADMIN account needs a second admin's approval (four eyes); the others are created at once.
      toast.success(data?.status === "pending" ? "Sent for approval: another admin must approve it on Approvals." : "User created.");
      formRef.current?.reset();
    },
    onError: ({ error }) => {
      if (error.serverError) toast.error(error.serverError);
    },
  });
  const errors = result.validationErrors as Record<string, { _errors?: string[] }> | undefined;

  return (
    <Form
      ref={formRef}
      aria-label="Create user"
      className="mb-8 grid grid-cols-1 items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-5"
      onSubmit={(form) =>
        execute({ ...formText(form, ["email", "name", "password"]), role: String(form.get("role") ?? "STAFF") as "STAFF" })
      }
    >
      <Field label="Name" htmlFor="new-name" error={errors?.name?._errors}>
        <Input id="new-name" name="name" required />
      </Field>
      <Field label="Email" htmlFor="new-email" error={errors?.email?._errors}>
        <Input id="new-email" name="email" type="email" required />
      </Field>
      <Field label="Role" htmlFor="new-role" error={errors?.role?._errors}>
        <Select id="new-role" name="role" defaultValue="STAFF">
          <option value="STAFF">Staff</option>
          <option value="COMPLIANCE">Compliance</option>
          <option value="ADMIN">Admin</option>
        </Select>
      </Field>
      <Field label="Initial password" htmlFor="new-password" error={errors?.password?._errors}>
        <Input id="new-password" name="password" type="password" autoComplete="new-password" required />
      </Field>
      <div className="pt-5">
        <SubmitButton className="w-full" pending={isPending} pendingLabel="Creating…">
          Create user
        </SubmitButton>
      </div>
    </Form>
  );
}
