"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { OutcomeList } from "@/components/ui/outcome-list";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, FormError, Input } from "@/components/ui/field";
import { utcDayInputValue } from "@/lib/format/zoned";
import { acceptCashlinkInvestmentsAction, markCashlinkInvestmentPaidAction } from "@/lib/actions/cashlink-operations";

/**
 * "Mark paid" (ACCEPTED → PAID): the date the investor's payment arrived, confirmed first. The server
 * keeps one record per investment, so a second click or a retry re-sends the same keyed request.
 */
export function MarkPaid({ investmentId, amountText }: { investmentId: string; amountText: string }) {
  const router = useRouter();
  const [paidAt, setPaidAt] = useState(() => utcDayInputValue(new Date()));
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="mark-paid">
      <Field label="Payment received on (UTC date)" htmlFor={`paid-at-${investmentId}`}>
        <Input id={`paid-at-${investmentId}`} type="date" value={paidAt} onChange={(e) => setPaidAt(e.target.value)} required />
      </Field>
      <ConfirmDialog
        title="Mark this investment paid at Cashlink?"
        description={`Records that the investor's payment of ${amountText} arrived on ${paidAt}. Cashlink moves the investment from ACCEPTED to PAID; it cannot be undone here.`}
        confirmLabel="Yes, mark paid"
        trigger={<Button size="sm">Mark paid</Button>}
        testId="mark-paid-dialog"
        onConfirm={async () => {
          setError(null);
          const result = await markCashlinkInvestmentPaidAction({ investmentId, paidAt });
          if (result?.serverError || result?.validationErrors) {
            setError(result.serverError ?? "Enter the date the payment arrived.");
            return false;
          }
          toast.success(result?.data?.alreadyDone ? "Already marked paid from the back office." : "Marked paid at Cashlink.");
          router.refresh();
        }}
      >
        <FormError message={error} testId="mark-paid-error" />
      </ConfirmDialog>
    </div>
  );
}

export type AcceptOutcome = { investmentId: string; outcome: "accepted" | "already_accepted" | "failed"; message: string };

/** Accepts the given investments (one or many) after a confirmation; returns the result per investment. */
export function AcceptInvestments({
  investmentIds,
  label,
  onDone,
}: {
  investmentIds: string[];
  label: string;
  onDone: (results: AcceptOutcome[] | null, error: string | null) => void;
}) {
  const router = useRouter();
  return (
    <ConfirmDialog
      title={`Accept ${investmentIds.length} investment(s) at Cashlink?`}
      description="Each investment waiting for acceptance moves to ACCEPTED, one after the other; you get a result per investment. Acceptance cannot be undone here."
      confirmLabel={`Yes, accept ${investmentIds.length}`}
      trigger={<Button size="sm">{label}</Button>}
      testId="accept-dialog"
      onConfirm={async () => {
        try {
          const result = await acceptCashlinkInvestmentsAction({ investmentIds, acceptedAt: new Date().toISOString() });
          if (result?.data) onDone(result.data.results, null);
          else onDone(null, result?.serverError ?? "Nothing was accepted.");
        } catch {
          onDone(null, "The server could not be reached; retrying sends the same requests, so nothing is accepted twice.");
        }
        router.refresh();
      }}
    />
  );
}

export function AcceptResults({ results, error }: { results: AcceptOutcome[] | null; error: string | null }) {
  const outcomes =
    results?.map((r) => ({
      id: r.investmentId,
      ok: r.outcome !== "failed",
      message: r.message,
      attributes: { "data-outcome": r.outcome },
    })) ?? null;
  return <OutcomeList error={error} outcomes={outcomes} testId="accept-results" />;
}

/** One investment's accept button with its result in place (the invitation page). */
export function AcceptOne({ investmentId }: { investmentId: string }) {
  const [state, setState] = useState<{ results: AcceptOutcome[] | null; error: string | null }>({ results: null, error: null });
  return (
    <div>
      <AcceptInvestments
        investmentIds={[investmentId]}
        label="Accept investment"
        onDone={(results, error) => setState({ results, error })}
      />
      <AcceptResults {...state} />
    </div>
  );
}
