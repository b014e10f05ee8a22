"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Form, Input } from "@/components/ui/field";
import { approveChangeRequestAction, cancelChangeRequestAction, rejectChangeRequestAction } from "@/lib/actions/approvals";
import type { ChangeRequestRow } from "@/lib/four-eyes/list-change-requests";

type Failure = { error: { serverError?: string; validationErrors?: unknown } };

function failed({ error }: Failure) {
  const fields = error.validationErrors as Record<string, { _errors?: string[] }> | undefined;
  toast.error(error.serverError ?? Object.values(fields ?? {}).flatMap((f) => f._errors ?? [])[0] ?? "Please check the input.");
}

/** Approve / reject (reason required) for eligible people, cancel for the requester. The actions decide again. */
export function ChangeRequestActions({ row }: { row: ChangeRequestRow }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const approve = useAction(approveChangeRequestAction, {
    onSuccess: ({ data }) =>
      data?.state === "EXECUTED" ? toast.success(`Approved and done: ${row.summary}.`) : toast.error(data?.error ?? "The change failed."),
    onError: failed,
  });
  const reject = useAction(rejectChangeRequestAction, { onSuccess: () => toast.success("Rejected."), onError: failed });
  const cancel = useAction(cancelChangeRequestAction, { onSuccess: () => toast.success("Request cancelled."), onError: failed });

  if (row.mine) {
    return (
      <Button size="sm" variant="secondary" disabled={cancel.isPending} onClick={() => cancel.execute({ changeRequestId: row.id })}>
        Cancel request
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <div className="flex gap-1">
        <ConfirmDialog
          trigger={
            <Button size="sm" disabled={row.cannotApprove !== null || approve.isPending} title={row.cannotApprove ?? undefined}>
              Approve
            </Button>
          }
          title="Approve this request?"
          description={`${row.summary}. It is carried out at once.`}
          confirmLabel="Approve"
          onConfirm={() => approve.execute({ changeRequestId: row.id })}
        />
        <Button size="sm" variant="danger" disabled={!row.canReject || reject.isPending} onClick={() => setRejecting((v) => !v)}>
          Reject
        </Button>
      </div>
      {row.cannotApprove && <p className="text-xs text-slate-700">You cannot approve: {row.cannotApprove}</p>}
      {rejecting && (
        <Form className="flex gap-1" onSubmit={() => reject.execute({ changeRequestId: row.id, reason })}>
          <Input
            aria-label="Reason for rejecting"
            className="h-8"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            minLength={5}
          />
          <Button size="sm" type="submit" variant="danger" disabled={reject.isPending}>
            Confirm
          </Button>
        </Form>
      )}
    </div>
  );
}
