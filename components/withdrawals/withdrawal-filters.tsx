import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { ProviderSelectField } from "@/components/ui/filter-fields";
import { WITHDRAWAL_STATES } from "@/lib/withdrawals/state-machine";

/** A plain GET form: filters and sort live in the URL, so a view of the queue can be shared and reloaded. */
export function WithdrawalFilters({ initial }: { initial: Record<string, string> }) {
  return (
    <form
      method="get"
      action="/withdrawals"
      aria-label="Withdrawal filters"
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-3 xl:grid-cols-[repeat(5,minmax(0,1fr))_auto]"
    >
      <Field label="State" htmlFor="w-state">
        <Select id="w-state" name="state" defaultValue={initial.state ?? ""}>
          <option value="">Any</option>
          {WITHDRAWAL_STATES.map((s) => (
            <option key={s} value={s}>
              {s.toLowerCase().replace("_", " ")}
            </option>
          ))}
        </Select>
      </Field>
      <ProviderSelectField id="w-provider" value={initial.provider} />
      <Field label="Currency" htmlFor="w-currency">
        <Input id="w-currency" name="currency" defaultValue={initial.currency} placeholder="EUR" maxLength={3} />
      </Field>
      <Field label="Portfolio id" htmlFor="w-portfolio">
        <Input id="w-portfolio" name="portfolio" defaultValue={initial.portfolio} placeholder="P…" />
      </Field>
      <Field label="Sort" htmlFor="w-sort">
        <Select id="w-sort" name="sort" defaultValue={initial.sort ?? "oldest"}>
          <option value="oldest">Oldest first</option>
          <option value="newest">Newest first</option>
          <option value="amount-desc">Largest amount first</option>
          <option value="amount-asc">Smallest amount first</option>
        </Select>
      </Field>
      <div className="flex gap-2">
        <Button type="submit">Apply</Button>
        <Link href="/withdrawals" className="inline-flex h-9 items-center px-2 text-sm underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
