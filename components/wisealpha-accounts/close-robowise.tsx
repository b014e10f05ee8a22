"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { closeRobowiseAction } from "@/lib/actions/wisealpha-accounts";
import type { CloseRobowiseInput } from "@/lib/validations/wisealpha-accounts";

const CHOICES = {
  transfer_to_parent: "Move the bonds to the parent account",
  liquidate: "Sell the bonds and move the cash to the parent account",
} as const;

/** Close a robowise portfolio: the customer chooses what happens to its holdings (seed: closure type). */
export function CloseRobowise(props: Omit<CloseRobowiseInput, "closureType"> & { name: string }) {
  const [closureType, setClosureType] = useState<CloseRobowiseInput["closureType"]>("transfer_to_parent");
  const action = useAction(closeRobowiseAction, {
    onSuccess: () => toast.success(`${props.name} is closing. WiseAlpha reports when it is closed.`),
    onError: ({ error }) => toast.error(error.serverError ?? "The portfolio could not be closed."),
  });
  return (
    <ConfirmDialog
      trigger={<Button variant="secondary">Close portfolio…</Button>}
      title={`Close ${props.name}?`}
      description="Robowise stops buying at once; the portfolio closes when its holdings are settled. This cannot be undone."
      confirmLabel="Close portfolio"
      tone="danger"
      onConfirm={async () => {
        const result = await action.executeAsync({
          customerRef: props.customerRef,
          accountId: props.accountId,
          robowiseId: props.robowiseId,
          closureType,
        });
        return result?.data !== undefined;
      }}
    >
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="mb-1 font-medium">What happens to the holdings</legend>
        {(Object.keys(CHOICES) as (keyof typeof CHOICES)[]).map((key) => (
          <label key={key} className="flex items-center gap-2">
            <input type="radio" name="closureType" value={key} checked={closureType === key} onChange={() => setClosureType(key)} />
            {CHOICES[key]}
          </label>
        ))}
      </fieldset>
    </ConfirmDialog>
  );
}
