import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import type { WithdrawalState } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { withdrawalFilterSchema } from "@/lib/validations/withdrawals";

import { countWithdrawalsByState, findWithdrawalQueue, findWithdrawals } from "./find-withdrawals";

// Other suites share the database, and a portfolio may have only one open request: so every request here has
// its own portfolio, and a currency code made up for this run (Q…/Z…, not a real code) isolates the queries.
const RUN = `P-t${Date.now()}`;
const LETTERS = "BCDFGHJKLNPSTVX";
const code = (first: string) => first + Array.from({ length: 2 }, () => LETTERS[Math.floor(Math.random() * LETTERS.length)]).join("");
const C1 = code("Q");
const C2 = code("Z");
const NOW = new Date("2026-06-01T12:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

type Seed = {
  key: string;
  state: WithdrawalState;
  currency: string;
  amount: string | null;
  ageHours: number;
  provider?: "INVESTSUITE" | "WISEALPHA";
};
const SEED: Seed[] = [
  { key: "a1", state: "REQUESTED", currency: C1, amount: "500", ageHours: 1 },
  { key: "a2", state: "CASH_AVAILABLE", currency: C1, amount: "1234.567891", ageHours: 5 },
  { key: "a3", state: "REQUESTED", currency: C1, amount: null, ageHours: 30 },
  { key: "a4", state: "EXECUTED", currency: C1, amount: "20.5", ageHours: 48 },
  { key: "b1", state: "CANCELLED", currency: C2, amount: "99", ageHours: 2, provider: "WISEALPHA" },
  { key: "b2", state: "REQUESTED", currency: C2, amount: "7", ageHours: 3 },
];
const ids = new Map<string, string>();
const keys = (rows: { id: string }[]) => rows.map((r) => [...ids].find(([, id]) => id === r.id)?.[0]);
const filter = (input: Record<string, string>) => withdrawalFilterSchema.parse(input);

beforeAll(async () => {
  for (const s of SEED) {
    const id = randomUUID();
    ids.set(s.key, id);
    await getDb().withdrawalRequest.create({
      data: {
        id,
        provider: s.provider ?? "INVESTSUITE",
        portfolioRef: `${RUN}-${s.key}`,
        currency: s.currency,
        amount: s.amount,
        isFull: s.amount === null,
        state: s.state,
        idempotencyKey: `test-${id}`,
        createdAt: hoursAgo(s.ageHours),
      },
    });
  }
});

describe("findWithdrawals", () => {
  it.each([
    ["currency, oldest first by default", { currency: C1 }, ["a4", "a3", "a2", "a1"]],
    ["state", { currency: C1, state: "REQUESTED" }, ["a3", "a1"]],
    ["currency, case-insensitive in the URL", { currency: C2.toLowerCase() }, ["b2", "b1"]],
    ["provider", { currency: C2, provider: "WISEALPHA" }, ["b1"]],
    ["portfolio id", { portfolio: `${RUN}-a2` }, ["a2"]],
    ["newest first", { currency: C1, sort: "newest" }, ["a1", "a2", "a3", "a4"]],
    ["largest amount first, full withdrawals last", { currency: C1, sort: "amount-desc" }, ["a2", "a1", "a4", "a3"]],
    ["smallest amount first, full withdrawals last", { currency: C1, sort: "amount-asc" }, ["a4", "a1", "a2", "a3"]],
  ] as const)("%s", async (_name, input, expected) => {
    const { withdrawals, total } = await findWithdrawals(filter(input as Record<string, string>), NOW);
    expect(keys(withdrawals)).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it("shows exact amounts with the currency, full withdrawals by name, and the SLA colour of open requests only", async () => {
    const { withdrawals } = await findWithdrawals(filter({ currency: C1 }), NOW);
    const byKey = Object.fromEntries(withdrawals.map((w) => [keys([w])[0], w]));
    expect(byKey.a1).toMatchObject({ amount: `500 ${C1}`, sla: "neutral", age: "1 h 0 min" });
    expect(byKey.a2).toMatchObject({ amount: `1234.567891 ${C1}`, sla: "warn" });
    expect(byKey.a3).toMatchObject({ amount: "Full withdrawal", isFull: true, sla: "bad", age: "1 d 6 h" });
    // Executed two days ago: no longer waiting on us, so never late.
    expect(byKey.a4).toMatchObject({ amount: `20.5 ${C1}`, sla: "neutral" });
  });

  it("pages on the server", async () => {
    const first = await findWithdrawals(filter({ currency: C1 }), NOW, 3);
    expect(keys(first.withdrawals)).toEqual(["a4", "a3", "a2"]);
    expect(first).toMatchObject({ total: 4, page: 1, pageCount: 2 });
    const second = await findWithdrawals(filter({ currency: C1, page: "2" }), NOW, 3);
    expect(keys(second.withdrawals)).toEqual(["a1"]);
  });
});

describe("countWithdrawalsByState", () => {
  it("counts every state under the other filters, ignoring the chosen state", async () => {
    const counts = await countWithdrawalsByState(filter({ currency: C1, state: "EXECUTED" }));
    expect(counts).toEqual({
      REQUESTED: 2,
      CASH_AVAILABLE: 1,
      APPROVED: 0,
      EXECUTING: 0,
      EXECUTED: 1,
      REJECTED: 0,
      FAILED: 0,
      CANCELLED: 0,
    });
    expect(await countWithdrawalsByState(filter({ currency: C2, provider: "INVESTSUITE" }))).toMatchObject({ REQUESTED: 1, CANCELLED: 0 });
  });
});

describe("findWithdrawalQueue (what the page awaits)", () => {
  it("gives the same rows and total as findWithdrawals, with the total taken from the counts", async () => {
    const inputs: Record<string, string>[] = [
      { currency: C1 },
      { currency: C1, state: "REQUESTED" },
      { currency: C2, provider: "WISEALPHA" },
    ];
    for (const input of inputs) {
      const queue = await findWithdrawalQueue(filter(input), NOW, 2);
      const plain = await findWithdrawals(filter(input), NOW, 2);
      expect({ rows: queue.withdrawals, total: queue.total, pageCount: queue.pageCount }).toEqual({
        rows: plain.withdrawals,
        total: plain.total,
        pageCount: plain.pageCount,
      });
      expect(queue.counts).toEqual(await countWithdrawalsByState(filter(input)));
    }
  });
});

describe("the URL schema", () => {
  it("refuses what it cannot use, with a message", () => {
    expect(withdrawalFilterSchema.safeParse({ currency: "EU" }).error?.issues[0]?.message).toBe(
      "Currency is a three-letter code, e.g. EUR.",
    );
    expect(withdrawalFilterSchema.safeParse({ sort: "price" }).success).toBe(false);
    expect(withdrawalFilterSchema.safeParse({ state: "DONE" }).success).toBe(false);
    expect(withdrawalFilterSchema.parse({ state: "", sort: "" })).toEqual({ state: undefined, sort: "oldest", page: 1 });
  });
});
