"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useState } from "react";

import { Row } from "@/components/portfolios/detail/section";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ActionError, SelectFormField, TextFormField } from "@/components/ui/form-fields";
import { Money } from "@/components/ui/money";
import { fundAccountAction } from "@/lib/actions/wisealpha-robowise";
import { fundAccountSchema } from "@/lib/validations/wisealpha-robowise";
import type { FundInstructions } from "@/lib/wisealpha-accounts/robowise-writes";

const METHOD_LABELS: Record<string, string> = {
  bank_transfer: "Bank transfer (instructions below)",
  open_banking: "Open banking (the customer is redirected to their bank)",
  debit_card: "Debit card (on a WiseAlpha payment page)",
  paysafe_js: "Card via paysafe.js (a token from the customer's browser)",
};

/** The bank details and the reference the customer must quote (seed "Funding via Bank Transfer"). */
export function TransferDetails({ details }: { details: FundInstructions }) {
  return (
    <dl data-testid="fund-instructions" className="rounded-md border border-slate-200 p-3">
      <Row label="Amount">
        <Money amount={details.amount} currency={details.currency} />
      </Row>
      <Row label="Bank reference (must be quoted)">
        <strong className="font-mono">{details.bankReference ?? "—"}</strong>
      </Row>
      <Row label="Account name">{details.accountName ?? "—"}</Row>
      <Row label="Sort code / account number">
        <span className="font-mono">
          {details.sortCode ?? "—"} / {details.accountNumber ?? "—"}
        </span>
      </Row>
      <Row label="IBAN / SWIFT">
        <span className="font-mono">
          {details.iban ?? "—"} / {details.swift ?? "—"}
        </span>
      </Row>
      <Row label="Bank">{details.bankName ?? "—"}</Row>
      <Row label="WiseAlpha reference">
        <span className="font-mono">{details.wisealphaReference}</span>
      </Row>
    </dl>
  );
}

/**
 * Fund instructions for an investment account: the methods WiseAlpha offers per currency, and a
 * bank transfer request whose details staff give the customer. The money arrives later
 * (account.bank-transfer-credited); the other methods need the customer's own browser.
 */
export function FundInstructionsForm({
  customerRef,
  accountId,
  methods,
  canRequest,
}: {
  customerRef: string;
  accountId: string;
  methods: { currency: string; methods: string[] }[];
  canRequest: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const [requestKey] = useState(() => crypto.randomUUID());
  const [issued, setIssued] = useState<FundInstructions | null>(null);
  const currencies = methods.filter((m) => m.methods.includes("bank_transfer")).map((m) => m.currency);
  const { form, action } = useHookFormAction(fundAccountAction, zodResolver(fundAccountSchema), {
    formProps: { defaultValues: { requestKey, customerRef, accountId, currency: currencies[0] ?? "GBP", amount: "" } },
    actionProps: {
      onSuccess: ({ data }) => {
        if (data) setIssued(data);
        form.reset({ ...form.getValues(), amount: "", requestKey: crypto.randomUUID() });
      },
    },
  });
  const [currency, amount] = form.watch(["currency", "amount"]);
  return (
    <div className="flex flex-col gap-3">
      <ul className="text-sm" data-testid="payment-methods">
        {methods.map((m) => (
          <li key={m.currency}>
            <span className="font-medium">{m.currency}:</span> {m.methods.map((x) => METHOD_LABELS[x] ?? x).join("; ") || "none offered"}
          </li>
        ))}
      </ul>
      {canRequest && currencies.length > 0 && (
        <form
          aria-label="Bank transfer instructions"
          className="flex flex-wrap items-end gap-2"
          onSubmit={form.handleSubmit(() => setConfirming(true))}
        >
          <div className="w-28">
            <SelectFormField
              form={form}
              name="currency"
              label="Currency"
              id="fund-currency"
              options={currencies.map((c) => ({ value: c, label: c }))}
            />
          </div>
          <div className="w-40">
            <TextFormField form={form} name="amount" label="Amount" id="fund-amount" inputMode="decimal" autoComplete="off" />
          </div>
          <Button type="submit" size="sm" disabled={action.isPending}>
            Get bank transfer details…
          </Button>
          <div className="basis-full">
            <ActionError error={form.formState.errors.root?.message ?? action.result.serverError} testId="fund-error" />
          </div>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            title="Ask WiseAlpha for a bank transfer?"
            description="WiseAlpha opens a transfer request and gives the bank details and the reference the customer must quote. The account is credited when the money arrives."
            confirmLabel="Request transfer details"
            onConfirm={async () => {
              await action.executeAsync(form.getValues());
            }}
          >
            <p className="text-sm">
              Expect <Money amount={amount || "0"} currency={currency} /> into account {accountId}.
            </p>
          </ConfirmDialog>
        </form>
      )}
      {issued && <TransferDetails details={issued} />}
    </div>
  );
}
