"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { FormError, Input } from "@/components/ui/field";
import { confirmCustomerMatchAction, rejectCustomerMatchAction, unlinkCustomerPersonAction } from "@/lib/actions/customers";

type Mode =
  | { kind: "match"; matchId: string; label: string }
  | { kind: "unlink"; customerId: string; provider: "INVESTSUITE" | "WISEALPHA" | "CASHLINK"; label: string };

/**
 * Confirm / reject a suggested link, or unlink a person: always with a reason (it is audited),
 * and a conflict asks once more before it is confirmed against its contradiction.
 */
export function LinkDecision({ mode, conflict = false }: { mode: Mode; conflict?: boolean }) {
  const router = useRouter();
  const id = useId();
  const [reason, setReason] = useState("");
  const done = (what: string) => () => {
    toast.success(what);
    setReason("");
    router.refresh();
  };
  const confirmAction = useAction(confirmCustomerMatchAction, { onSuccess: done("Link confirmed.") });
  const rejectAction = useAction(rejectCustomerMatchAction, { onSuccess: done("Suggestion rejected.") });
  const unlinkAction = useAction(unlinkCustomerPersonAction, { onSuccess: done("Person unlinked.") });
  const pending = confirmAction.isPending || rejectAction.isPending || unlinkAction.isPending;
  const error =
    confirmAction.result.serverError ??
    rejectAction.result.serverError ??
    unlinkAction.result.serverError ??
    (confirmAction.result.validationErrors || rejectAction.result.validationErrors || unlinkAction.result.validationErrors
      ? "Give a reason (at least 3 characters)."
      : undefined);

  return (
    <form className="flex flex-wrap items-center gap-2" aria-label={mode.label} onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-reason`} className="sr-only">
        Reason ({mode.label})
      </label>
      <Input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Reason" className="h-8 w-56" />
      {mode.kind === "match" ? (
        <>
          <Button
            size="sm"
            disabled={pending}
            onClick={() => {
              if (conflict && !window.confirm("The records contradict each other. Link them anyway?")) return;
              confirmAction.execute({ matchId: mode.matchId, reason });
            }}
          >
            Confirm link
          </Button>
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => rejectAction.execute({ matchId: mode.matchId, reason })}>
            Reject
          </Button>
        </>
      ) : (
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() => unlinkAction.execute({ customerId: mode.customerId, provider: mode.provider, reason })}
        >
          Unlink
        </Button>
      )}
      <FormError message={error} />
    </form>
  );
}
