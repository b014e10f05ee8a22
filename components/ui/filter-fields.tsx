import { Field, Input } from "@/components/ui/field";
import { SelectField } from "@/components/ui/filter-form";

/** The providers, as every filter offers them; "" is "any". */
export function ProviderSelectField({ id, value }: { id: string; value?: string }) {
  return (
    <SelectField
      label="Provider"
      id={id}
      name="provider"
      value={value}
      options={[
        { value: "INVESTSUITE", label: "InvestSuite" },
        { value: "WISEALPHA", label: "WiseAlpha" },
        { value: "CASHLINK", label: "Cashlink" },
      ]}
    />
  );
}

/**
 * `from` / `to` as datetime-local inputs, labelled UTC because the shared URL schema
 * (optionalDate) reads a value without a zone as UTC. A shared link may carry `…Z`,
 * which the input cannot show, so it is dropped for display only.
 */
export function DateRangeFields({ idPrefix, from, to }: { idPrefix: string; from?: string; to?: string }) {
  return (
    <>
      <Field label="From (UTC)" htmlFor={`${idPrefix}-from`}>
        <Input id={`${idPrefix}-from`} name="from" type="datetime-local" defaultValue={from?.replace(/Z$/, "")} />
      </Field>
      <Field label="To (UTC)" htmlFor={`${idPrefix}-to`}>
        <Input id={`${idPrefix}-to`} name="to" type="datetime-local" defaultValue={to?.replace(/Z$/, "")} />
      </Field>
    </>
  );
}
