import type { FastifyInstance } from "fastify";

import { resolveCustomer } from "../http/auth";
import { badRequest, notFound } from "../http/errors";
import { body, params, routes } from "../http/route";
import type { Runtime } from "../store/runtime";
import type { Customer, NotificationChoice, NotificationSettings } from "../store/types";

/**
 * Push/email notification configuration and push devices (seed: Customer Profiles).
 * `configuration` is what the customer set; `net_configuration` is that laid over
 * WiseAlpha's defaults (the seed's examples show push off and email on by default).
 */
const KEYS = [
  "BOND_LISTINGS:MORE_OF_BOND_AVAILABLE",
  "BOND_LISTINGS:NEW_BOND_AVAILABLE",
  "TRANSACTIONS_AND_PAYMENTS:BOND_PAYMENTS",
  "OTHER:NEWS_AND_UPDATES",
];
const PERIODS = ["DAILY", "WEEKLY", "MONTHLY"];
const defaults = (enabled: "ON" | "OFF"): Record<string, NotificationChoice> =>
  Object.fromEntries(KEYS.map((k) => [k, k === "OTHER:NEWS_AND_UPDATES" ? { ENABLED: enabled, PERIOD: "WEEKLY" } : { ENABLED: enabled }]));
const DEFAULTS = { push: defaults("OFF"), email: defaults("ON") };

const settingsOf = (c: Customer): NotificationSettings => (c.notifications ??= { push: {}, email: {}, devices: {} });

function validate(input: unknown): { value?: Record<string, NotificationChoice>; errors?: Record<string, unknown> } {
  if (!input || typeof input !== "object" || Array.isArray(input)) return { errors: { configuration: ["This field is required."] } };
  const errors: Record<string, string[]> = {};
  const value: Record<string, NotificationChoice> = {};
  for (const [key, raw] of Object.entries(input as Record<string, Record<string, unknown>>)) {
    if (!KEYS.includes(key)) errors[key] = [`Unknown notification "${key}".`];
    else if (raw?.ENABLED !== "ON" && raw?.ENABLED !== "OFF") errors[key] = ['ENABLED must be "ON" or "OFF".'];
    else if (raw.PERIOD !== undefined && !PERIODS.includes(String(raw.PERIOD)))
      errors[key] = [`PERIOD must be one of ${PERIODS.join(", ")}.`];
    else value[key] = { ENABLED: raw.ENABLED, ...(raw.PERIOD ? { PERIOD: String(raw.PERIOD) } : {}) };
  }
  return Object.keys(errors).length > 0 ? { errors: { configuration: errors } } : { value };
}

export function notificationRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  for (const channel of ["push", "email"] as const) {
    const path = `/v1/customers/:customer_id/${channel}-notifications-configuration/`;
    const view = (c: Customer) => ({
      configuration: settingsOf(c)[channel],
      net_configuration: { ...DEFAULTS[channel], ...settingsOf(c)[channel] },
    });
    r.get(path, async (request, reply) => {
      const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
      return customer ? view(customer) : reply;
    });
    r.put(path, async (request, reply) => {
      const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
      if (!customer) return reply;
      const { value, errors } = validate(body(request).configuration);
      if (errors) return badRequest(reply, errors);
      settingsOf(customer)[channel] = value!;
      return view(customer);
    });
  }

  r.post("/v1/customers/:customer_id/push-notifications/device/", async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    if (!customer) return reply;
    const input = body(request);
    if (!input.deviceId || !input.registrationId)
      return badRequest(reply, {
        ...(!input.deviceId ? { deviceId: ["This field is required."] } : {}),
        ...(!input.registrationId ? { registrationId: ["This field is required."] } : {}),
      });
    settingsOf(customer).devices[String(input.deviceId)] = {
      name: String(input.name ?? ""),
      registrationId: String(input.registrationId),
      enabled: true,
    };
    return reply.code(204).send();
  });

  r.patch("/v1/customers/:customer_id/push-notifications/device/:device_id/", async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    if (!customer) return reply;
    const device = settingsOf(customer).devices[params(request).device_id ?? ""];
    if (!device) return notFound(reply);
    const enabled = body(request).enabled;
    if (typeof enabled !== "boolean" && enabled !== "true" && enabled !== "false")
      return badRequest(reply, { enabled: ["Must be a valid boolean."] });
    device.enabled = enabled === true || enabled === "true";
    return reply.code(204).send();
  });
}
