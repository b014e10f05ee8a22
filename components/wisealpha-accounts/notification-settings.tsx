"use client";

import { useAction } from "next-safe-action/hooks";
import { toast } from "sonner";

import { EnumText } from "@/components/ui/enum-text";
import { changeNotificationSettingAction } from "@/lib/actions/wisealpha-accounts";
import type { NotificationSettingRow } from "@/lib/wisealpha-accounts/notification-settings";

const KEY_WORDS: Record<string, string> = {
  "BOND_LISTINGS:MORE_OF_BOND_AVAILABLE": "More of a bond available",
  "BOND_LISTINGS:NEW_BOND_AVAILABLE": "New bond available",
  "TRANSACTIONS_AND_PAYMENTS:BOND_PAYMENTS": "Bond payments",
  "OTHER:NEWS_AND_UPDATES": "News and updates",
};

/** The customer's push and e-mail notifications at WiseAlpha; a checkbox per channel when the user may change them. */
export function NotificationSettings({
  customerRef,
  rows,
  canEdit,
}: {
  customerRef: string;
  rows: NotificationSettingRow[];
  canEdit: boolean;
}) {
  const action = useAction(changeNotificationSettingAction, {
    onSuccess: ({ data }) =>
      toast.success(`${KEY_WORDS[data?.key ?? ""] ?? "Setting"} (${data?.channel}) turned ${data?.enabled ? "on" : "off"}.`),
    onError: ({ error }) => toast.error(error.serverError ?? "The setting could not be changed."),
  });
  // A small settings form (one row per notification, a checkbox per channel), not a list: no table.
  return (
    <div className="flex flex-col text-sm" data-testid="notification-settings">
      <div className="grid grid-cols-[1fr_5rem_5rem] gap-2 py-1 text-xs text-slate-600" aria-hidden="true">
        <span>Notification</span>
        <span>Push</span>
        <span>E-mail</span>
      </div>
      {rows.map((r) => (
        <fieldset
          key={r.key}
          className="grid grid-cols-[1fr_5rem_5rem] items-center gap-2 border-t border-slate-100 py-1.5"
          data-key={r.key}
        >
          <legend className="sr-only">{KEY_WORDS[r.key] ?? r.key}</legend>
          <span>
            <EnumText value={r.key} words={KEY_WORDS} />
          </span>
          {(["push", "email"] as const).map((channel) => {
            const label = `${KEY_WORDS[r.key]} by ${channel === "push" ? "push" : "e-mail"}`;
            return (
              <span key={channel}>
                <input
                  type="checkbox"
                  className="size-4"
                  aria-label={label}
                  checked={r[channel]}
                  disabled={!canEdit || action.isPending}
                  onChange={(e) => action.execute({ customerRef, channel, key: r.key, enabled: e.currentTarget.checked })}
                />
              </span>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
