import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Field, Options, Select } from "@/components/ui/field";

/**
 * A list page's filter form: a plain GET form, so the filters live in the URL and a view
 * can be shared and reloaded. "Clear" loads the bare list.
 *
 * `columns` is the page's responsive grid, e.g. "md:grid-cols-3 xl:grid-cols-[repeat(5,minmax(0,1fr))_auto]":
 * spell it out in full where the form is used, since Tailwind only generates classes it finds in source.
 * The grid ends in an `auto` column for the buttons.
 */
export function FilterForm({
  action,
  label,
  columns,
  submitLabel,
  children,
}: {
  action: string;
  label: string;
  columns: string;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      aria-label={label}
      className={`mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 ${columns}`}
    >
      {children}
      <div className="flex gap-2">
        <Button type="submit">{submitLabel}</Button>
        {/* A full load, not a client-side <Link>: React keeps a mounted <select>'s choice when only its
            defaultValue changes, so the form would still show the filters just cleared. */}
        <a href={action} className="inline-flex h-9 items-center px-2 text-sm underline">
          Clear
        </a>
      </div>
    </form>
  );
}

export type SelectOption = { value: string; label: string };

/**
 * A labelled select over `options`, led by "Any" (value "", so the filter is left out of the URL)
 * unless `any` is false; then it starts on `value` or the first option (a sort, say).
 */
export function SelectField({
  label,
  id,
  name,
  value,
  options,
  any = true,
}: {
  label: string;
  id: string;
  name: string;
  value?: string;
  options: readonly SelectOption[];
  any?: boolean;
}) {
  return (
    <Field label={label} htmlFor={id}>
      <Select id={id} name={name} defaultValue={value ?? (any ? "" : options[0]?.value)}>
        {any && <option value="">Any</option>}
        <Options options={options} />
      </Select>
    </Field>
  );
}

/**
 * Why a list ignored the URL's filter: the schema's issues, then what the page did instead.
 * Renders nothing when `error` is undefined (the filter parsed).
 */
export function FilterIgnoredAlert({
  error,
  outcome = "The filter was ignored.",
}: {
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } | undefined;
  outcome?: string;
}) {
  if (!error) return null;
  return (
    <p role="alert" className="mb-4 rounded-md bg-red-50 p-2 text-sm text-red-800">
      {error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join(" ")} {outcome}
    </p>
  );
}

/**
 * A one-box text search (`q`) over a list, keeping the list's other filters as hidden fields
 * so searching does not reset them.
 */
export function SearchForm({
  action,
  label,
  placeholder,
  value,
  keep,
}: {
  action: string;
  label: string;
  placeholder: string;
  value?: string;
  keep: Record<string, string>;
}) {
  return (
    <form className="mb-4 flex gap-2 text-sm" action={action}>
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <input
        name="q"
        defaultValue={value ?? ""}
        placeholder={placeholder}
        aria-label={label}
        className="h-9 w-72 rounded-md border border-slate-300 px-2.5"
      />
      <button className="rounded-md border border-slate-300 bg-white px-3">Search</button>
    </form>
  );
}
