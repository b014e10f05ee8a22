import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { syncCashlinkInvitations } from "@/lib/onboarding/sync-invitations";
import { syncWiseAlphaCustomers } from "@/lib/onboarding/sync-customers";
import { insertOpenOrder } from "@/lib/orders/test-order-book";
import { createCashlinkClient } from "@/lib/providers/cashlink/client";
import { DEMO_CLIENT } from "@/lib/providers/cashlink/test-sandbox";
import { createInvestSuiteClient } from "@/lib/providers/investsuite/client";
import { startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { createCashAvailableWithdrawal } from "@/prisma/factories/withdrawals";
import { DEMO_LOGIN } from "@/sandbox/investsuite/contract/test-sandbox";
import { forSuite } from "@/scripts/test-support/for-suite";

import { globalSearch, type SearchGroup } from "./global-search";
import { syncSearchProjection } from "./sync-search";

// One in-process sandbox serves all three providers; the projection is filled by the same syncs the worker runs.
const harness = forSuite(startHarness, 120_000);
const admin = { role: "ADMIN" as const };
const clients = () => ({
  investSuite: createInvestSuiteClient({ baseUrl: `${harness.url}/investsuite`, ...DEMO_LOGIN }),
  wiseAlpha: harness.client(),
  cashlink: createCashlinkClient({ baseUrl: `${harness.url}/cashlink`, ...DEMO_CLIENT, scopes: "investors:read investments:read" }),
});

const refsOf = (groups: SearchGroup[], kind: string) => groups.find((g) => g.kind === kind)?.hits.map((h) => h.ref) ?? [];

beforeAll(async () => {
  const c = clients();
  await syncWiseAlphaCustomers(getDb(), c.wiseAlpha);
  await syncCashlinkInvitations(getDb(), c.cashlink);
  await syncSearchProjection(getDb(), c);
});

describe("global search over the seeded providers (our tables only)", () => {
  it("finds a portfolio by id and by name prefix, with its provider", async () => {
    const portfolio = (await clients().investSuite.listPortfolios({ limit: 1 })).results[0]!;
    const byId = await globalSearch(portfolio.id, admin);
    expect(refsOf(byId, "portfolio")).toContain(portfolio.id);
    expect(byId.find((g) => g.kind === "portfolio")!.hits[0]!.provider).toBe("INVESTSUITE");
    const byName = await globalSearch(portfolio.name.slice(0, 4), admin);
    expect(refsOf(byName, "portfolio").length).toBeGreaterThan(0);
  });

  it("finds an InvestSuite user by id, e-mail and name prefix", async () => {
    const user = (await clients().investSuite.listUsers({ limit: 1 })).results[0]!;
    expect(refsOf(await globalSearch(user.id, admin), "investsuite-user")).toContain(user.id);
    expect(refsOf(await globalSearch(user.email!, admin), "investsuite-user")).toContain(user.id);
    expect(refsOf(await globalSearch(user.email!.slice(0, 5), admin), "investsuite-user")).toContain(user.id);
    if (user.last_name) expect(refsOf(await globalSearch(user.last_name.slice(0, 3), admin), "investsuite-user").length).toBeGreaterThan(0);
  });

  it("finds a WiseAlpha customer by id, e-mail and name prefix", async () => {
    const snapshot = await getDb().wiseAlphaCustomerSnapshot.findFirstOrThrow({ where: { customerId: "10000001" } });
    expect(refsOf(await globalSearch("10000001", admin), "wisealpha-customer")).toContain("10000001");
    expect(refsOf(await globalSearch(snapshot.email.toUpperCase(), admin), "wisealpha-customer")).toContain("10000001");
    const first = snapshot.name.split(" ")[0]!;
    expect(refsOf(await globalSearch(first.slice(0, 3), admin), "wisealpha-customer").length).toBeGreaterThan(0);
  });

  it("finds a Cashlink invitation by id and an investor by id, e-mail or name", async () => {
    const invitation = (await clients().cashlink.listInvitations()).results[0]!;
    expect(refsOf(await globalSearch(invitation.id, admin), "cashlink-invitation")).toContain(invitation.id);
    expect(refsOf(await globalSearch(invitation.investor_id, admin), "cashlink-investor")).toContain(invitation.investor_id);
    const investor = await getDb().searchTerm.findFirstOrThrow({ where: { kind: "cashlink-investor", ref: invitation.investor_id } });
    expect(refsOf(await globalSearch(investor.label.slice(0, 3), admin), "cashlink-investor").length).toBeGreaterThan(0);
  });

  it("finds a product by ISIN and by company name prefix", async () => {
    const product = (await clients().wiseAlpha.listProducts()).results[0]!;
    expect(refsOf(await globalSearch(product.isin_code, admin), "product")).toContain(product.product_id);
    expect(refsOf(await globalSearch(product.company.company_name.slice(0, 4), admin), "product")).toContain(product.product_id);
  });

  it("finds an order by id and by original_id, a withdrawal by id, an event by our id and the provider's", async () => {
    const orderId = `MKTBUY${Date.now()}`;
    const originalId = `MKTBUY${Date.now() - 1}`;
    await insertOpenOrder(getDb(), orderId, { originalId, amount: "10.00" });
    expect(refsOf(await globalSearch(orderId, admin), "order")).toEqual([orderId]);
    expect(refsOf(await globalSearch(originalId, admin), "order")).toEqual([orderId]);

    const withdrawalId = await createCashAvailableWithdrawal(getDb());
    expect(refsOf(await globalSearch(withdrawalId, admin), "withdrawal")).toEqual([withdrawalId]);

    const providerEventId = `evt-${randomUUID()}`;
    const event = await getDb().providerEvent.create({
      data: { provider: "CASHLINK", providerEventId, type: "investment.status_changed", transport: "WEBHOOK", signature: "VALID" },
    });
    expect(refsOf(await globalSearch(providerEventId, admin), "event")).toEqual([event.id.toString()]);
    expect(refsOf(await globalSearch(event.id.toString(), admin), "event")).toContain(event.id.toString());
  });

  it("groups by kind, at most five each; searches only the kinds the role may read; ignores wildcards and short text", async () => {
    const groups = await globalSearch("a", admin);
    expect(groups).toEqual([]);
    const many = await globalSearch("@", admin);
    for (const g of many) expect(g.hits.length).toBeLessThanOrEqual(5);
    expect(await globalSearch("%%", admin)).toEqual([]);
    // A role without the read permissions searches nothing at all.
    expect(await globalSearch("10000001", admin)).not.toEqual([]);
    expect(await globalSearch("10000001", { role: "NOBODY" as "STAFF" })).toEqual([]);
  });
});
