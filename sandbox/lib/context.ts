import path from "node:path";

import { z } from "zod";

/**
 * Settings every provider sandbox receives. Parsed from env once in main.ts so a
 * bad value stops the sandbox at start with a clear message.
 */
export const sandboxEnvSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
  SANDBOX_HOST: z.string().default("127.0.0.1"),
  SANDBOX_DATA_DIR: z.string().default(path.resolve(".data/sandbox")),
  SANDBOX_SEED: z.coerce.number().int().default(42),
  /** Scenario and fault controls under /__sandbox/ are refused unless this is true. */
  SANDBOX_CONTROLS: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  SANDBOX_IS_USERS: z.coerce.number().int().min(1).default(2000),
  SANDBOX_IS_PORTFOLIOS: z.coerce.number().int().min(1).default(5000),
  /** Lifetime of InvestSuite sandbox access tokens; short values let tests see a 401 on expiry. */
  SANDBOX_IS_TOKEN_TTL_SECONDS: z.coerce.number().positive().default(3600),
  /** First retry delay of InvestSuite event delivery; doubles on each of the 5 retries. */
  SANDBOX_IS_EVENT_RETRY_BASE_MS: z.coerce.number().int().min(1).default(1000),
  SANDBOX_WA_CUSTOMERS: z.coerce.number().int().min(1).default(1000),
  SANDBOX_WA_PRODUCTS: z.coerce.number().int().min(1).default(60),
  SANDBOX_CL_INVITATIONS: z.coerce.number().int().min(1).default(200),
  /** Where InvestSuite outbound events go: HTTP push to the app (default), an AMQP exchange or an MQTT topic. */
  SANDBOX_EVENT_TRANSPORT: z.enum(["http", "amqp", "mqtt"]).default("http"),
  SANDBOX_EVENT_HTTP_URL: z.string().url().default("http://127.0.0.1:3000/api/intake/investsuite"),
  SANDBOX_EVENT_HTTP_SECRET: z.string().min(16).default("sandbox-investsuite-push-secret"),
  SANDBOX_AMQP_URL: z.string().default("amqp://guest:guest@127.0.0.1:5672"),
  SANDBOX_AMQP_EXCHANGE: z.string().default("investsuite.events"),
  SANDBOX_MQTT_URL: z.string().default("mqtt://127.0.0.1:1883"),
  SANDBOX_MQTT_TOPIC: z.string().default("investsuite/events"),
  /** Comma-separated webhook URLs WiseAlpha posts to (signed with SANDBOX_WA_WEBHOOK_KEY). */
  SANDBOX_WA_WEBHOOK_URLS: z.string().default("http://127.0.0.1:3000/api/webhooks/wisealpha"),
  /** base64 key, as WiseAlpha hands out. */
  SANDBOX_WA_WEBHOOK_KEY: z.string().default("c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk="),
  /** WiseAlpha API keys (`Authorization: Token <key>`): the super account and one individual account. */
  SANDBOX_WA_API_KEY: z.string().min(8).default("wa-sandbox-super-0000000000000000000000000"),
  SANDBOX_WA_INDIVIDUAL_API_KEY: z.string().min(8).default("wa-sandbox-individual-00000000000000000000"),
  /** First WiseAlpha webhook retry delay; later retries double it (5 attempts in all). */
  SANDBOX_WA_WEBHOOK_RETRY_MS: z.coerce.number().int().min(1).default(1000),
  SANDBOX_CL_WEBHOOK_URL: z.string().default("http://127.0.0.1:3000/api/webhooks/cashlink"),
  /** Bearer token Cashlink sends to our webhook endpoint (Cashlink support configures one per client); empty = none. */
  SANDBOX_CL_WEBHOOK_TOKEN: z.string().default(""),
  /** First webhook retry delay; each of the 5 retries doubles it. Tests set a few ms. */
  SANDBOX_CL_WEBHOOK_RETRY_MS: z.coerce.number().int().min(1).default(1000),
  /** Lifetime of Cashlink OAuth access tokens; tests set 1-2 s to exercise expiry. */
  SANDBOX_CL_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1).default(3600),
  SANDBOX_CL_CLIENT_ID: z.string().min(1).default("cashlink-sandbox-client"),
  SANDBOX_CL_CLIENT_SECRET: z.string().min(8).default("cashlink-sandbox-secret"),
});

export type SandboxEnv = z.infer<typeof sandboxEnvSchema>;

export type SandboxContext = {
  env: SandboxEnv;
  /** Absolute path of the JSON file a provider persists its state to. */
  stateFile(provider: ProviderName): string;
};

export type ProviderName = "investsuite" | "wisealpha" | "cashlink";
