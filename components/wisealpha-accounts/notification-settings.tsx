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
  return (
    <table className="w-full text-sm" data-testid="notification-settings">
      <caption className="sr-only">Notification settings at WiseAlpha</caption>
      <thead>
        <tr className="text-left text-xs text-slate-600">
          <th scope="col" className="py-1">
            Notification
          </th>
          <th scope="col" className="py-1">
            Push
          </th>
          <th scope="col" className="py-1">
            E-mail
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-t border-slate-100" data-key={r.key}>
            <th scope="row" className="py-1.5 font-normal">
              <EnumText value={r.key} words={KEY_WORDS} />
            </th>
            {(["push", "email"] as const).map((channel) => {
              const label = `${KEY_WORDS[r.key]} by ${channel === "push" ? "push" : "e-mail"}`;
              return (
                <td key={channel} className="py-1.5">
                  <input
                    type="checkbox"
                    className="size-4"
                    aria-label={label}
                    checked={r[channel]}
                    disabled={!canEdit || action.isPending}
                    onChange={(e) => action.execute({ customerRef, channel, key: r.key, enabled: e.currentTarget.checked })}
                  />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
