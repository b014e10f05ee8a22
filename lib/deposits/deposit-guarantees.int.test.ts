import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { createInvestSuiteClient, type InvestSuiteClient } from "@/lib/providers/investsuite/client";
import type { UserContext } from "@/lib/request-context";
import { DEMO_LOGIN, startContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { startDepositWorker } from "@/scripts/test-support/deposit-worker";
import { forSuite } from "@/scripts/test-support/for-suite";
import { killWhen, runUntil } from "@/scripts/test-support/withdrawal-worker";

import { depositIdempotencyKey } from "./idempotency-key";
import { approveDeposit } from "./decide-deposit";
import { sendDeposit } from "./execute-deposit";

/**
 * Issue #17 done-when 2: a deposit is never sent twice, proven by what the InvestSuite sandbox
 * recorded (its cash transfers: one per Idempotency-Key), not only by our own rows.
 */
const db = createPrismaClient(process.env.DATABASE_URL!, 4);
const sandbox = forSuite(startContractSandbox);
let investSuite: InvestSuiteClient;
/** POST /events/deposit/ calls this process sent (a replay with the same key is a call, not a deposit). */
let depositPosts = 0;

beforeAll(async () => {
  investSuite = createInvestSuiteClient({
    baseUrl: sandbox.baseUrl,
    username: DEMO_LOGIN.username,
    password: DEMO_LOGIN.password,
    fetch: async (url, init) => {
      if (init.method === "POST" && url.includes("/events/deposit/")) depositPosts += 1;
      return fetch(url, init);
    },
  });
});

const used = new Set<string>();
async function freshPortfolio() {
  const page = await investSuite.listPortfolios({ query: "status eq 'ACTIVE' and money_type eq 'REAL_MONEY'", limit: 100 });
  const taken = new Set((await db.deposit.findMany({ select: { portfolioRef: true } })).map((d) => d.portfolioRef));
  const portfolio = [...page.results].reverse().find((p) => !used.has(p.id) && !taken.has(p.id))!;
  used.add(portfolio.id);
  return portfolio;
}

async function deposit(state: "AWAITING_APPROVAL" | "READY_TO_SEND", recordedById: string, amount: string) {
  const portfolio = await freshPortfolio();
  const id = randomUUID();
  await db.deposit.create({
    data: {
      id,
      portfolioRef: portfolio.id,
      currency: portfolio.base_currency,
      amount,
      valueDate: new Date("2026-12-07T00:00:00Z"),
      bankReference: `TRX-${id.slice(0, 8)}`,
      state,
      idempotencyKey: depositIdempotencyKey(id),
      requiresApproval: state === "AWAITING_APPROVAL",
      recordedById,
    },
  });
  return { id, portfolioId: portfolio.id };
}

const depositsAtSandbox = async (portfolioId: string) =>
  (
    (await sandbox.control("GET", `/investsuite/__sandbox/cash-transfers?portfolio=${portfolioId}`)) as {
      results: { type: string; idempotency_key: string | null; amount: string }[];
    }
  ).results.filter((t) => t.type === "CASH_DEPOSIT");
const row = (id: string) => db.deposit.findUniqueOrThrow({ where: { id } });
const userOf = async (role: "STAFF" | "ADMIN"): Promise<UserContext> => {
  const { user, session } = await signInAs(role);
  const actor = { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: session.id };
  return { actor, role: actor.role, requestId: `req-${randomUUID()}`, ip: "203.0.113.7" };
};

describe("a deposit is never sent twice", () => {
  it("20 concurrent approvals, then 20 concurrent send attempts, give exactly one deposit event at the sandbox", async () => {
    const staff = await userOf("STAFF");
    const d = await deposit("AWAITING_APPROVAL", staff.actor.id, "25000");
    // Twenty admins click Approve at the same moment.
    const admins = await Promise.all(Array.from({ length: 20 }, () => userOf("ADMIN")));
    const results = await Promise.allSettled(admins.map((admin) => approveDeposit(admin, d.id)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refusals = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => String(r.reason));
    expect(refusals).toHaveLength(19);
    expect(new Set(refusals)).toEqual(new Set(["AppError: This deposit is ready to send and cannot be approved now."]));
    expect(await db.depositTransition.count({ where: { depositId: d.id, fromState: "AWAITING_APPROVAL", toState: "READY_TO_SEND" } })).toBe(
      1,
    );
    // The approval's audit entry names the approver, the request and the IP (the one request context).
    const approval = await db.auditEntry.findFirstOrThrow({ where: { targetType: "deposit", targetId: d.id, action: "deposit.approved" } });
    const approver = (await row(d.id)).approvedById;
    expect(approval).toMatchObject({ actorId: approver, ip: "203.0.113.7" });
    expect(approval.requestId).toMatch(/^req-/);

    // Then the worker path: twenty workers pick it up at once, and a later sweep sees it again.
    const posts = depositPosts;
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => sendDeposit({ db, investSuite }, d.id)));
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "skipped")).toHaveLength(19);
    expect(await sendDeposit({ db, investSuite }, d.id)).toBe("skipped");
    expect(depositPosts - posts).toBe(1);

    const atSandbox = await depositsAtSandbox(d.portfolioId);
    expect(atSandbox).toHaveLength(1);
    expect(atSandbox[0]).toMatchObject({ amount: "25000", idempotency_key: depositIdempotencyKey(d.id) });
    const done = await row(d.id);
    expect(done.state).toBe("SENT");
    expect(done.providerTransferId).toMatch(/^T/);
    const history = await db.depositTransition.findMany({ where: { depositId: d.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.toState)).toEqual(["READY_TO_SEND", "SENDING", "SENT"]);
  });

  it(
    "a worker SIGKILLed right after InvestSuite accepted the event resumes in a new process without a second deposit",
    { timeout: 120_000 },
    async () => {
      const staff = await userOf("STAFF");
      const d = await deposit("READY_TO_SEND", staff.actor.id, "750.25");
      // The first worker sends, then stays in the window between InvestSuite's answer and our SENT row.
      const first = startDepositWorker(d.id, sandbox.baseUrl, 60_000);
      await killWhen(first, async () => (await depositsAtSandbox(d.portfolioId)).length === 1);
      expect(first.signalCode).toBe("SIGKILL");
      const killed = await row(d.id);
      expect(killed.state).toBe("SENDING");
      expect(killed.sentAt).toBeNull();

      // Its lease would run out after DEPOSIT_LEASE_MS; age it instead of waiting.
      await db.$executeRaw`UPDATE "Deposit" SET "updatedAt" = now() - interval '10 minutes' WHERE id = ${d.id}`;
      await runUntil(startDepositWorker(d.id, sandbox.baseUrl), async () => (await row(d.id)).state === "SENT");
      // The second process sent again with the same key: InvestSuite replayed, so still one deposit.
      const atSandbox = await depositsAtSandbox(d.portfolioId);
      expect(atSandbox).toHaveLength(1);
      expect(atSandbox[0]).toMatchObject({ amount: "750.25", idempotency_key: depositIdempotencyKey(d.id) });
      const done = await row(d.id);
      expect(done.executionAttempts).toBe(2);
      const history = await db.depositTransition.findMany({ where: { depositId: d.id }, orderBy: { id: "asc" } });
      expect(history.map((h) => h.toState)).toEqual(["SENDING", "SENT"]);
    },
  );

  it("the worker refuses a deposit above its threshold that nobody approved", async () => {
    const staff = await userOf("STAFF");
    const d = await deposit("READY_TO_SEND", staff.actor.id, "50000");
    expect(await sendDeposit({ db, investSuite, fourEyesAbove: "10000" }, d.id)).toBe("failed");
    expect(await depositsAtSandbox(d.portfolioId)).toHaveLength(0);
    expect((await row(d.id)).failureMessage).toMatch(/needs a second person's approval/);
  });
});
