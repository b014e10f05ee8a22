"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { SubmitButton } from "@/components/ui/button";
import { CARD_FORM, Field, Form, FormError, Input, Select } from "@/components/ui/field";
import { changeInvestorTypeAction } from "@/lib/actions/onboarding-provider";
import { changeInvestorTypeSchema, INVESTOR_TYPE_RULES, investorTypeKind } from "@/lib/validations/onboarding-investor-type";
import { issuesByField, type IssuesByField } from "@/lib/validations/issues-by-field";

type InvestorTypeOption = { id: number; identifier: string; title: string };

/**
 * Change investor type: the chosen type's rules are listed inline, and the form checks
 * them with the same schema the action uses, so the messages are the same on both sides.
 */
export function InvestorTypeForm({ caseId, types }: { caseId: string; types: InvestorTypeOption[] }) {
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string | boolean>>({
    investorTypeId: String(types[0]?.id ?? ""),
    annualIncomeCurrency: "GBP",
    netInvestibleAssetsCurrency: "GBP",
  });
  const [errors, setErrors] = useState<IssuesByField>({});
  const chosen = types.find((t) => String(t.id) === values.investorTypeId);
  const kind = chosen ? investorTypeKind(chosen.identifier) : "STANDARD";
  const change = useAction(changeInvestorTypeAction, {
    onSuccess: ({ data }) => {
      toast.success(data?.pendingApproval ? "Change requested; WiseAlpha staff will review it." : "Investor type set.");
      router.refresh();
    },
  });
  const set = (key: string, value: string | boolean) => setValues((v) => ({ ...v, [key]: value }));
  const text = (key: string, label: string) => (
    <Field label={label} htmlFor={`it-${key}`} error={errors[key]}>
      <Input id={`it-${key}`} value={String(values[key] ?? "")} onChange={(e) => set(key, e.target.value)} aria-invalid={!!errors[key]} />
    </Field>
  );
  const check = (key: string, label: string) => (
    <label className="flex items-center gap-2 text-xs">
      <input type="checkbox" checked={values[key] === true} onChange={(e) => set(key, e.target.checked)} /> {label}
    </label>
  );

  return (
    <Form
      aria-label="Change investor type"
      className={CARD_FORM}
      onSubmit={() => {
        const input = { ...values, caseId, investorTypeIdentifier: chosen?.identifier ?? "" };
        const parsed = changeInvestorTypeSchema.safeParse(input);
        if (!parsed.success) {
          setErrors(issuesByField(parsed.error));
          return;
        }
        setErrors({});
        change.execute(parsed.data);
      }}
    >
      <h2 className="text-sm font-semibold">Investor type</h2>
      <Field label="Type" htmlFor="it-investorTypeId">
        <Select id="it-investorTypeId" value={String(values.investorTypeId)} onChange={(e) => set("investorTypeId", e.target.value)}>
          {types.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title} ({t.identifier})
            </option>
          ))}
        </Select>
      </Field>
      <ul className="list-disc pl-5 text-xs text-slate-700" data-testid="investor-type-rules">
        {INVESTOR_TYPE_RULES[kind].map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <div className="grid grid-cols-2 gap-2">
        {text("annualIncome", "Annual income")}
        {text("annualIncomeCurrency", "Currency")}
        {text("netInvestibleAssets", "Net investible assets")}
        {text("netInvestibleAssetsCurrency", "Currency")}
      </div>
      {text("occupation", "Occupation (optional)")}
      {kind === "PROFESSIONAL" && text("professionalInvestmentExperience", "Professional investment experience")}
      {kind === "ADVISED" && (
        <>
          {text("advisorName", "Advisor's name")}
          {text("advisorFcaReferenceNumber", "Advisor's FCA reference number")}
          {check("advisorIsFcaAuthorised", "The advisor is FCA authorised")}
          {errors.advisorIsFcaAuthorised && (
            <p className="text-xs text-red-700" role="alert">
              {errors.advisorIsFcaAuthorised[0]}
            </p>
          )}
        </>
      )}
      {kind === "SOPHISTICATED" && (
        <fieldset className="flex flex-col gap-1">
          {check("angel", "Member of a business angel network")}
          {check("unlisted", "Invested in unlisted companies, P2P, crowdfunding or VC")}
          {check("professional", "Worked in private equity or SME finance")}
          {check("director", "Director of a company with £1m+ turnover")}
        </fieldset>
      )}
      {(errors._form ?? []).map((m) => (
        <FormError key={m} message={m} />
      ))}
      <FormError message={change.result.serverError} />
      <div>
        <SubmitButton pending={change.isPending}>Submit to WiseAlpha</SubmitButton>
      </div>
    </Form>
  );
}
