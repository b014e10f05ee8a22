"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ActionError, SelectFormField, TextFormField } from "@/components/ui/form-fields";
import { Money } from "@/components/ui/money";
import { fundRobowiseAction, withdrawRobowiseAction } from "@/lib/actions/wisealpha-robowise";
import { fundRobowiseSchema, withdrawRobowiseSchema } from "@/lib/validations/wisealpha-robowise";

type Target = { customerRef: string; accountId: string; robowiseId: string; name: string; currency: string };

/**
 * Money into and out of a robowise portfolio. The form is checked first, then a confirm dialog
 * shows the amount before anything is sent; WiseAlpha's refusals land on the form's fields.
 */
export function FundRobowiseForm({ parentCash, ...t }: Target & { parentCash: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  // One key per opened form (WiseAlpha has no idempotency key): the same submission is sent once.
  const [requestKey] = useState(() => crypto.randomUUID());
  const { form, action } = useHookFormAction(fundRobowiseAction, zodResolver(fundRobowiseSchema), {
    formProps: { defaultValues: { requestKey, customerRef: t.customerRef, accountId: t.accountId, robowiseId: t.robowiseId, amount: "" } },
    actionProps: {
      onSuccess: ({ data }) => {
        if (data?.status === "pending") toast.success("Above the four-eyes limit: another person must approve this funding on Approvals.");
        else if (data) toast.success(`${t.name} funded: its cash is now ${data.cash} ${data.currency}.`);
        form.reset({ ...form.getValues(), amount: "", requestKey: crypto.randomUUID() });
        router.refresh();
      },
    },
  });
  const amount = form.watch("amount");
  return (
    <form aria-label="Fund robowise portfolio" className="flex flex-col gap-2" onSubmit={form.handleSubmit(() => setConfirming(true))}>
      <p className="text-xs text-slate-600">
        From the parent account&apos;s cash: <Money amount={parentCash} currency={t.currency} /> available.
      </p>
      <TextFormField
        form={form}
        name="amount"
        label={`Amount to move in (${t.currency})`}
        id="rw-fund-amount"
        inputMode="decimal"
        autoComplete="off"
      />
      <ActionError error={form.formState.errors.root?.message ?? action.result.serverError} testId="robowise-fund-error" />
      <div>
        <Button type="submit" size="sm" disabled={action.isPending}>
          Fund…
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Fund ${t.name}?`}
        description="The cash leaves the parent account now; robowise invests it under the portfolio's parameters."
        confirmLabel="Move the money"
        onConfirm={async () => {
          await action.executeAsync(form.getValues());
        }}
      >
        <p className="text-sm" data-testid="robowise-fund-confirm">
          Move <Money amount={amount || "0"} currency={t.currency} /> from account {t.accountId} into {t.name}.
        </p>
      </ConfirmDialog>
    </form>
  );
}

const TYPE_LABELS = {
  some: "Withdraw an amount (robowise sells to reach it)",
  all: "Cash out completely",
  none: "Cancel the withdrawal set now",
} as const;

/** Seed "Withdraw cash from a Robowise Portfolio": sets the withdrawal behaviour; a new one replaces the current one. */
export function WithdrawRobowiseForm({ pending, ...t }: Target & { pending: { type: string; amount: string } }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [requestKey] = useState(() => crypto.randomUUID());
  const { form, action } = useHookFormAction(withdrawRobowiseAction, zodResolver(withdrawRobowiseSchema), {
    formProps: {
      defaultValues: { requestKey, customerRef: t.customerRef, accountId: t.accountId, robowiseId: t.robowiseId, type: "some", amount: "" },
    },
    actionProps: {
      onSuccess: ({ data }) => {
        if (data)
          toast.success(
            data.type === "none" ? "No withdrawal is set now." : `Withdrawal set; ${data.pending} ${t.currency} still to come.`,
          );
        form.reset({ ...form.getValues(), amount: "", requestKey: crypto.randomUUID() });
        router.refresh();
      },
    },
  });
  const [type, amount] = form.watch(["type", "amount"]);
  return (
    <form
      aria-label="Withdraw from robowise portfolio"
      className="flex flex-col gap-2"
      onSubmit={form.handleSubmit(() => setConfirming(true))}
    >
      {pending.type !== "none" && (
        <p className="text-xs text-slate-600">
          Set now: {pending.type === "all" ? "cash out completely" : "an amount"}, <Money amount={pending.amount} currency={t.currency} />{" "}
          still to come. A new withdrawal replaces it.
        </p>
      )}
      <SelectFormField
        form={form}
        name="type"
        label="Withdrawal"
        id="rw-withdraw-type"
        options={(Object.keys(TYPE_LABELS) as (keyof typeof TYPE_LABELS)[]).map((k) => ({ value: k, label: TYPE_LABELS[k] }))}
      />
      {type === "some" && (
        <TextFormField
          form={form}
          name="amount"
          label={`Amount (${t.currency})`}
          id="rw-withdraw-amount"
          inputMode="decimal"
          autoComplete="off"
        />
      )}
      <ActionError error={form.formState.errors.root?.message ?? action.result.serverError} testId="robowise-withdraw-error" />
      <div>
        <Button type="submit" size="sm" variant="secondary" disabled={action.isPending}>
          Withdraw…
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={type === "none" ? `Cancel the withdrawal from ${t.name}?` : `Withdraw from ${t.name}?`}
        description="Cash moves back to the parent account as robowise frees it; holdings may be sold for it."
        confirmLabel={type === "none" ? "Cancel the withdrawal" : "Withdraw"}
        tone={type === "all" ? "danger" : "primary"}
        onConfirm={async () => {
          await action.executeAsync(form.getValues());
        }}
      >
        <p className="text-sm">
          {type === "some" ? (
            <>
              Move <Money amount={amount || "0"} currency={t.currency} /> back to account {t.accountId}.
            </>
          ) : type === "all" ? (
            <>
              Sell everything in {t.name} and move all its cash back to account {t.accountId}.
            </>
          ) : (
            <>Stop the withdrawal that is set now; nothing more is moved.</>
          )}
        </p>
      </ConfirmDialog>
    </form>
  );
}
