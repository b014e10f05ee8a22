"use client";

import { useAction } from "next-safe-action/hooks";
import { toast } from "sonner";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { Button } from "@/components/ui/button";
import { requestReconciliationRunAction } from "@/lib/actions/reconciliation";

/** ADMIN: queue a full run now; the worker takes it within seconds and the page shows its figures on reload. */
export function RunNowButton() {
  const succeeded = useSucceeded();
  const action = useAction(requestReconciliationRunAction, {
    onSuccess: succeeded("Run queued: the worker starts it within seconds. Reload for its figures."),
    onError: ({ error }) => toast.error(error.serverError ?? "The run could not be queued."),
  });
  return (
    <Button type="button" onClick={() => action.execute({ confirm: true })} disabled={action.isPending}>
      {action.isPending ? "Queuing…" : "Run all checks now"}
    </Button>
  );
}
