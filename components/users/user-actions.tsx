"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Form, Input, Select } from "@/components/ui/field";
import { changeUserRoleAction, resetUserPasswordAction, resetUserSecondFactorAction, setUserDisabledAction } from "@/lib/actions/users";

import type { UserTableRow } from "./users-table";

type Result = { serverError?: string; validationErrors?: unknown };

const PENDING = "Sent for approval: another admin must approve it on Approvals.";

function report(success: string) {
  return {
    // Four-eyes changes come back pending; say so rather than claim they are done.
    onSuccess: ({ data }: { data?: unknown }) =>
      toast.success((data as { status?: string } | undefined)?.status === "pending" ? PENDING : success),
    onError: ({ error }: { error: Result }) => {
      const field = error.validationErrors as Record<string, { _errors?: string[] }> | undefined;
      toast.error(error.serverError ?? Object.values(field ?? {}).flatMap((f) => f._errors ?? [])[0] ?? "Please check the input.");
    },
  };
}

export function UserActions({ user }: { user: UserTableRow }) {
  const [role, setRole] = useState(user.role);
  const [password, setPassword] = useState("");
  const [showReset, setShowReset] = useState(false);
  const changeRole = useAction(changeUserRoleAction, report(`Role of ${user.email} changed.`));
  const setDisabled = useAction(setUserDisabledAction, report(user.disabledAt ? `${user.email} enabled.` : `${user.email} disabled.`));
  const reset = useAction(resetUserPasswordAction, {
    ...report(PENDING),
    onSettled: () => setPassword(""),
  });
  const resetSecondFactor = useAction(resetUserSecondFactorAction, report(PENDING));

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Select
        aria-label={`Role of ${user.email}`}
        className="h-8 w-36"
        value={role}
        onChange={(e) => setRole(e.target.value as UserTableRow["role"])}
      >
        <option value="STAFF">Staff</option>
        <option value="COMPLIANCE">Compliance</option>
        <option value="ADMIN">Admin</option>
      </Select>
      <Button
        size="sm"
        variant="secondary"
        disabled={role === user.role || changeRole.isPending}
        onClick={() => changeRole.execute({ userId: user.id, role })}
      >
        Change role
      </Button>
      {user.disabledAt ? (
        <Button
          size="sm"
          variant="secondary"
          disabled={setDisabled.isPending}
          onClick={() => setDisabled.execute({ userId: user.id, disabled: false })}
        >
          Enable
        </Button>
      ) : (
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="danger" disabled={setDisabled.isPending}>
              Disable
            </Button>
          }
          title={`Disable ${user.email}?`}
          description="They are signed out on their next request."
          confirmLabel="Disable"
          tone="danger"
          onConfirm={() => setDisabled.execute({ userId: user.id, disabled: true })}
        />
      )}
      {showReset ? (
        <Form className="flex items-center gap-1" onSubmit={() => reset.execute({ userId: user.id, password })}>
          <Input
            aria-label={`New password for ${user.email}`}
            type="password"
            autoComplete="new-password"
            className="h-8 w-44"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            placeholder="New password (12+)"
          />
          <Button size="sm" type="submit" disabled={reset.isPending}>
            Set
          </Button>
        </Form>
      ) : (
        <Button size="sm" variant="ghost" onClick={() => setShowReset(true)}>
          Reset password
        </Button>
      )}
      <ConfirmDialog
        trigger={
          <Button size="sm" variant="ghost" disabled={resetSecondFactor.isPending}>
            Reset second factor
          </Button>
        }
        title={`Reset the second factor of ${user.email}?`}
        description="Another admin must approve; they will then enrol again at their next sign-in."
        confirmLabel="Ask for the reset"
        onConfirm={() => resetSecondFactor.execute({ userId: user.id })}
      />
    </div>
  );
}
