import { readFileSync, writeFileSync } from "node:fs";

import { expect, type Page } from "@playwright/test";

import { currentTotpCode } from "../../lib/auth/totp";
import { DEMO, signIn } from "./users";

/** Where auth.setup keeps each demo admin's TOTP secret (enrolled there), for specs that sign in afresh. */
const secretFile = (role: keyof typeof DEMO) => `e2e/.auth/${role.toLowerCase()}-totp.json`;

export function saveSecondFactor(role: keyof typeof DEMO, secret: string, recoveryCodes: string[]) {
  writeFileSync(secretFile(role), JSON.stringify({ secret, recoveryCodes }));
}

export function savedSecondFactor(role: keyof typeof DEMO): { secret: string; recoveryCodes: string[] } {
  return JSON.parse(readFileSync(secretFile(role), "utf8")) as { secret: string; recoveryCodes: string[] };
}

/** On the enrolment page: reads the secret shown, confirms with a code computed by the same library; returns both. */
export async function enrolSecondFactor(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.locator("html[data-hydrated]").waitFor();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code").fill(currentTotpCode(secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  const list = page.getByTestId("recovery-codes").getByRole("listitem");
  // Turning it on hashes the ten codes: seconds on a loaded machine.
  await expect(list).toHaveCount(10, { timeout: 30_000 });
  const recoveryCodes = (await list.allTextContents()).map((code) => code.trim());
  await page.getByRole("button", { name: /I have saved them/ }).click();
  return { secret, recoveryCodes };
}

/**
 * A code the server has not seen: each 30 s step's code works once, and the current one may
 * have been spent at enrolment moments ago, so take the next step's (accepted for clock drift).
 */
export function unusedTotpCode(secret: string): string {
  return currentTotpCode(secret, Date.now() + 30_000);
}

/** On the code page: enters a TOTP code for `secret` (or the given recovery code). */
export async function enterSecondFactor(page: Page, code: string) {
  await expect(page.getByRole("heading", { name: "Enter your second-factor code" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("Code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

/** Password, then (for the demo admins, enrolled by auth.setup) the second-factor code. */
export async function signInFully(page: Page, role: keyof typeof DEMO) {
  await signIn(page, DEMO[role].email, DEMO[role].password);
  if (role === "ADMIN" || role === "ADMIN2") {
    await page.waitForURL(/\/account\/second-factor/);
    await enterSecondFactor(page, unusedTotpCode(savedSecondFactor(role).secret));
  }
}
