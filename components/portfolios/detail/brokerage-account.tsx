"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useState } from "react";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { Button, SubmitOrCancel } from "@/components/ui/button";
import { EnumText } from "@/components/ui/enum-text";
import { ActionError, TextFormField } from "@/components/ui/form-fields";
import { changeBrokerageAccountAction } from "@/lib/actions/portfolios";
import { changeBrokerageAccountSchema } from "@/lib/validations/portfolios-actions";
import type { PortfolioDetail } from "@/lib/portfolios/portfolio-detail";

import { Mono, Row, Section } from "./section";

type Account = PortfolioDetail["brokerageAccount"];

/** The account and, for STAFF and ADMIN, an edit form; the action checks portfolios.edit itself. */
export function BrokerageAccount({ portfolioId, account, canEdit }: { portfolioId: string; account: Account; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);

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
          <Row label="Account type">
            <EnumText value={account.bank_account_type} />
          </Row>
          <Row label="Account number">{account.bank_account_number ? <Mono>{account.bank_account_number}</Mono> : "—"}</Row>
          <Row label="Bank id (BIC)">{account.bank_id ? <Mono>{account.bank_id}</Mono> : "—"}</Row>
          <Row label="Payment reference">{account.payment_reference ?? "—"}</Row>
          <Row label="Broker portfolio id">{account.brokerage_portfolio_id ?? "—"}</Row>
          <Row label="Broker user id">{account.brokerage_user_id ?? "—"}</Row>
        </dl>
      ) : (
        <p className="text-sm text-slate-500">No brokerage account yet: the portfolio waits for one before it can be funded.</p>
      )}
      {editing && <AccountForm portfolioId={portfolioId} account={account} onClose={() => setEditing(false)} />}
    </Section>
  );
}

/** The new account, checked in the browser by the action's own schema; it waits for a second person (four eyes). */
function AccountForm({ portfolioId, account, onClose }: { portfolioId: string; account: Account; onClose: () => void }) {
  const succeeded = useSucceeded();
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    changeBrokerageAccountAction,
    zodResolver(changeBrokerageAccountSchema),
    {
      formProps: {
        defaultValues: {
          portfolioId,
          iban: account?.bank_account_number ?? "",
          bic: account?.bank_id ?? "",
          paymentReference: account?.payment_reference ?? "",
        },
      },
      actionProps: {
        onSuccess: succeeded("New brokerage account sent for approval: another person must approve it on Approvals.", onClose),
      },
    },
  );
  return (
    <form
      aria-label="Edit brokerage account"
      className="mt-3 flex flex-col gap-2 border-t border-slate-200 pt-3"
      onSubmit={handleSubmitWithAction}
    >
      <TextFormField form={form} name="iban" label="IBAN" id="ba-iban" autoComplete="off" />
      <TextFormField form={form} name="bic" label="BIC (optional)" id="ba-bic" autoComplete="off" />
      <TextFormField form={form} name="paymentReference" label="Payment reference (optional)" id="ba-ref" autoComplete="off" />
      <ActionError error={action.result.serverError} />
      <SubmitOrCancel label="Save account" pending={action.isPending} pendingLabel="Saving…" onCancel={onClose} />
    </form>
  );
}
