import { expect, type APIRequestContext } from "@playwright/test";

// scripts/test.ts passes the e2e stack's sandbox; without it, a developer's `npm start` sandbox (README).
export const INVESTSUITE = `${process.env.E2E_SANDBOX_URL ?? "http://127.0.0.1:4010"}/investsuite`;
// The sandbox's demo login (sandbox/investsuite/README.md).
const LOGIN = { access_key_id: "backoffice@bank.example", secret_access_key: "sandbox-password" };

/** A GET on the InvestSuite sandbox's API as the demo login: what InvestSuite itself holds, beside what the page shows. */
export async function sandboxGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const login = await request.post(`${INVESTSUITE}/auth/login/`, { data: LOGIN });
  expect(login.ok()).toBe(true);
  const { access_token } = (await login.json()) as { access_token: string };
  const response = await request.get(`${INVESTSUITE}${path}`, { headers: { Authorization: `Bearer ${access_token}` } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as T;
}

/** One of the sandbox's scenario controls (`/__sandbox/…`). */
export async function control(request: APIRequestContext, path: string, body?: object) {
  const response = await request.post(`${INVESTSUITE}/__sandbox${path}`, body ? { data: body } : {});
  expect(response.ok(), await response.text()).toBe(true);
}
