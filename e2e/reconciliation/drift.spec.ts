import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";

import { query } from "../support/db";
import { authFile, type DEMO } from "../support/users";

/**
 * Drift found by an on-demand run: two events left FAILED for an hour (their retry pushed a day
 * out, so the worker leaves them) are what the "events received but not processed" check reports.
 */

async function pageAs(browser: Browser, role: keyof typeof DEMO): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role) });
  return context.newPage();
}

async function stuckEvent(tag: string) {
  const [row] = await query<{ id: string }>(
    `INSERT INTO "ProviderEvent" (provider, "providerEventId", type, transport, signature, status, attempts, "lastError", "receivedAt", "nextAttemptAt")
     VALUES ('WISEALPHA', $1, 'account.e2e-stuck', 'WEBHOOK', 'VALID', 'FAILED', 3, 'e2e: handler failed', now() - interval '1 hour', now() + interval '1 day')
     RETURNING id::text`,
    [`e2e-${tag}-${Date.now()}`],
  );
  return row!.id;
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const driftState = async (objectRef: string) =>
  (await query<{ state: string }>(`SELECT state::text FROM "DriftItem" WHERE "objectRef" = $1`, [objectRef]))[0]?.state;

test("an ADMIN runs the checks, finds a new drift item, reads both sides and resolves it; STAFF reads one but is refused at the action", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const forAdmin = await stuckEvent("admin");
  const forStaff = await stuckEvent("staff");

  const admin = await pageAs(browser, "ADMIN");
  await admin.goto("/");
  await admin.getByRole("link", { name: "Reconciliation" }).first().click();
  await admin.locator("html[data-hydrated]").waitFor();
  await admin.getByRole("button", { name: "Run all checks now" }).click();
  await expect(admin.getByText("Run queued")).toBeVisible();

  // The worker takes the queued run within seconds; a full run reads every provider.
  const row = admin.locator(`[data-testid="drift-row"][data-object="${forAdmin}"]`);
  await expect(async () => {
    await admin.goto("/reconciliation?state=OPEN&check=events.unprocessed");
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 180_000 });
  await expect(admin.getByTestId("reconciliation-runs")).toContainText("On demand");
  await expectNoAxeViolations(admin);

  await row.getByRole("link").click();
  await expect(admin.getByTestId("drift-ours")).toContainText("FAILED");
  await expect(admin.getByTestId("drift-ours")).toContainText("e2e: handler failed");
  await expect(admin.getByTestId("drift-theirs")).toContainText("account.e2e-stuck");
  await admin.locator("html[data-hydrated]").waitFor();
  await expectNoAxeViolations(admin);
  await admin.getByLabel(/^Reason/).fill("Handler bug fixed in release 42; replayed by hand.");
  await admin.getByRole("button", { name: "Resolve" }).click();
  await expect(admin.getByTestId("drift-resolution")).toHaveText("Handler bug fixed in release 42; replayed by hand.");
  expect(await driftState(forAdmin)).toBe("RESOLVED");
  const [audit] = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "AuditEntry" WHERE action = 'drift.resolved' AND details->>'reason' LIKE 'Handler bug fixed%'`,
  );
  expect(audit!.n).toBe("1");

  // STAFF reads the other item, both sides included, but the action refuses the decision and changes nothing.
  const staff = await pageAs(browser, "STAFF");
  await staff.goto(`/reconciliation?object=${forStaff}`);
  await staff.locator(`[data-testid="drift-row"][data-object="${forStaff}"]`).getByRole("link").click();
  await expect(staff.getByTestId("drift-theirs")).toContainText("account.e2e-stuck");
  await staff.locator("html[data-hydrated]").waitFor();
  await staff.getByLabel(/^Reason/).fill("Trying to close this as staff.");
  await staff.getByRole("button", { name: "Resolve" }).click();
  await expect(staff.getByTestId("decide-drift-error")).toHaveText("Your role (STAFF) does not allow this (reconciliation.decide).");
  expect(await driftState(forStaff)).toBe("OPEN");
  const [denied] = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "AuditEntry" WHERE action = 'action.denied' AND details->>'permission' = 'reconciliation.decide'`,
  );
  expect(Number(denied!.n)).toBeGreaterThanOrEqual(1);
});
