import { Field, Input } from "@/components/ui/field";
import { FilterForm, SelectField } from "@/components/ui/filter-form";
import { wordFor } from "@/lib/onboarding/words";
import { MARKET_WORDS } from "@/lib/orders/words";
import { MARKET_TYPES } from "@/lib/validations/orders";

/** A plain GET form: filters and sort live in the URL, so a view of the market can be shared and reloaded. */
export function ProductFilters({ initial }: { initial: Record<string, string> }) {
  return (
    <FilterForm
      action="/orders"
      label="Product filters"
      columns="md:grid-cols-3 xl:grid-cols-[repeat(5,minmax(0,1fr))_auto]"
      submitLabel="Apply"
    >
      <SelectField
        label="Market"
        id="p-market"
        name="market"
        value={initial.market}
        options={MARKET_TYPES.map((m) => ({ value: m, label: wordFor(MARKET_WORDS, m) }))}
      />
      <SelectField
        label="State"
        id="p-state"
        name="state"
        value={initial.state}
        options={["open", "closed", "suspended", "repaid", "defaulted", "exchanged"].map((s) => ({ value: s, label: s }))}
      />
      <Field label="Company, ISIN or product id" htmlFor="p-q">
        <Input id="p-q" name="q" defaultValue={initial.q} placeholder="McLaren, XS15…" />
      </Field>
      <SelectField
        label="Sell liquidity"
        id="p-liquidity"
        name="liquidity"
        value={initial.liquidity}
        options={[{ value: "with", label: "Only with liquidity" }]}
      />
      <SelectField
        label="Sort"
        id="p-sort"
        name="sort"
        value={initial.sort}
        any={false}
        options={[
          { value: "company", label: "Company" },
          { value: "buy-price", label: "Buy price, lowest first" },
          { value: "ytm-desc", label: "Yield to maturity, highest first" },
          { value: "coupon-desc", label: "Coupon, highest first" },
          { value: "maturity", label: "Maturity, soonest first" },
          { value: "liquidity-desc", label: "Sell liquidity, most first" },
        ]}
      />
    </FilterForm>
  );
}
