"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { SubmitButton } from "@/components/ui/button";
import { CARD_FORM, Field, Form, FormError, Input } from "@/components/ui/field";
import { provideProfileFieldsAction } from "@/lib/actions/onboarding-provider";
import { enumWords } from "@/lib/format/enums";
import { PROFILE_FIELD_WORDS } from "@/lib/onboarding/words";
import { profileFieldsSchema } from "@/lib/validations/onboarding-profile";
import { issuesByField, type IssuesByField } from "@/lib/validations/issues-by-field";

/** The parts of the form each missing field needs (seed: fields_needed names top-level profile fields). */
const SECTIONS: Record<string, { key: string; label: string }[]> = {
  contact_number: [{ key: "contactNumber", label: "Contact number" }],
  nationality: [{ key: "nationality", label: "Nationality (e.g. GB)" }],
  date_of_birth: [{ key: "dateOfBirth", label: "Date of birth (YYYY-MM-DD)" }],
  address: [
    { key: "address.houseNumber", label: "House number" },
    { key: "address.houseName", label: "House name" },
    { key: "address.flatOrApartmentNumber", label: "Flat or apartment" },
    { key: "address.address1", label: "Street" },
    { key: "address.address3", label: "Town or city" },
    { key: "address.postCode", label: "Post code" },
    { key: "address.country", label: "Country (e.g. GB)" },
    { key: "address.fromDate", label: "Living there since (YYYY-MM-DD)" },
  ],
  tax_residencies: [
    { key: "taxResidency.country", label: "Tax residency country" },
    { key: "taxResidency.taxIdentificationNumber", label: "Tax identification number" },
  ],
  bank_details: [
    { key: "bankDetailsGbp.accountName", label: "GBP account name" },
    { key: "bankDetailsGbp.sortCode", label: "Sort code" },
    { key: "bankDetailsGbp.accountNumber", label: "Account number" },
  ],
  tos_acceptance: [
    { key: "tosAcceptance.date", label: "Terms accepted at (ISO date-time)" },
    { key: "tosAcceptance.ipAddress", label: "Customer's IP address when accepting" },
  ],
};

function nest(flat: Record<string, string>) {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    if (!value.trim()) continue;
    const [head, tail] = path.split(".") as [string, string | undefined];
    if (tail) out[head] = { ...((out[head] as object) ?? {}), [tail]: value };
    else out[head] = value;
  }
  return out;
}

/** Provide the fields WiseAlpha still needs; validated here and in the action by one schema. */
export function ProfileFieldsForm({
  caseId,
  fieldsNeeded,
  bankRejected,
}: {
  caseId: string;
  fieldsNeeded: string[];
  bankRejected: boolean;
}) {
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<IssuesByField>({});
  const wanted = [...new Set([...fieldsNeeded.filter((f) => SECTIONS[f]), ...(bankRejected ? ["bank_details"] : [])])];
  const provide = useAction(provideProfileFieldsAction, {
    onSuccess: ({ data }) => {
      toast.success(
        data?.fieldsNeeded.length
          ? `Saved; WiseAlpha still needs ${data.fieldsNeeded.map((f) => enumWords(f, PROFILE_FIELD_WORDS).toLowerCase()).join(", ")}.`
          : "Saved; no fields are missing now.",
      );
      setValues({});
      router.refresh();
    },
  });
  if (wanted.length === 0) return null;
  return (
    <Form
      aria-label="Provide missing fields"
      className={CARD_FORM}
      onSubmit={() => {
        const parsed = profileFieldsSchema.safeParse({ caseId, ...nest(values) });
        if (!parsed.success) {
          setErrors(issuesByField(parsed.error));
          return;
        }
        setErrors({});
        provide.execute(parsed.data);
      }}
    >
      <h2 className="text-sm font-semibold">Provide missing fields</h2>
      {wanted.map((field) => (
        <fieldset key={field} className="grid grid-cols-2 gap-2">
          <legend className="col-span-2 mb-1 text-xs font-semibold text-slate-700" title={field}>
            {enumWords(field, PROFILE_FIELD_WORDS)}
          </legend>
          {SECTIONS[field]!.map(({ key, label }) => (
            <Field key={key} label={label} htmlFor={`pf-${key}`} error={errors[key]}>
              <Input id={`pf-${key}`} value={values[key] ?? ""} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} />
            </Field>
          ))}
        </fieldset>
      ))}
      {[...(errors._form ?? []), ...(provide.result.serverError ? [provide.result.serverError] : [])].map((m) => (
        <FormError key={m} message={m} />
      ))}
      <div>
        <SubmitButton pending={provide.isPending}>Send to WiseAlpha</SubmitButton>
      </div>
    </Form>
  );
}
