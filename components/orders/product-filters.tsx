import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { MARKET_TYPES } from "@/lib/validations/orders";

/** A plain GET form: filters and sort live in the URL, so a view of the market can be shared and reloaded. */
export function ProductFilters({ initial }: { initial: Record<string, string> }) {
  return (
    <form
      method="get"
      action="/orders"
      aria-label="Product filters"
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-3 xl:grid-cols-[repeat(5,minmax(0,1fr))_auto]"
    >
      <Field label="Market" htmlFor="p-market">
        <Select id="p-market" name="market" defaultValue={initial.market ?? ""}>
          <option value="">Any</option>
          {MARKET_TYPES.map((m) => (
            <option key={m} value={m}>
              {m.replace("_", " ")}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="State" htmlFor="p-state">
        <Select id="p-state" name="state" defaultValue={initial.state ?? ""}>
          <option value="">Any</option>
          {["open", "closed", "suspended", "repaid", "defaulted", "exchanged"].map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Company, ISIN or product id" htmlFor="p-q">
        <Input id="p-q" name="q" defaultValue={initial.q} placeholder="McLaren, XS15…" />
      </Field>
      <Field label="Sell liquidity" htmlFor="p-liquidity">
        <Select id="p-liquidity" name="liquidity" defaultValue={initial.liquidity ?? ""}>
          <option value="">Any</option>
          <option value="with">Only with liquidity</option>
        </Select>
      </Field>
      <Field label="Sort" htmlFor="p-sort">
        <Select id="p-sort" name="sort" defaultValue={initial.sort ?? "company"}>
          <option value="company">Company</option>
          <option value="buy-price">Buy price, lowest first</option>
          <option value="ytm-desc">Yield to maturity, highest first</option>
          <option value="coupon-desc">Coupon, highest first</option>
          <option value="maturity">Maturity, soonest first</option>
          <option value="liquidity-desc">Sell liquidity, most first</option>
        </Select>
      </Field>
      <div className="flex gap-2">
        <Button type="submit">Apply</Button>
        <Link href="/orders" className="inline-flex h-9 items-center px-2 text-sm underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
