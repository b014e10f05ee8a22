"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useState, type ReactNode } from "react";

import { Button } from "./button";

/**
 * The one confirmation before something that cannot be taken back (approve a payout, replay an
 * event, disable a user); never the browser's confirm(). Focus starts on Cancel, so Enter on a
 * stray key press does nothing harmful; Escape cancels. `onConfirm` may be async: the dialog stays
 * open with the button busy until it settles, and stays open when it returns false (the caller
 * shows why, e.g. an action's error, inside `children`).
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  cancelLabel = "Cancel",
  tone = "primary",
  onConfirm,
  open: controlledOpen,
  onOpenChange,
  children,
  testId,
  confirmDisabled = false,
}: {
  /** The button that opens the dialog (rendered as is, via asChild); omit when `open` is controlled. */
  trigger?: ReactNode;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: "primary" | "danger";
  onConfirm: () => unknown;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** What the person must see before confirming (payee, amounts, totals). */
  children?: ReactNode;
  testId?: string;
  /** Keeps the confirm button off until what must be seen has loaded (payees, say). */
  confirmDisabled?: boolean;
}) {
  const [ownOpen, setOwnOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = (next: boolean) => {
    if (pending) return;
    setOwnOpen(next);
    onOpenChange?.(next);
  };

  const confirm = async () => {
    setPending(true);
    try {
      const result = await onConfirm();
      setPending(false);
      if (result !== false) {
        setOwnOpen(false);
        onOpenChange?.(false);
      }
    } catch (error) {
      setPending(false);
      throw error;
    }
  };

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      {trigger && <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/40" />
        <AlertDialog.Content
          className="fixed top-1/2 left-1/2 z-50 max-h-[85vh] w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl focus:outline-none"
          data-testid={testId}
        >
          <AlertDialog.Title className="text-base font-semibold text-slate-950">{title}</AlertDialog.Title>
          {description ? (
            <AlertDialog.Description className="mt-1 text-sm text-slate-700">{description}</AlertDialog.Description>
          ) : (
            <AlertDialog.Description className="sr-only">{title}</AlertDialog.Description>
          )}
          {children && <div className="mt-4 text-sm">{children}</div>}
          <div className="mt-5 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={pending}>
                {cancelLabel}
              </Button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that closes at once, before an async confirmation has settled. */}
            <Button
              variant={tone === "danger" ? "danger" : "primary"}
              onClick={() => void confirm()}
              disabled={pending || confirmDisabled}
              aria-busy={pending || undefined}
              data-testid="confirm-dialog-confirm"
            >
              {pending ? `${confirmLabel}…` : confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

/**
 * An `onConfirm` that runs a safe action: the dialog closes when the action answered with data and
 * stays open on a refusal, with the server's reason shown inside it.
 */
export function closesOnSuccess(run: () => Promise<{ data?: unknown } | undefined>) {
  return async () => (await run())?.data !== undefined;
}
