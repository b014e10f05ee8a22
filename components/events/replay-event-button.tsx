"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { replayEventAction } from "@/lib/actions/events";

/** Shown to ADMIN only; the action checks events.replay itself, whoever calls it. */
export function ReplayEventButton({ eventId, pending }: { eventId: string; pending: boolean }) {
  const router = useRouter();
  const replay = useAction(replayEventAction, {
    onSuccess: () => {
      toast.success("Event queued for replay.");
      router.refresh();
    },
    onError: ({ error }) => toast.error(error.serverError ?? "The replay was not accepted."),
  });
  return (
    <div className="flex items-center gap-2">
      <Button
        variant="secondary"
        disabled={pending || replay.isPending}
        onClick={() => {
          if (confirm("Run this event's handler again? The event is not stored again.")) replay.execute({ eventId });
        }}
      >
        Replay
      </Button>
      {pending && <span className="text-xs text-slate-500">Already waiting to be processed.</span>}
    </div>
  );
}
