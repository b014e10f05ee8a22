import { z } from "zod";

/**
 * Who may post events to us: the keys of the intake routes, shared by the web app's
 * env (lib/env.ts) and the intake listener's (intake/env.ts) so both verify with the
 * same values and defaults. Plain module, not `server-only`: the listener runs outside Next.js.
 */
export const webhookSecretsSchema = z.object({
  /** WiseAlpha's webhook key as handed out (base64); signatures use the decoded bytes. */
  WISEALPHA_WEBHOOK_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, "must be base64")
    .default("c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk="),
  /** Shared secret of InvestSuite's HTTP push (X-InvestSuite-Signature). */
  INVESTSUITE_PUSH_SECRET: z.string().min(16).default("sandbox-investsuite-push-secret"),
  /** Bearer token Cashlink sends with its webhooks (configured with Cashlink). */
  CASHLINK_WEBHOOK_TOKEN: z.string().min(16).default("sandbox-cashlink-webhook-token"),
});

export type WebhookSecrets = z.infer<typeof webhookSecretsSchema>;
