"use client";

import { useQueryStates } from "nuqs";
import { useTransition } from "react";

import { Field, Select } from "@/components/ui/field";
import { versionCompareParams } from "@/lib/portfolios/url-state";

/** Choose versions A and B; the choice lives in the URL (`?a=1&b=2`) so a comparison can be linked. */
export function VersionPicker({ versions, a, b }: { versions: number[]; a: number | null; b: number | null }) {
  const [, setParams] = useQueryStates(versionCompareParams);
  const [pending, startTransition] = useTransition();
  const set = (key: "a" | "b", value: string) => void setParams({ [key]: Number(value) }, { shallow: false, startTransition });
  const options = versions.map((v) => (
    <option key={v} value={v}>
      Version {v}
    </option>
  ));
  return (
    <form aria-label="Choose versions to compare" className="mb-4 flex flex-wrap items-end gap-4" aria-busy={pending}>
      <Field label="Version A (before)" htmlFor="version-a">
        <Select id="version-a" value={a ?? ""} onChange={(e) => set("a", e.target.value)}>
          {options}
        </Select>
      </Field>
      <Field label="Version B (after)" htmlFor="version-b">
        <Select id="version-b" value={b ?? ""} onChange={(e) => set("b", e.target.value)}>
          {options}
        </Select>
      </Field>
      {pending && <span className="pb-2 text-xs text-slate-600">Comparing…</span>}
    </form>
  );
}
