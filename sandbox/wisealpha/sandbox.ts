import type { FastifyError, FastifyInstance } from "fastify";

import type { SandboxContext } from "../lib/context";
import { faultHook } from "../lib/faults";
import { createSaver, loadState } from "../lib/persist";
import type { ProviderSandbox } from "../main";
import { createWebhookDispatcher } from "./events/webhooks";
import { authHook } from "./http/auth";
import { registerBodyParsers } from "./http/body-parsers";
import { DETAIL } from "./http/errors";
import { registerMethodNotAllowed } from "./http/route";
import { MarketError } from "./market/engine";
import { accountRoutes } from "./routes/accounts";
import { adminControls } from "./routes/controls-admin";
import { activityRoutes } from "./routes/activity";
import { companyUpdateRoutes } from "./routes/company-updates";
import { driftControls } from "./routes/controls-drift";
import { marketControls } from "./routes/controls-market";
import { paymentControls } from "./routes/controls-payments";
import { onboardingControls } from "./routes/controls-onboarding";
import { customerRoutes } from "./routes/customers";
import { eventRoutes } from "./routes/events";
import { holdingRoutes } from "./routes/holdings";
import { marketRoutes } from "./routes/market";
import { bearerHook, oauthRoutes } from "./routes/oauth";
import { holdingTransferRoutes } from "./routes/holding-transfer";
import { reportRoutes } from "./routes/reports";
import { robowiseControls } from "./routes/controls-robowise";
import { robowiseRoutes } from "./routes/robowise";
import { robowiseConfigRoutes } from "./routes/robowise-config";
import { notificationRoutes } from "./routes/notifications";
import { onboardingRoutes } from "./routes/onboarding";
import { orderRoutes } from "./routes/orders";
import { productRoutes } from "./routes/products";
import { generateState } from "./store/generate";
import type { Runtime } from "./store/runtime";
import type { State } from "./store/types";

/**
 * WiseAlpha sandbox: the v1 API under /wisealpha/v1/..., scenario controls under
 * /wisealpha/__sandbox/... State is generated from SANDBOX_SEED on first start and
 * persisted to <SANDBOX_DATA_DIR>/wisealpha.json.
 */
export async function createSandbox(ctx: SandboxContext, options: { now?: () => Date } = {}): Promise<ProviderSandbox> {
  const { env } = ctx;
  const file = ctx.stateFile("wisealpha");
  const state = await loadState<State>(file, () =>
    generateState(env.SANDBOX_SEED, {
      customers: env.SANDBOX_WA_CUSTOMERS,
      products: env.SANDBOX_WA_PRODUCTS,
      isUsers: env.SANDBOX_IS_USERS,
    }),
  );
  const saver = createSaver(file, () => state);
  const webhooks = createWebhookDispatcher({
    urls: env.SANDBOX_WA_WEBHOOK_URLS.split(",")
      .map((u) => u.trim())
      .filter(Boolean),
    keyBase64: env.SANDBOX_WA_WEBHOOK_KEY,
    baseDelayMs: env.SANDBOX_WA_WEBHOOK_RETRY_MS,
  });
  const rt: Runtime = {
    state,
    now: options.now ?? (() => new Date()),
    markDirty: () => saver.markDirty(),
    apiRoot: `http://${env.SANDBOX_HOST}:${env.SANDBOX_PORT}/wisealpha/v1`,
    webhooks,
  };

  async function plugin(wa: FastifyInstance) {
    await registerBodyParsers(wa);
    wa.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof MarketError) return reply.code(error.status).send(error.body);
      if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE")
        return reply.code(415).send({ detail: `Unsupported media type "${request.headers["content-type"]}" in request.` });
      if (error.statusCode && error.statusCode < 500) {
        // DRF's wording for a body that is not valid JSON.
        const detail =
          error instanceof SyntaxError || /JSON/.test(error.code ?? "") || /JSON/.test(error.message)
            ? `JSON parse error - ${error.message}`
            : error.message;
        return reply.code(error.statusCode).send({ detail });
      }
      request.log.error(error);
      return reply.code(500).send({ detail: "A server error occurred." });
    });
    wa.setNotFoundHandler((_request, reply) => reply.code(404).send({ detail: DETAIL.notFound }));
    // Anything that changed state is flushed to disk (debounced).
    wa.addHook("onResponse", async (request) => {
      if (request.method !== "GET") saver.markDirty();
    });

    await wa.register(async (api) => {
      api.addHook("onRequest", faultHook("wisealpha"));
      api.addHook("onRequest", bearerHook(rt));
      api.addHook("onRequest", authHook({ superKey: env.SANDBOX_WA_API_KEY, individualKey: env.SANDBOX_WA_INDIVIDUAL_API_KEY }));
      customerRoutes(api, rt);
      onboardingRoutes(api, rt);
      accountRoutes(api, rt);
      holdingRoutes(api, rt);
      activityRoutes(api, rt);
      companyUpdateRoutes(api, rt);
      orderRoutes(api, rt);
      productRoutes(api, rt);
      marketRoutes(api, rt);
      eventRoutes(api, rt);
      notificationRoutes(api, rt);
      robowiseConfigRoutes(api, rt);
      robowiseRoutes(api, rt);
      reportRoutes(api, rt);
      holdingTransferRoutes(api, rt);
      registerMethodNotAllowed(api);
    });
    await wa.register(async (oauth) => oauthRoutes(oauth, rt));
    if (env.SANDBOX_CONTROLS) {
      await wa.register(async (controls) => {
        onboardingControls(controls, rt);
        marketControls(controls, rt);
        paymentControls(controls, rt);
        robowiseControls(controls, rt);
        driftControls(controls, rt);
        adminControls(controls, rt, { seed: env.SANDBOX_SEED, customers: env.SANDBOX_WA_CUSTOMERS, products: env.SANDBOX_WA_PRODUCTS });
      });
    }
  }

  return {
    name: "wisealpha",
    async register(app) {
      await app.register(plugin, { prefix: "/wisealpha" });
    },
    async close() {
      webhooks.close();
      await saver.flush();
    },
  };
}
