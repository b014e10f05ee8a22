import type { FastifyError, FastifyInstance } from "fastify";

import type { ProviderSandbox } from "../main";
import type { SandboxContext } from "../lib/context";
import { faultHook } from "../lib/faults";
import { createSaver, loadState } from "../lib/persist";
import { createAuth } from "./auth";
import { stringifyWithDecimals } from "./decimal-json";
import { ApiError } from "./errors";
import { registerInboundEventRoutes } from "./events-inbound";
import { createEventBus } from "./events-outbound";
import { transportFromEnv, type EventTransport } from "./event-transports";
import { generateState } from "./generate-data";
import { registerPortfolioRoutes } from "./portfolios-routes";
import type { Runtime } from "./runtime";
import { registerScenarioRoutes } from "./scenarios";
import type { State } from "./state";
import { registerTransactionRoutes } from "./transactions-routes";
import { registerUserRoutes } from "./users-routes";

/**
 * InvestSuite sandbox: the documented REST API under /investsuite, outbound events over
 * HTTP/AMQP/MQTT, state persisted to <SANDBOX_DATA_DIR>/investsuite.json. `transport` is
 * injectable for tests; normally it follows SANDBOX_EVENT_TRANSPORT.
 */
export async function createSandbox(
  ctx: SandboxContext,
  options: { transport?: EventTransport } = {},
): Promise<ProviderSandbox & { runtime: Runtime; readyMs: number }> {
  const started = Date.now();
  const { env } = ctx;
  const file = ctx.stateFile("investsuite");
  const generate = () => generateState(env.SANDBOX_SEED, env.SANDBOX_IS_USERS, env.SANDBOX_IS_PORTFOLIOS);
  let state = await loadState<State>(file, generate);
  // A file from an older layout of this sandbox is regenerated rather than half-read.
  if (state.schema !== 1) state = generate();
  const saver = createSaver(file, () => state);
  const bus = createEventBus({
    state,
    markDirty: saver.markDirty,
    transport: options.transport ?? transportFromEnv(env),
    retryBaseMs: env.SANDBOX_IS_EVENT_RETRY_BASE_MS,
  });
  const runtime: Runtime = { state, bus, markDirty: saver.markDirty, now: Date.now };
  const auth = createAuth(env.SANDBOX_SEED, env.SANDBOX_IS_TOKEN_TTL_SECONDS);

  const plugin = async (app: FastifyInstance) => {
    app.setReplySerializer((payload) => stringifyWithDecimals(payload));
    app.setErrorHandler(errorHandler);
    // Seed 002's DELETE sends `Content-Type: application/json` with no body; an empty JSON body
    // is "no body" there (Fastify's default parser would answer 400 "Body cannot be empty").
    app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
      if (body === "") return done(null, undefined);
      try {
        done(null, JSON.parse(body as string));
      } catch (error) {
        (error as Error & { statusCode?: number }).statusCode = 400;
        done(error as Error, undefined);
      }
    });
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send({ title: "Not found", detail: `No route ${request.method} ${request.url}`, status: 404 }),
    );

    await app.register(async (api) => {
      api.addHook("onRequest", faultHook("investsuite"));
      auth.registerRoutes(api);
      await api.register(async (secured) => {
        secured.addHook("onRequest", auth.requireToken);
        registerUserRoutes(secured, runtime);
        registerPortfolioRoutes(secured, runtime);
        registerTransactionRoutes(secured, runtime);
        registerInboundEventRoutes(secured, runtime);
      });
    });
    // Controls are not behind the fault hook, so a test can always reach them.
    if (env.SANDBOX_CONTROLS) await app.register(async (controls) => registerScenarioRoutes(controls, runtime), { prefix: "/__sandbox" });
  };

  return {
    name: "investsuite",
    runtime,
    readyMs: Date.now() - started,
    async register(app) {
      await app.register(plugin, { prefix: "/investsuite" });
    },
    async close() {
      await bus.close();
      await saver.flush();
    },
  };
}

function errorHandler(error: FastifyError | ApiError, request: import("fastify").FastifyRequest, reply: import("fastify").FastifyReply) {
  if (error instanceof ApiError) return reply.code(error.status).send(error.body);
  if (typeof error.statusCode === "number" && error.statusCode < 500) {
    // Malformed JSON, empty body, wrong content type: same pydantic-style shape as validation errors.
    return reply.code(error.statusCode).send({
      title: "Bad request",
      detail: [{ loc: ["body"], msg: error.message, type: "value_error.jsondecode" }],
      status: error.statusCode,
    });
  }
  request.log.error({ err: error }, "investsuite sandbox error");
  return reply.code(500).send({ title: "Internal server error", status: 500 });
}
