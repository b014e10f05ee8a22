import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";

import type { ProviderName } from "./context";

/** Fault injection per provider, set through PUT /__sandbox/faults/:provider. */
export const faultConfigSchema = z.object({
  /** Added to every API response of that provider. */
  latencyMs: z.number().int().min(0).max(120_000).default(0),
  /** Share of API requests answered with `errorStatus` instead of being served. */
  errorRate: z.number().min(0).max(1).default(0),
  errorStatus: z.union([z.literal(500), z.literal(503)]).default(503),
  /** Share of API requests that never get an answer (the socket is held open, then destroyed). */
  timeoutRate: z.number().min(0).max(1).default(0),
  /** Share of outbound events/webhooks delivered twice. */
  duplicateRate: z.number().min(0).max(1).default(0),
  /** When true, outbound events are delivered in a shuffled order within a small window. */
  outOfOrder: z.boolean().default(false),
});

export type FaultConfig = z.infer<typeof faultConfigSchema>;

const faults = new Map<ProviderName, FaultConfig>();

export function getFaults(provider: ProviderName): FaultConfig {
  return faults.get(provider) ?? faultConfigSchema.parse({});
}

export function setFaults(provider: ProviderName, config: FaultConfig) {
  faults.set(provider, config);
}

export function resetFaults() {
  faults.clear();
}

/**
 * onRequest hook for one provider's routes. `random` is injectable so tests can
 * force a fault deterministically.
 */
export function faultHook(provider: ProviderName, random: () => number = Math.random) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const config = getFaults(provider);
    if (config.latencyMs > 0) await new Promise((r) => setTimeout(r, config.latencyMs));
    if (config.timeoutRate > 0 && random() < config.timeoutRate) {
      // Hold the connection long enough for any client timeout, then drop it without a response.
      await new Promise((r) => setTimeout(r, 60_000));
      request.raw.destroy();
      return reply;
    }
    if (config.errorRate > 0 && random() < config.errorRate) {
      return reply
        .code(config.errorStatus)
        .send({ detail: config.errorStatus === 503 ? "Service unavailable (sandbox fault)" : "Internal server error (sandbox fault)" });
    }
  };
}

/** Registers GET/PUT/DELETE /__sandbox/faults/:provider. Only called when controls are enabled. */
export function registerFaultControls(app: FastifyInstance) {
  const providerParam = z.object({ provider: z.enum(["investsuite", "wisealpha", "cashlink"]) });
  app.get("/__sandbox/faults/:provider", async (request) => getFaults(providerParam.parse(request.params).provider));
  app.put("/__sandbox/faults/:provider", async (request, reply) => {
    const { provider } = providerParam.parse(request.params);
    const parsed = faultConfigSchema.safeParse(request.body ?? {});
    if (!parsed.success) return reply.code(400).send({ errors: parsed.error.issues });
    setFaults(provider, parsed.data);
    return parsed.data;
  });
  app.delete("/__sandbox/faults", async () => {
    resetFaults();
    return { ok: true };
  });
}
