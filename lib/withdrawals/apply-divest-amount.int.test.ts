import { afterAll, describe, expect, it } from "vitest";

import type { WithdrawalState } from "@/generated/prisma/enums";
import { createPrismaClient } from "@/lib/db/create-client";

import { applyDivestAmount, type DivestStatement } from "./apply-divest-amount";
import { recordTransition } from "./record-transition";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

const statement = (portfolio: string, amountText: string, statedAt: Date, via: DivestStatement["via"]): DivestStatement => ({
  portfolio,
  owner: null,
  currency: "EUR",
  amountText,
  statedAt,
  sourceEventId: null,
  via,
});
const apply = (s: DivestStatement) => db.$transaction((tx) => applyDivestAmount(tx, s));
const requestsOf = (portfolio: string) =>
  db.withdrawalRequest.findMany({ where: { portfolioRef: portfolio }, orderBy: { createdAt: "asc" } });
const move = async (portfolio: string, from: WithdrawalState, to: WithdrawalState) => {
  const [request] = await requestsOf(portfolio);
  await db.$transaction((tx) => recordTransition(tx, request!.id, from, to));
};

describe("a reconciliation read about a request being paid out", () => {
  it("opens no second request while one is paid out, nor after, from a read taken before the payout", async () => {
    const portfolio = `P-recon-race-${Date.now()}`;
    expect(await apply(statement(portfolio, "500", new Date(), "event"))).toBe("created");
    await move(portfolio, "REQUESTED", "CASH_AVAILABLE");
    await move(portfolio, "CASH_AVAILABLE", "APPROVED");
    // InvestSuite still shows 500 until the payout resets it: the reconciliation reads it now.
    const readDuringPayout = new Date();
    expect(await apply(statement(portfolio, "500", readDuringPayout, "reconciliation"))).toBe("stale");
    await move(portfolio, "APPROVED", "EXECUTING");
    await move(portfolio, "EXECUTING", "EXECUTED");
    // The same read applied after the payout is still about the paid request.
    expect(await apply(statement(portfolio, "500", readDuringPayout, "reconciliation"))).toBe("stale");
    expect(await requestsOf(portfolio)).toHaveLength(1);

    // A read taken after the payout that still shows an amount is a new ask (a lost event): it opens one.
    expect(await apply(statement(portfolio, "300", new Date(Date.now() + 1_000), "reconciliation"))).toBe("created");
    expect((await requestsOf(portfolio)).map((r) => r.state)).toEqual(["EXECUTED", "REQUESTED"]);
  });
});
