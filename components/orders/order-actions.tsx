"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { Button } from "@/components/ui/button";
import { cancelOrderAction, confirmOrderAction } from "@/lib/actions/orders";
import type { BookEntryView } from "@/lib/orders/find-order-book";
import { whyNotCancel, whyNotConfirm } from "@/lib/orders/trading-rules";

/**
 * Cancel and, after a price change, Confirm, each asked a second time. Buttons the rules
 * forbid are disabled with the rule's words (the same function the action checks).
 */
export function OrderActions({ order }: { order: BookEntryView }) {
  const router = useRouter();
  const succeeded = useSucceeded();
  const [step, setStep] = useState<"cancel" | "confirm" | null>(null);
  const onError = ({ error }: { error: { serverError?: string } }) => toast.error(error.serverError ?? "The order was not changed.");
  const cancel = useAction(cancelOrderAction, {
    onSuccess: succeeded(`Order ${order.id} cancelled at WiseAlpha.`, () => setStep(null)),
    onError,
  });
  const confirm = useAction(confirmOrderAction, {
    onSuccess: ({ data }) => {
      toast.success(
        `Confirmed at ${data?.newPrice ?? "the new price"}: new order ${data?.newId ?? "(see history)"}, same original ${order.originalId}.`,
      );
      setStep(null);
      router.refresh();
    },
    onError,
  });
  const pending = cancel.isPending || confirm.isPending;
  const noCancel = whyNotCancel(order.state);
  const noConfirm = whyNotConfirm(order.state);

  if (step)
    return (
      <div className="flex flex-col gap-1 text-xs" role="group" aria-label={`Confirm ${step} of ${order.id}`}>
        <span>
          {step === "cancel"
            ? `Cancel ${order.id} at WiseAlpha?${order.side === "BUY" ? " The reserved money goes back to the wallet." : " The principal is unlocked."}`
            : `Continue ${order.id} at the new price ${order.newPrice ?? "?"} (was ${order.price})? WiseAlpha re-issues it under a new id.`}
        </span>
        <div className="flex gap-1">
          <Button
            size="sm"
            variant={step === "cancel" ? "danger" : "primary"}
            disabled={pending}
            onClick={() => (step === "cancel" ? cancel : confirm).execute({ orderId: order.id })}
          >
            {step === "cancel" ? "Yes, cancel order" : "Yes, confirm at new price"}
          </Button>
          <Button size="sm" variant="ghost" disabled={pending} onClick={() => setStep(null)}>
            Back
          </Button>
        </div>
      </div>
    );
  return (
    <div className="flex flex-wrap gap-1">
      {order.state === "CONFIRM" && (
        <Button size="sm" disabled={pending || noConfirm !== null} title={noConfirm ?? undefined} onClick={() => setStep("confirm")}>
          Confirm
        </Button>
      )}
      <Button
        size="sm"
        variant="secondary"
        disabled={pending || noCancel !== null}
        title={noCancel ?? undefined}
        onClick={() => setStep("cancel")}
      >
        Cancel
      </Button>
    </div>
  );
}
