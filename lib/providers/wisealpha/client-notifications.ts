import { z } from "zod";

import { seg, type Call, type PageOptions } from "./call";
import { customerPath } from "./client-customers";
import {
  WA_NOTIFICATION_CHANNELS,
  WA_NOTIFICATION_KEYS,
  WA_NOTIFICATION_PERIODS,
  waCompanyUpdatePageSchema,
  waNotificationConfigSchema,
  waSubscriptionSchema,
  type WiseAlphaNotificationChannel,
} from "./profile-extra-schemas";

const settingSchema = z.partialRecord(
  z.enum(WA_NOTIFICATION_KEYS),
  z.object({ ENABLED: z.enum(["ON", "OFF"]), PERIOD: z.enum(WA_NOTIFICATION_PERIODS).optional() }),
);
export type CompanyUpdateFilters = PageOptions & { provider?: string; type?: string; priority?: string; companies?: string[] };

/** Notification settings, push devices, company updates and subscriptions of one customer (seed 004). */
export function notificationMethods(call: Call) {
  const customer = (id: string) => `/customers/${customerPath(id)}`;
  const configPath = (id: string, channel: WiseAlphaNotificationChannel) =>
    `${customer(id)}/${z.enum(WA_NOTIFICATION_CHANNELS).parse(channel)}-notifications-configuration/`;
  const filters = (f: CompanyUpdateFilters) => ({
    offset: f.offset,
    limit: f.limit,
    provider: f.provider,
    type: f.type,
    priority: f.priority,
    companies: f.companies?.join(","),
  });

  return {
    getNotificationConfig: async (customerId: string, channel: WiseAlphaNotificationChannel) =>
      call({ path: configPath(customerId, channel), schema: waNotificationConfigSchema }),
    /** PUT replaces the customer's own choices; send every key that should stay set. */
    putNotificationConfig: async (
      customerId: string,
      channel: WiseAlphaNotificationChannel,
      configuration: z.input<typeof settingSchema>,
    ) =>
      call({
        method: "PUT",
        path: configPath(customerId, channel),
        body: { configuration: settingSchema.parse(configuration) },
        schema: waNotificationConfigSchema,
        refusals: { 400: "WiseAlpha refused these notification settings (an unknown notification or period)." },
      }),
    registerPushDevice: async (customerId: string, device: { deviceId: string; registrationId: string; name?: string }) =>
      call({ method: "POST", path: `${customer(customerId)}/push-notifications/device/`, body: device, schema: z.undefined() }),
    setPushDeviceEnabled: async (customerId: string, deviceId: string, enabled: boolean) =>
      call({
        method: "PATCH",
        path: `${customer(customerId)}/push-notifications/device/${seg(deviceId)}/`,
        body: { enabled },
        schema: z.undefined(),
      }),
    listCompanyUpdates: async (companyId: string, f: CompanyUpdateFilters = {}) =>
      call({ path: `/companies/${seg(companyId)}/company-updates/`, query: filters(f), schema: waCompanyUpdatePageSchema }),
    listCustomerCompanyUpdates: async (customerId: string, f: CompanyUpdateFilters = {}) =>
      call({ path: `${customer(customerId)}/company-updates/`, query: filters(f), schema: waCompanyUpdatePageSchema }),
    getCompanySubscriptions: async (customerId: string) =>
      call({ path: `${customer(customerId)}/company-updates-subscription/`, schema: waSubscriptionSchema }),
    updateCompanySubscriptions: async (customerId: string, companies: Record<string, "subscribed" | "unsubscribed">) =>
      call({
        method: "PATCH",
        path: `${customer(customerId)}/company-updates-subscription/`,
        body: { companies },
        schema: waSubscriptionSchema,
      }),
  };
}
