"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { get, type FieldPath, type FieldValues, type FormState, type UseFormRegister } from "react-hook-form";

import { Field, Input, Options, Select, TextArea } from "./field";

/**
 * Form helpers for react-hook-form forms built with next-safe-action's adapter
 * (`useHookFormAction(action, zodResolver(schema), …)`): each control is registered, labelled, and
 * shows its error right under it, whether the zod resolver found it in the browser or the action's
 * schema on the server (the adapter maps `validationErrors` onto the same fields).
 */

/** The parts of `useForm`'s return the helpers use: pass the adapter's `form` as is. */
type FormLike<T extends FieldValues> = { register: UseFormRegister<T>; formState: FormState<T> };
type Bound<T extends FieldValues> = { form: FormLike<T>; name: FieldPath<T>; label: string; id?: string };

function fieldError<T extends FieldValues>(form: Bound<T>["form"], name: FieldPath<T>): string | undefined {
  const error = get(form.formState.errors, name) as { message?: unknown } | undefined;
  return typeof error?.message === "string" ? error.message : undefined;
}

function controlProps<T extends FieldValues>(form: Bound<T>["form"], name: FieldPath<T>, id: string) {
  const error = fieldError(form, name);
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    ...form.register(name),
  };
}

export function TextFormField<T extends FieldValues>({
  form,
  name,
  label,
  id = `field-${String(name)}`,
  ...input
}: Bound<T> & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "form" | "id">) {
  return (
    <Field label={label} htmlFor={id} error={fieldError(form, name)}>
      <Input {...input} {...controlProps(form, name, id)} />
    </Field>
  );
}

export function TextAreaFormField<T extends FieldValues>({ form, name, label, id = `field-${String(name)}` }: Bound<T>) {
  return (
    <Field label={label} htmlFor={id} error={fieldError(form, name)}>
      <TextArea {...controlProps(form, name, id)} />
    </Field>
  );
}

export function SelectFormField<T extends FieldValues>({
  form,
  name,
  label,
  id = `field-${String(name)}`,
  options,
  multiple = false,
}: Bound<T> & { options: readonly { value: string; label: string }[]; multiple?: boolean }) {
  return (
    <Field label={label} htmlFor={id} error={fieldError(form, name)}>
      <Select {...(multiple ? { multiple, className: "h-28 py-1" } : {})} {...controlProps(form, name, id)}>
        <Options options={options} />
      </Select>
    </Field>
  );
}

/** Several choices out of a list (react-hook-form gives a string array); for short lists a person scrolls. */
export function MultiSelectFormField<T extends FieldValues>(props: Bound<T> & { options: readonly { value: string; label: string }[] }) {
  return <SelectFormField {...props} multiple />;
}

/** A yes/no choice, label beside the box; its error under it like the other fields. */
export function CheckboxFormField<T extends FieldValues>({ form, name, label, id = `field-${String(name)}` }: Bound<T>) {
  const error = fieldError(form, name);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...controlProps(form, name, id)} />
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The action's own error (not a field's): `action.result.serverError` from the adapter's hook. */
export function ActionError({ error, testId }: { error: ReactNode | undefined; testId?: string }) {
  if (!error) return null;
  return (
    <p role="alert" className="text-sm text-red-800" data-testid={testId}>
      {error}
    </p>
  );
}
