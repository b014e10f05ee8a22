"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { changeBrokerageAccountAction } from "@/lib/actions/portfolios";
import type { PortfolioDetail } from "@/lib/portfolios/portfolio-detail";

import { Mono, Row, Section } from "./section";

type Account = PortfolioDetail["brokerageAccount"];

/** The account and, for STAFF and ADMIN, an edit form; the action checks portfolios.edit itself. */
export function BrokerageAccount({ portfolioId, account, canEdit }: { portfolioId: string; account: Account; canEdit: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const action = useAction(changeBrokerageAccountAction, {
    onSuccess: () => {
      // Four eyes: a new payout account waits for a second person on Approvals.
      toast.success("New brokerage account sent for approval: another person must approve it on Approvals.");
      setEditing(false);
      router.refresh();
    },
  });
  const errors = action.result.validationErrors as Record<string, { _errors?: string[] }> | undefined;

  return (
    <Section
      title="Brokerage account"
      actions={
        canEdit &&
        !editing && (
          <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )
      }
    >
      {account ? (
        <dl data-testid="brokerage-account">
          <Row label="Account type">{account.bank_account_type ?? "—"}</Row>
          <Row label="Account number">{account.bank_account_number ? <Mono>{account.bank_account_number}</Mono> : "—"}</Row>
          <Row label="Bank id (BIC)">{account.bank_id ? <Mono>{account.bank_id}</Mono> : "—"}</Row>
          <Row label="Payment reference">{account.payment_reference ?? "—"}</Row>
          <Row label="Broker portfolio id">{account.brokerage_portfolio_id ?? "—"}</Row>
          <Row label="Broker user id">{account.brokerage_user_id ?? "—"}</Row>
        </dl>
      ) : (
        <p className="text-sm text-slate-500">No brokerage account yet: the portfolio waits for one before it can be funded.</p>
      )}
      {editing && (
        <form
          aria-label="Edit brokerage account"
          className="mt-3 flex flex-col gap-2 border-t border-slate-200 pt-3"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            action.execute({
              portfolioId,
              iban: String(form.get("iban") ?? ""),
              bic: String(form.get("bic") ?? ""),
              paymentReference: String(form.get("paymentReference") ?? ""),
            });
          }}
        >
          <Field label="IBAN" htmlFor="ba-iban" error={errors?.iban?._errors}>
            <Input id="ba-iban" name="iban" defaultValue={account?.bank_account_number ?? ""} required autoComplete="off" />
          </Field>
          <Field label="BIC (optional)" htmlFor="ba-bic" error={errors?.bic?._errors}>
            <Input id="ba-bic" name="bic" defaultValue={account?.bank_id ?? ""} autoComplete="off" />
          </Field>
          <Field label="Payment reference (optional)" htmlFor="ba-ref" error={errors?.paymentReference?._errors}>
            <Input id="ba-ref" name="paymentReference" defaultValue={account?.payment_reference ?? ""} autoComplete="off" />
          </Field>
          <FormError message={action.result.serverError} />
          <div className="flex gap-2">
            <Button type="submit" disabled={action.isPending}>
              {action.isPending ? "Saving…" : "Save account"}
            </Button>
            <Button variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}
