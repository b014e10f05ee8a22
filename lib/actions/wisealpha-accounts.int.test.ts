import { afterAll, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO_CUSTOMER, startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtWiseAlpha } from "@/scripts/test-support/provider-app-clients";

import { changeNotificationSettingAction, closeRobowiseAction } from "./wisealpha-accounts";

/** #16: notification settings change at WiseAlpha for STAFF/ADMIN only, audited before and after; robowise close likewise. */
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const harness = forSuite(startHarness);
const wiseAlpha = forSuite(async () => pointAppAtWiseAlpha(harness));

afterAll(async () => {
  await db.$disconnect();
});

const input = {
  customerRef: DEMO_CUSTOMER.customerId,
  channel: "email",
  key: "TRANSACTIONS_AND_PAYMENTS:BOND_PAYMENTS",
  enabled: false,
} as const;

it("staff turns a notification off: WiseAlpha has it, other choices are kept, and the audit has intent and outcome", async () => {
  await wiseAlpha.putNotificationConfig(DEMO_CUSTOMER.customerId, "email", {
    "OTHER:NEWS_AND_UPDATES": { ENABLED: "OFF", PERIOD: "MONTHLY" },
  });
  await signInAs("STAFF");
  const result = await changeNotificationSettingAction(input);
  expect(result.data).toEqual({ key: input.key, channel: "email", enabled: false });
  const config = await wiseAlpha.getNotificationConfig(DEMO_CUSTOMER.customerId, "email");
  expect(config.configuration).toEqual({
    "OTHER:NEWS_AND_UPDATES": { ENABLED: "OFF", PERIOD: "MONTHLY" },
    "TRANSACTIONS_AND_PAYMENTS:BOND_PAYMENTS": { ENABLED: "OFF" },
  });
  const audits = await db.auditEntry.findMany({
    where: { action: "wisealpha_notifications.changed", targetId: DEMO_CUSTOMER.customerId },
    orderBy: { id: "asc" },
  });
  expect(audits.map((a) => a.outcome)).toEqual(["ATTEMPTED", "SUCCESS"]);
  expect(audits[1]).toMatchObject({ actorRole: "STAFF", details: { channel: "email", key: input.key, before: "ON", after: "OFF" } });
});

it("compliance may not change notification settings, and nothing is sent or audited", async () => {
  const before = await db.auditEntry.count({ where: { action: "wisealpha_notifications.changed" } });
  await signInAs("COMPLIANCE");
  const result = await changeNotificationSettingAction({ ...input, enabled: true });
  expect(result.serverError).toBeDefined();
  expect(await db.auditEntry.count({ where: { action: "wisealpha_notifications.changed" } })).toBe(before);
  expect((await wiseAlpha.getNotificationConfig(DEMO_CUSTOMER.customerId, "email")).net_configuration[input.key]).toEqual({
    ENABLED: "OFF",
  });
});

it("closing a robowise portfolio twice: the second is WiseAlpha's refusal, recorded as a failure", async () => {
  const created = await wiseAlpha.createRobowise({ ...DEMO_CUSTOMER, parameters: { riskProfileId: "RWRP00000002" } });
  await signInAs("STAFF");
  const close = {
    customerRef: DEMO_CUSTOMER.customerId,
    accountId: DEMO_CUSTOMER.accountId,
    robowiseId: created.reference,
    closureType: "liquidate",
  } as const;
  expect((await closeRobowiseAction(close)).data).toEqual({ state: "closing" });
  const again = await closeRobowiseAction(close);
  expect(again.serverError).toMatch(/refused the robowise request/);
  const audits = await db.auditEntry.findMany({
    where: { action: "wisealpha_robowise.close_requested", targetId: created.reference },
    orderBy: { id: "asc" },
  });
  expect(audits.map((a) => a.outcome)).toEqual(["ATTEMPTED", "SUCCESS", "ATTEMPTED", "FAILURE"]);
});
