import formbody from "@fastify/formbody";
import type { FastifyInstance } from "fastify";

import type { SandboxContext } from "../lib/context";
import { faultHook } from "../lib/faults";
import { createSaver, loadState } from "../lib/persist";
import type { ProviderSandbox } from "../main";
import { createAuth } from "./auth";
import { installErrorHandling, requireJsonBody } from "./http-errors";
import { registerCampaignRoutes } from "./routes-campaigns";
import { registerControlRoutes } from "./routes-controls";
import { registerDriftControlRoutes } from "./routes-controls-drift";
import { registerInvestmentRoutes } from "./routes-investments";
import { registerInvestorRoutes } from "./routes-investors";
import { registerInvitationRoutes } from "./routes-invitations";
import { buildInitialState } from "./seed-data";
import { createStore } from "./store";
import type { CashlinkState } from "./types";
import { createWebhookDispatcher } from "./webhooks";

/**
 * Cashlink Investment Platform API sandbox, mounted under /cashlink so the client's
 * base URL is `http://<host>:<port>/cashlink` (real: https://demo.cashlink.de/api/external).
 */
export async function createSandbox(ctx: SandboxContext): Promise<ProviderSandbox> {
  const file = ctx.stateFile("cashlink");
  const state = await loadState<CashlinkState>(file, () => buildInitialState(ctx.env));
  const saver = createSaver(file, () => state);
  const store = createStore(state, () => saver.markDirty());
  const webhooks = createWebhookDispatcher(ctx.env);
  const auth = createAuth(ctx.env);

  return {
    name: "cashlink",
    async register(app: FastifyInstance) {
      webhooks.useLogger(app.log);
      await app.register(
        async (scope) => {
          // Another provider may already have added the form parser at the root.
          if (!scope.hasContentTypeParser("application/x-www-form-urlencoded")) await scope.register(formbody);
          installErrorHandling(scope);
          await scope.register(async (api) => {
            api.addHook("onRequest", faultHook("cashlink"));
            api.addHook("preValidation", requireJsonBody);
            auth.registerTokenRoute(api);
            registerCampaignRoutes(api, store, auth);
            registerInvestorRoutes(api, store, auth);
            registerInvitationRoutes(api, store, auth);
            registerInvestmentRoutes(api, store, auth, webhooks);
          });
          // Controls sit outside the faulted scope: a test must be able to steer the sandbox while faults are on.
          if (ctx.env.SANDBOX_CONTROLS) registerControlRoutes(scope, store, webhooks);
          if (ctx.env.SANDBOX_CONTROLS) registerDriftControlRoutes(scope, store);
        },
        { prefix: "/cashlink" },
      );
    },
    async close() {
      webhooks.close();
      await saver.flush();
    },
  };
}
