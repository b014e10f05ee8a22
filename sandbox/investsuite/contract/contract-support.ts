import { expect } from "vitest";

import { loadHttpFile, sendHttpFile, type HttpFileRequest } from "./http-file";
import { DEMO_LOGIN, type ContractSandbox } from "./test-sandbox";

/** What the contract tests read from responses; the typed client has the real schemas. */
export type Portfolio = {
  id: string;
  external_id: string | null;
  status: string;
  version: number;
  deleted: boolean;
  money_type: string;
  funded_since: string | null;
  portfolio: Record<string, number>;
  brokerage_account: Record<string, string | null> | null;
  config: { manager: string; manager_settings: Record<string, unknown> };
};
export type Envelope = {
  next: string | null;
  count: number;
  offset: number;
  results: Portfolio[];
  _embedded: Record<string, { id: string }>;
};
export type ErrorBody = { title: string; detail: { loc: string[]; msg: string; type?: string }[] };

/** Seed 000's deposit/withdraw examples carry no Authorization header; every endpoint but /auth needs one. */
export const withBearer = (req: HttpFileRequest): HttpFileRequest => ({
  ...req,
  headers: [...req.headers, ["Authorization", "Bearer {string}"]],
});

export async function login(sandbox: ContractSandbox) {
  const response = await sendHttpFile(await loadHttpFile("login.http"), {
    baseUrl: sandbox.baseUrl,
    vars: { accessKeyId: DEMO_LOGIN.username, secretAccessKey: DEMO_LOGIN.password },
  });
  expect(response.status).toBe(200);
  return response.json() as { access_token: string; token_type: string; expires_in: string; refresh_token: string };
}
