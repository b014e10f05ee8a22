import Decimal from "decimal.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { approveWithdrawal, prepareWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { createPrismaClient } from "@/lib/db/create-client";
import type { InvestSuiteClient } from "@/lib/providers/investsuite/client";
import { startContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { forSuite } from "@/scripts/test-support/for-suite";
import { demoInvestSuiteClient } from "@/scripts/test-support/investsuite-app-client";
import { killWhen, runUntil, startWithdrawalWorker } from "@/scripts/test-support/withdrawal-worker";
import { signInAs } from "@/scripts/test-support/auth";
import type { UserContext } from "@/lib/request-context";

import { executeInvestSuiteWithdrawal } from "./execute-investsuite";
import { customerAsksAtSandbox, insertInvestSuiteRequest, untakenPortfolio } from "./test-payouts";
import { deliverSandboxEvents } from "./test-events";

/**
 * The "never pays twice" promises, each proven by what the InvestSuite sandbox
 * recorded (its cash transfers: one per Idempotency-Key), not only by our own rows.
 */
const db = createPrismaClient(process.env.DATABASE_URL!, 4);
const sandbox = forSuite(startContractSandbox);
let investSuite: InvestSuiteClient;
/** POST /events/withdraw/ calls this process sent (a replay with the same key is a call, not a payout). */
let withdrawPosts = 0;

beforeAll(async () => {
  investSuite = demoInvestSuiteClient(sandbox, {
    fetch: async (url, init) => {
      if (init.method === "POST" && url.includes("/events/withdraw/")) withdrawPosts += 1;
      return fetch(url, init);
    },
  });
});
afterEach(async () => {
  await sandbox.control("DELETE", "/__sandbox/faults");
});

const used = new Set<string>();
/** A robo portfolio no other test here touched, where the customer asked for `amount` and the sells freed the cash. */
async function customerAsks(amount: string | "full") {
  const portfolio = await untakenPortfolio(db, investSuite, used);
  used.add(portfolio.id);
  await customerAsksAtSandbox(sandbox, portfolio.id, amount);
  return portfolio;
}
async function withdrawal(state: "CASH_AVAILABLE" | "APPROVED", amount: string) {
  const portfolio = await customerAsks(amount);
  const id = await insertInvestSuiteRequest(db, portfolio, amount, state);
  return { id, portfolioId: portfolio.id };
}
const payoutsAtSandbox = async (portfolioId: string) =>
  ((await sandbox.control("GET", `/investsuite/__sandbox/cash-transfers?portfolio=${portfolioId}`)) as { results: unknown[] }).results
    .length;
const row = (id: string) => db.withdrawalRequest.findUniqueOrThrow({ where: { id } });
const userOf = async (role: "STAFF" | "ADMIN"): Promise<UserContext> => {
  const { user, session } = await signInAs(role);
  const actor = { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: session.id };
  return { actor, role: actor.role, requestId: null, ip: null };
};

describe("never pays twice", () => {
  it("20 concurrent approvals of one request cause exactly one payout at the sandbox", async () => {
    const w = await withdrawal("CASH_AVAILABLE", "100");
    await prepareWithdrawal(await userOf("STAFF"), w.id);
    // Twenty admins click Approve at the same moment.
    const admins = await Promise.all(Array.from({ length: 20 }, () => userOf("ADMIN")));
    const results = await Promise.allSettled(admins.map((admin) => approveWithdrawal(admin, w.id)));
    expect(results.filter((r) => r.status === "fulfilled" && r.value.approved)).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(19);
    expect(await db.withdrawalTransition.count({ where: { withdrawalId: w.id, toState: "APPROVED" } })).toBe(1);

    // Then the worker path: several workers pick it up at once, and a later sweep sees it again.
    const posts = withdrawPosts;
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => executeInvestSuiteWithdrawal({ db, investSuite }, w.id)));
    expect(outcomes.sort()).toEqual(["executed", "skipped", "skipped", "skipped", "skipped"]);
    expect(await executeInvestSuiteWithdrawal({ db, investSuite }, w.id)).toBe("skipped");
    expect(withdrawPosts - posts).toBe(1);
    expect(await payoutsAtSandbox(w.portfolioId)).toBe(1);
    expect((await row(w.id)).state).toBe("EXECUTED");
  });

  it("a worker SIGKILLed during EXECUTING resumes in a new process without a second payout", { timeout: 120_000 }, async () => {
    const w = await withdrawal("APPROVED", "150");
    // Every InvestSuite call takes 1.5 s, so the worker is still mid-execution well after the payout landed.
    await sandbox.control("PUT", "/__sandbox/faults/investsuite", { latencyMs: 1_500 });
    const first = startWithdrawalWorker(w.id, sandbox.baseUrl);
    await killWhen(first, async () => (await payoutsAtSandbox(w.portfolioId)) === 1);
    expect(first.signalCode).toBe("SIGKILL");
    const killed = await row(w.id);
    expect(killed.state).toBe("EXECUTING");
    expect(killed.executedAt).toBeNull();

    await sandbox.control("DELETE", "/__sandbox/faults");
    // The dead worker's lease would run out after EXECUTION_LEASE_MS; age it instead of waiting two minutes.
    await db.$executeRaw`UPDATE "WithdrawalRequest" SET "updatedAt" = now() - interval '10 minutes' WHERE id = ${w.id}`;
    await runUntil(startWithdrawalWorker(w.id, sandbox.baseUrl), async () => (await row(w.id)).state === "EXECUTED");
    expect(await payoutsAtSandbox(w.portfolioId)).toBe(1);
    const done = await row(w.id);
    expect(done.executionAttempts).toBe(2);
    const portfolio = await investSuite.getPortfolio(w.portfolioId);
    expect(new Decimal(portfolio.config.manager_settings.divest_amount ?? "0").isZero()).toBe(true);
    const history = await db.withdrawalTransition.findMany({ where: { withdrawalId: w.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.toState)).toEqual(["EXECUTING", "EXECUTED"]);
  });

  it("a full withdrawal (1e100) goes from the customer's request to EXECUTED with divest_amount 0 at the sandbox", async () => {
    const portfolio = await customerAsks("full");
    const cash = new Decimal((await investSuite.getPortfolio(portfolio.id)).portfolio[`$${portfolio.base_currency}`] ?? "0");
    // The sandbox's own outbound events (divest-amount-update 1e100, then cash-available), ingested and processed as the worker does.
    await deliverSandboxEvents(db, sandbox, portfolio.id, ["portfolios.divest-amount-update", "portfolios.cash-available-for-withdrawal"]);
    const request = await db.withdrawalRequest.findFirstOrThrow({ where: { portfolioRef: portfolio.id } });
    expect(request).toMatchObject({ state: "CASH_AVAILABLE", isFull: true, amount: null });

    await prepareWithdrawal(await userOf("STAFF"), request.id);
    expect(await approveWithdrawal(await userOf("ADMIN"), request.id)).toEqual({ approved: true });
    expect(await executeInvestSuiteWithdrawal({ db, investSuite }, request.id)).toBe("executed");

    const done = await row(request.id);
    expect(done.state).toBe("EXECUTED");
    expect(done.payoutAmount!.toFixed()).toBe(cash.toFixed());
    expect(await payoutsAtSandbox(portfolio.id)).toBe(1);
    const after = await investSuite.getPortfolio(portfolio.id);
    expect(new Decimal(after.config.manager_settings.divest_amount ?? "0").isZero()).toBe(true);
    expect(after.portfolio[`$${portfolio.base_currency}`]).toBe("0");
  });
});
