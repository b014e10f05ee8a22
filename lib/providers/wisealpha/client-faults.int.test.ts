import { randomUUID } from "node:crypto";

import Decimal from "decimal.js";
import { afterEach, describe, expect, it } from "vitest";

import { forSuite } from "@/scripts/test-support/for-suite";

import { providerRejection as rejection } from "../test-rejection";
import { DEMO_CUSTOMER, startHarness } from "./test-sandbox";

const GBP = { ...DEMO_CUSTOMER, currency: "GBP" };

describe("WiseAlpha client against the sandbox: withdrawals, refusals and faults", () => {
  const sandbox = forSuite(startHarness);

  afterEach(async () => {
    await sandbox.resetFaults();
    sandbox.log.length = 0;
  });

  it("withdraws once per idempotency key and finds the withdrawal afterwards", async () => {
    const client = sandbox.client();
    const since = new Date(Date.now() - 60_000); // a minute of allowance for clock skew
    const before = (await client.getBalance(GBP)).amount;
    const input = { ...GBP, amount: "25.50", idempotencyKey: `withdrawal-${randomUUID()}` };

    const [first, concurrent] = await Promise.all([client.withdraw(input), client.withdraw(input)]);
    const again = await client.withdraw(input);
    expect(first).toMatchObject({ replayed: false, balance: { currency: "GBP", amount: new Decimal(before).sub("25.50").toFixed(2) } });
    expect(concurrent).toMatchObject({ replayed: true, balance: first.balance });
    expect(again.replayed).toBe(true);
    expect(sandbox.log.filter((e) => e.method === "POST")).toHaveLength(1);

    const found = await client.findWithdrawal({ ...GBP, amount: "25.50", since });
    expect(found).toMatchObject({ amount: "-25.50", type: "Withdrawal", balance: first.balance.amount });
    await expect(client.withdraw({ ...input, amount: "30.00" })).rejects.toThrow(/already used for another withdrawal/);
    await expect(client.withdraw({ ...GBP, amount: "1.00", idempotencyKey: " " })).rejects.toThrow(/idempotency key/);
  });

  it("refuses a withdrawal larger than the cash with a clear, non-retryable error (422)", async () => {
    const client = sandbox.client();
    const error = await rejection(client.withdraw({ ...GBP, amount: "99999999.00", idempotencyKey: randomUUID() }));
    expect(error).toMatchObject({ provider: "wisealpha", code: "validation", status: 422, retryable: false });
    expect(error.userMessage).toBe(
      "WiseAlpha refused the withdrawal: the account's available cash is less than the amount. Nothing was withdrawn.",
    );
    expect(JSON.stringify(error.details)).toContain("Insufficient funds");
  });

  it("refuses a withdrawal while can_withdraw is false (403), for a blocked customer and a compliance hold", async () => {
    const client = sandbox.client();
    const found = (await sandbox.control("GET", "customers?status=invest&can_withdraw=false")) as { results: { customer_id: string }[] };
    const blocked = found.results[0]!.customer_id;
    expect((await client.getCustomer(blocked)).validation.can_withdraw).toBe(false);
    const [account] = await client.listInvestmentAccounts(blocked);
    const error = await rejection(
      client.withdraw({ customerId: blocked, accountId: account!.id, currency: "GBP", amount: "1.00", idempotencyKey: randomUUID() }),
    );
    expect(error).toMatchObject({ code: "forbidden", status: 403, retryable: false });
    expect(error.userMessage).toMatch(/^WiseAlpha does not allow withdrawals for this customer at the moment \(can_withdraw is false/);

    await sandbox.control("POST", `customers/${DEMO_CUSTOMER.customerId}/compliance`, { withdrawal_blocked: true });
    try {
      expect((await client.getCustomer(DEMO_CUSTOMER.customerId)).validation.can_withdraw).toBe(false);
      await expect(client.withdraw({ ...GBP, amount: "1.00", idempotencyKey: randomUUID() })).rejects.toMatchObject({
        code: "forbidden",
        status: 403,
      });
    } finally {
      await sandbox.control("POST", `customers/${DEMO_CUSTOMER.customerId}/compliance`, { withdrawal_blocked: false });
    }
  });

  it("retries a GET on 503 and then fails with a retryable error", async () => {
    const client = sandbox.client({ sleep: async () => {} });
    await sandbox.setFaults({ errorRate: 1, errorStatus: 503 });

    const error = await rejection(client.getCustomer(DEMO_CUSTOMER.customerId));
    expect(error).toMatchObject({ provider: "wisealpha", code: "server_error", status: 503, retryable: true });
    expect(error.userMessage).toMatch(/^WiseAlpha reported an internal error \(HTTP 503\)/);
    expect(sandbox.log.map((e) => `${e.method} ${e.status}`)).toEqual(["GET 503", "GET 503", "GET 503"]);

    await sandbox.resetFaults();
    await expect(client.getCustomer(DEMO_CUSTOMER.customerId)).resolves.toMatchObject({ customer_id: DEMO_CUSTOMER.customerId });
  });

  it("sends a withdrawal once on 503 and reports the outcome as unknown, not retryable", async () => {
    const client = sandbox.client({ sleep: async () => {} });
    await sandbox.setFaults({ errorRate: 1, errorStatus: 503 });
    const error = await rejection(client.withdraw({ ...GBP, amount: "1.00", idempotencyKey: randomUUID() }));
    expect(error).toMatchObject({ code: "server_error", status: 503, retryable: false });
    expect(error.userMessage).toContain("It may or may not have been applied at WiseAlpha");
    expect(sandbox.log.filter((e) => e.method === "POST")).toHaveLength(1);
  });

  it("turns a request WiseAlpha never answers into a timeout error", async () => {
    const client = sandbox.client({ timeoutMs: 300, retries: 1, sleep: async () => {} });
    await sandbox.setFaults({ timeoutRate: 1 });

    const started = Date.now();
    const error = await rejection(client.getBalances(DEMO_CUSTOMER));
    expect(error).toMatchObject({ code: "timeout", status: null, retryable: true });
    expect(error.userMessage).toBe("WiseAlpha did not answer within 300 ms. Nothing was changed on our side; try again.");
    // 300 ms is the whole call's deadline: the hanging attempt used it up, so there is no retry.
    expect(sandbox.log).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("maps an invalid (or revoked) key to unauthorized without retrying: WiseAlpha keys are static", async () => {
    const client = sandbox.client({ apiKey: "wa-revoked-key-000000000000000000000000000", sleep: async () => {} });
    const error = await rejection(client.getCustomer(DEMO_CUSTOMER.customerId));
    expect(error).toMatchObject({ provider: "wisealpha", code: "unauthorized", status: 401, retryable: false });
    expect(error.userMessage).toContain("wrong or has been revoked");
    expect(error.details).toEqual({ detail: "Invalid token." });
    expect(sandbox.log).toHaveLength(1);
  });
});
