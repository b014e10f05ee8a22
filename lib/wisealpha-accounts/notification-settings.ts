import "server-only";

import { auditedProviderWrite } from "@/lib/audit/audited-provider-write";
import type { CurrentUser } from "@/lib/auth/session";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KEYS, type NotificationSettingInput } from "@/lib/validations/wisealpha-accounts";

export type NotificationSettingRow = {
  key: (typeof NOTIFICATION_KEYS)[number];
  push: boolean;
  email: boolean;
  /** Set by the customer (or us) rather than WiseAlpha's default, per channel. */
  pushSet: boolean;
  emailSet: boolean;
};

/** What WiseAlpha will send the customer: net_configuration (their choices over the defaults), per key and channel. */
export async function loadNotificationSettings(customerRef: string): Promise<NotificationSettingRow[]> {
  const client = getWiseAlphaClient();
  const [push, email] = await Promise.all(NOTIFICATION_CHANNELS.map((c) => client.getNotificationConfig(customerRef, c)));
  return NOTIFICATION_KEYS.map((key) => ({
    key,
    push: push!.net_configuration[key]?.ENABLED === "ON",
    email: email!.net_configuration[key]?.ENABLED === "ON",
    pushSet: key in push!.configuration,
    emailSet: key in email!.configuration,
  }));
}

/**
 * Turns one notification on or off. WiseAlpha's PUT replaces the customer's own choices, so the
 * current ones are read and sent back with this one changed. Audited before and after the call.
 */
export async function changeNotificationSetting(actor: CurrentUser, input: NotificationSettingInput) {
  const client = getWiseAlphaClient();
  const current = await client.getNotificationConfig(input.customerRef, input.channel);
  const before = current.net_configuration[input.key]?.ENABLED ?? null;
  const after = input.enabled ? "ON" : "OFF";
  const previous = current.configuration[input.key];
  const configuration = { ...current.configuration, [input.key]: { ...previous, ENABLED: after } } as Parameters<
    typeof client.putNotificationConfig
  >[2];
  return auditedProviderWrite(
    {
      actor,
      provider: "wisealpha",
      action: "wisealpha_notifications.changed",
      targetType: "wisealpha_customer",
      targetId: input.customerRef,
      details: { channel: input.channel, key: input.key, before, after },
    },
    () => client.putNotificationConfig(input.customerRef, input.channel, configuration),
    (result) => ({ result: { key: input.key, channel: input.channel, enabled: result.net_configuration[input.key]?.ENABLED === "ON" } }),
  );
}
