import type { Page } from "@playwright/test";

export const DEMO = {
  STAFF: { email: "staff@bank.example", password: "demo-staff-password" },
  COMPLIANCE: { email: "compliance@bank.example", password: "demo-compliance-password" },
  ADMIN: { email: "admin@bank.example", password: "demo-admin-password" },
  ADMIN2: { email: "admin2@bank.example", password: "demo-admin2-password" },
} as const;

export const authFile = (role: keyof typeof DEMO) => `e2e/.auth/${role.toLowerCase()}.json`;

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** An admin fills /users's "Create user" form and submits it (what the page then says is the caller's to check). */
export async function createUserOnUsersPage(page: Page, user: { name: string; email: string; role: string; password: string }) {
  await page.goto("/users");
  await page.locator("html[data-hydrated]").waitFor();
  const form = page.getByRole("form", { name: "Create user" });
  await form.getByLabel("Name").fill(user.name);
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Role").selectOption(user.role);
  await form.getByLabel("Initial password").fill(user.password);
  await form.getByRole("button", { name: "Create user" }).click();
}
