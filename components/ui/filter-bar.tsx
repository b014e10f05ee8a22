"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { usePathname } from "next/navigation";
import { useMemo, useTransition, type FormEvent } from "react";

import { utcToZonedWallTime, zonedWallTimeToUtc } from "@/lib/format/zoned";

import { Button } from "./button";
import { Field, Input, Options, Select } from "./field";
import { useFormatPrefs } from "./format-provider";

export type FilterField =
  | { kind: "text"; key: string; label: string; placeholder?: string; maxLength?: number; type?: "text" | "search" }
  | { kind: "select"; key: string; label: string; options: readonly { value: string; label: string }[]; any?: boolean }
  /** A moment, typed in the person's zone and kept in the URL as UTC (`…Z`). */
  | { kind: "datetime"; key: string; label: string };

/**
 * The one filter bar: serialisable field descriptions (so a server page can pass them), values
 * in the URL through nuqs, applied together on submit, each change back to the first page.
 * The server page parses the same keys with its area's parsers (lib/<area>/url-state.ts).
 * Without JavaScript it is a plain GET form, so it still works before hydration.
 */
export function FilterBar({
  label,
  fields,
  testId,
  submitLabel = "Apply",
}: {
  label: string;
  fields: readonly FilterField[];
  testId?: string;
  submitLabel?: string;
}) {
  const pathname = usePathname();
  const { timeZone } = useFormatPrefs();
  const [pending, startTransition] = useTransition();
  // Keyed by the field names: a server re-render hands new but equal field objects.
  const keys = fields.map((f) => f.key).join(",");
  const parsers = useMemo(
    () => Object.fromEntries([...keys.split(","), "page", "cursor"].filter(Boolean).map((k) => [k, parseAsString] as const)),
    [keys],
  );
  const [values, setValues] = useQueryStates(parsers);
  const apply = (patch: Record<string, string | null>) =>
    void setValues({ ...patch, page: null, cursor: null }, { shallow: false, startTransition, history: "push" });

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const patch: Record<string, string | null> = {};
    for (const f of fields) {
      const raw = String(data.get(f.key) ?? "").trim();
      patch[f.key] = raw === "" ? null : f.kind === "datetime" ? (zonedWallTimeToUtc(raw, timeZone)?.toISOString() ?? null) : raw;
    }
    apply(patch);
  };
  const clear = () => apply(Object.fromEntries(fields.map((f) => [f.key, null])));
  // Inputs are uncontrolled; their key changes with the URL value, so back/forward and "Clear" refill them.
  const id = (key: string) => `filter-${key}`;

  return (
    <form
      method="get"
      action={pathname}
      aria-label={label}
      aria-busy={pending || undefined}
      onSubmit={onSubmit}
      data-testid={testId}
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      {fields.map((f) => {
        const value = values[f.key] ?? "";
        return (
          <div key={f.key} className="w-full min-w-40 flex-1 sm:w-auto sm:max-w-60">
            <Field label={f.kind === "datetime" ? `${f.label} (${timeZone})` : f.label} htmlFor={id(f.key)}>
              {f.kind === "select" ? (
                <Select key={value} id={id(f.key)} name={f.key} defaultValue={value || (f.any === false ? f.options[0]?.value : "")}>
                  {f.any !== false && <option value="">Any</option>}
                  <Options options={f.options} />
                </Select>
              ) : f.kind === "datetime" ? (
                <Input
                  key={value}
                  id={id(f.key)}
                  name={f.key}
                  type="datetime-local"
                  defaultValue={value ? (utcToZonedWallTime(value, timeZone) ?? "") : ""}
                />
              ) : (
                <Input
                  key={value}
                  id={id(f.key)}
                  name={f.key}
                  type={f.type ?? "text"}
                  defaultValue={value}
                  placeholder={f.placeholder}
                  maxLength={f.maxLength}
                />
              )}
            </Field>
          </div>
        );
      })}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={clear} disabled={pending}>
          Clear
        </Button>
      </div>
    </form>
  );
}
