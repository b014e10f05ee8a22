import { describe, expect, it } from "vitest";

import { prepareWithdrawalAction } from "@/lib/actions/withdrawals";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { caseQueueWhere } from "@/lib/onboarding/case-queues";
import { findCases } from "@/lib/onboarding/find-cases";
import { caseFilterSchema } from "@/lib/validations/onboarding";
import { withdrawalFilterSchema } from "@/lib/validations/withdrawals";
import { findWithdrawalQueue } from "@/lib/withdrawals/find-withdrawals";
import { withdrawalQueueWhere } from "@/lib/withdrawals/withdrawal-queues";
import { createCashAvailableWithdrawal } from "@/prisma/factories/withdrawals";
import { signInAs } from "@/scripts/test-support/auth";

import { cardsFor, loadInbox } from "./load-inbox";

const asCurrent = (u: { id: string; email: string; name: string; role: "STAFF" | "COMPLIANCE" | "ADMIN" }) => u as unknown as CurrentUser;
const card = async (user: CurrentUser, id: string) => (await loadInbox(user)).find((c) => c.id === id);

describe("home cards", () => {
  it("each role sees only the cards its permissions allow", async () => {
    const ids = (role: "STAFF" | "COMPLIANCE" | "ADMIN") => cardsFor({ role }).map((c) => c.id);
    expect(ids("STAFF")).toContain("withdrawals-ready-to-prepare");
    expect(ids("STAFF")).toContain("orders-to-confirm");
    expect(ids("STAFF")).not.toContain("withdrawals-awaiting-my-approval");
    expect(ids("STAFF")).not.toContain("cases-mine-open");
    expect(ids("COMPLIANCE")).toContain("cases-mine-open");
    expect(ids("COMPLIANCE")).not.toContain("orders-to-confirm");
    expect(ids("COMPLIANCE")).not.toContain("withdrawals-prepared-by-me");
    expect(ids("ADMIN")).toContain("withdrawals-awaiting-my-approval");
    expect(ids("ADMIN")).toContain("events-failed");
  });

  it("a withdrawal prepared by STAFF is awaiting an ADMIN's approval, and not its preparer's", async () => {
    const id = await createCashAvailableWithdrawal(getDb());
    const staff = await signInAs("STAFF");
    expect((await prepareWithdrawalAction({ withdrawalId: id })).serverError).toBeUndefined();
    const admin = await signInAs("ADMIN");
    const otherAdmin = await signInAs("ADMIN");
    const awaiting = async (user: CurrentUser) => {
      const scope = await withdrawalQueueWhere("awaiting-my-approval", user);
      const all = await findWithdrawalQueue(withdrawalFilterSchema.parse({ queue: "awaiting-my-approval" }), new Date(), 10_000, scope);
      return all.withdrawals.map((w) => w.id);
    };
    expect(await awaiting(asCurrent(admin.user))).toContain(id);
    expect(await awaiting(asCurrent(staff.user))).not.toContain(id);
    const prepared = await withdrawalQueueWhere("prepared-by-me", staff.user);
    expect((await getDb().withdrawalRequest.findMany({ where: prepared })).map((w) => w.id)).toEqual([id]);

    // An admin who prepared one does not see it either; another admin does.
    const id2 = await createCashAvailableWithdrawal(getDb());
    await getDb().withdrawalRequest.update({ where: { id: id2 }, data: { makerId: admin.user.id, preparedAt: new Date() } });
    expect(await awaiting(asCurrent(admin.user))).not.toContain(id2);
    expect(await awaiting(asCurrent(otherAdmin.user))).toContain(id2);

    // The cooling-off rule: an admin whose account the maker created recently may not approve it.
    await getDb().accountChange.create({ data: { userId: otherAdmin.user.id, byUserId: staff.user.id, kind: "CREATED" } });
    expect(await awaiting(asCurrent(otherAdmin.user))).not.toContain(id);
    expect(await awaiting(asCurrent(otherAdmin.user))).toContain(id2);
  });

  it("each withdrawal and case card's count is the total of the list it opens", async () => {
    const admin = await signInAs("ADMIN");
    const user = asCurrent(admin.user);
    await getDb().onboardingCase.create({
      data: { subjectType: "WISEALPHA_CUSTOMER", subjectRef: `9${Date.now()}`, assigneeId: admin.user.id },
    });
    const cards = await loadInbox(user);
    for (const c of cards.filter((c) => c.group === "Withdrawals")) {
      const queue = new URL(c.href, "http://x").searchParams.get("queue") as never;
      const scope = await withdrawalQueueWhere(queue, user);
      const list = await findWithdrawalQueue(withdrawalFilterSchema.parse({ queue }), new Date(), 50, scope);
      expect([c.id, c.count]).toEqual([c.id, list.total]);
    }
    for (const c of cards.filter((c) => c.group === "Onboarding")) {
      const params = Object.fromEntries(new URL(c.href, "http://x").searchParams);
      const filter = caseFilterSchema.parse(params);
      const list = await findCases(filter, user, await caseQueueWhere(filter.queue));
      expect([c.id, c.count]).toEqual([c.id, list.total]);
    }
    expect((await card(user, "cases-mine-open"))!.count).toBeGreaterThanOrEqual(1);
  });
});
