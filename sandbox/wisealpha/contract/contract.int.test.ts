import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { forSuite } from "../../../scripts/test-support/for-suite";
import { NO_DELIVERIES, SMALL_DATA, startTestSandbox, type TestSandbox } from "../../test-sandbox";

const run = promisify(execFile);
const SCRIPT = path.join(path.dirname(new URL(import.meta.url).pathname), "onboarding.sh");
/** The sandbox's published super-account key (sandbox/wisealpha/README.md). */
const SUPER_KEY = "wa-sandbox-super-0000000000000000000000000";

type ScriptResult = { code: number; stdout: string; stderr: string; cwd: string };

/**
 * Contract test: the seed's onboarding curl scripts (sandbox/wisealpha/contract/onboarding.sh),
 * unchanged but for base URL and key, run green against the sandbox over real HTTP.
 */
describe("WiseAlpha onboarding script against the sandbox", () => {
  let sandbox: TestSandbox;
  const scratch: string[] = [];

  beforeAll(async () => {
    sandbox = await startTestSandbox("wa-contract-", {
      SANDBOX_HOST: "127.0.0.1",
      SANDBOX_CONTROLS: "true",
      ...SMALL_DATA,
      ...NO_DELIVERIES,
    });
  });

  afterAll(async () => {
    await sandbox?.close();
    await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  /** Runs the script in its own scratch directory (it writes create_result.json there, as the seed does). */
  async function runScript(apiKey: string): Promise<ScriptResult> {
    const cwd = await mkdtemp(path.join(tmpdir(), "wa-onboarding-"));
    scratch.push(cwd);
    // A clean environment: the script may only depend on API_ROOT_URL and API_KEY.
    const env = {
      NODE_ENV: "test" as const,
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: cwd,
      API_ROOT_URL: `${sandbox.url}/wisealpha/v1`,
      API_KEY: apiKey,
    };
    return run("bash", [SCRIPT], { cwd, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr, cwd }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr, cwd }),
    );
  }

  const api = async (method: string, apiPath: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}/wisealpha${apiPath}`, {
      method,
      headers: { Authorization: `Token ${SUPER_KEY}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };

  it("creates and onboards a customer exactly as the seed's scripts do", async () => {
    const result = await runScript(SUPER_KEY);
    expect(result.stderr, result.stderr).not.toContain("CHECK FAILED");
    expect(result.code).toBe(0);

    const created = JSON.parse(await readFile(path.join(result.cwd, "create_result.json"), "utf8")) as { customer_id: string };
    const { status, json: customer } = await api("GET", `/v1/customers/${created.customer_id}/`);
    expect(status).toBe(200);
    expect(customer).toMatchObject({
      email: "username@example.com",
      contact_number: "07777777777",
      nationality: "GB",
      tax_residencies: [{ country: "gb", tax_identification_number: "QQ123456C" }],
      bank_details: { GBP: { provided: true, last_error: "" } },
      tos_acceptance: { date: "2017-11-23T11:17:05.488037Z", ip_address: "1.2.3.4" },
      investor_type: {
        investor_type_id: 1,
        investor_type_identifier: "Certified High Net Worth Investor",
        annual_income: "100000",
        net_investible_assets: "500000",
        occupation: "CEO",
      },
      validation: {
        status: "onboarding",
        can_invest: false,
        can_withdraw: false,
        fields_needed: [],
        next_actions: [],
        aml_check: { status: "AML Check Pending", passed: false },
        documents: { photo_id: "provided", proof_of_address: "provided" },
        questionnaire: { signup: "passed", "high-yield": "passed", perpetual: "not-attempted" },
      },
    });

    // What the script cannot do: the AML agency answers offline. Its pass makes the customer investable.
    const aml = await fetch(`${sandbox.url}/wisealpha/__sandbox/customers/${created.customer_id}/aml`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ result: "pass" }),
    });
    expect(aml.status).toBe(200);
    const after = (await api("GET", `/v1/customers/${created.customer_id}/`)).json;
    expect(after.validation).toMatchObject({ status: "invest", can_invest: true, can_invest_high_yield: true, can_withdraw: true });
  });

  it("exits non-zero when the API refuses the calls, so the green run above means something", async () => {
    const result = await runScript("not-a-wisealpha-key");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("CHECK FAILED: create gave no customer_id");
  });
});

describe("WiseAlpha robowise, money movement and OAuth examples against the sandbox (#16)", () => {
  const sandbox = forSuite(() => startTestSandbox("wa-contract-accounts-", { SANDBOX_HOST: "127.0.0.1", ...SMALL_DATA, ...NO_DELIVERIES }));

  const runAccounts = (apiKey: string) =>
    run("bash", [path.join(path.dirname(SCRIPT), "accounts.sh")], {
      timeout: 60_000,
      env: {
        NODE_ENV: "test",
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        API_ROOT_URL: `${sandbox.url}/wisealpha/v1`,
        OAUTH_ROOT_URL: `${sandbox.url}/wisealpha/o`,
        API_KEY: apiKey,
      },
    }).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it("runs the seed's examples green", async () => {
    const result = await runAccounts(SUPER_KEY);
    expect(result.stderr).not.toContain("CHECK FAILED");
    expect(result.code).toBe(0);
    expect(result.stderr.match(/check ok/g)).toHaveLength(17);
  });

  it("fails when the API refuses the calls, so the green run means something", async () => {
    const result = await runAccounts("not-a-wisealpha-key");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("CHECK FAILED: fund gives bank transfer details");
  });
});
