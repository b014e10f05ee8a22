import { rm } from "node:fs/promises";

import Decimal from "decimal.js";

import { injectedSandbox } from "../test-app";
import { createSandbox } from "./sandbox";

export const SUPER = "Token test-super-key";
export const INDIVIDUAL = "Token test-individual-key";

/** A Fastify app with only the WiseAlpha sandbox, small data and a throwaway data dir. */
export async function buildApp(overrides: Record<string, string> = {}, options: { now?: () => Date; dataDir?: string } = {}) {
  const { app, sandbox, dataDir } = await injectedSandbox(
    (ctx) => createSandbox(ctx, options),
    {
      SANDBOX_SEED: "7",
      SANDBOX_WA_CUSTOMERS: "40",
      SANDBOX_WA_PRODUCTS: "8",
      SANDBOX_WA_API_KEY: "test-super-key",
      SANDBOX_WA_INDIVIDUAL_API_KEY: "test-individual-key",
      SANDBOX_WA_WEBHOOK_URLS: "",
      ...overrides,
    },
    { dataDir: options.dataDir, tmpPrefix: "wa-sandbox-" },
    { bodyLimit: 15 * 1024 * 1024 },
  );
  return {
    app,
    sandbox,
    dataDir,
    async close(removeDir = !options.dataDir) {
      await app.close();
      await sandbox.close();
      if (removeDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const auth = (key = SUPER) => ({ authorization: key });

export type TestApp = Awaited<ReturnType<typeof buildApp>>;

/** The demo customer's GBP investment account, where most API tests act. */
export const DEMO_ACCOUNT = "/customers/10000001/investment-accounts/INVACC00000001";

/**
 * The API as the super account and the scenario controls, as the API tests call them. `app` is
 * read at each call, because the tests build the app in beforeAll.
 */
export function callsOf(app: () => TestApp) {
  return {
    api: (method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, payload?: object) =>
      app().app.inject({ method, url: `/wisealpha/v1${url}`, headers: auth(), ...(payload ? { payload } : {}) }),
    control: (url: string, payload: object = {}) => app().app.inject({ method: "POST", url: `/wisealpha/__sandbox${url}`, payload }),
  };
}

/** The first bytes of each accepted upload format. */
export const SAMPLES = {
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
  gif: Buffer.from("GIF89a\x01\x00"),
  pdf: Buffer.from("%PDF-1.7\n%âãÏÓ"),
  bmp: Buffer.from([0x42, 0x4d, 0x36, 0, 0, 0]),
};

/** The seed's change_investor_type example: a High Net Worth investor, income 100,000 and assets 500,000 GBP. */
export const SEED_INVESTOR_TYPE_CHANGE = {
  investor_type_id: 1,
  net_investible_assets: "500000",
  net_investible_assets_currency: "GBP",
  annual_income: "100000",
  annual_income_currency: "GBP",
  occupation: "CEO",
};

/** Exact money arithmetic for expectations (no floats in tests either). */
export const plus = (a: string, b: string) => new Decimal(a).add(b).toFixed(2);
