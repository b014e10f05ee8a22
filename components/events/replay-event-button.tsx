"use client";

import { useAction } from "next-safe-action/hooks";
import { toast } from "sonner";

import { useSucceeded } from "@/components/ui/use-succeeded";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { replayEventAction } from "@/lib/actions/events";

/** Shown to ADMIN only; the action checks events.replay itself, whoever calls it. */
export function ReplayEventButton({ eventId, pending }: { eventId: string; pending: boolean }) {
  const succeeded = useSucceeded();
  const replay = useAction(replayEventAction, {
    onSuccess: succeeded("Event queued for replay."),
    onError: ({ error }) => toast.error(error.serverError ?? "The replay was not accepted."),
  });
  return (
    <div className="flex items-center gap-2">
      <ConfirmDialog
        trigger={
          <Button variant="secondary" disabled={pending || replay.isPending}>
            Replay
          </Button>
        }
        title="Replay this event?"
        description="Its handler runs again; the event is not stored again."
        confirmLabel="Replay"
        onConfirm={() => replay.execute({ eventId })}
      />
      {pending && <span className="text-xs text-slate-700">Already waiting to be processed.</span>}
    </div>
  );
}
