import { describe, expect, it } from "vitest";

import { changeOwnPasswordSchema, createUserSchema, emailSchema, passwordSchema, resetUserPasswordSchema } from "./users";

const user = (password: string, email = "jane.doe@bank.example") =>
  createUserSchema.safeParse({ email, name: "Jane", role: "STAFF", password });
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe("password rules (create, reset and change share them)", () => {
  it("accepts a long, uncommon password", () => {
    expect(user("violet-harbour-tractor-42").success).toBe(true);
    expect(passwordSchema.safeParse("violet-harbour-tractor-42").success).toBe(true);
  });

  it("refuses fewer than 12 characters and more than 200", () => {
    expect(messages(user("short-pw-1"))).toContain("Use at least 12 characters.");
    expect(messages(user("x".repeat(201)))).toContain("Use at most 200 characters.");
  });

  it("refuses a password of only whitespace (12 spaces)", () => {
    expect(messages(user(" ".repeat(12)))).toContain("A password cannot be only spaces.");
    expect(resetUserPasswordSchema.safeParse({ userId: "u1", password: "\t".repeat(14) }).success).toBe(false);
  });

  it("refuses common passwords from the list, whatever the case", () => {
    for (const common of ["password1234", "PASSWORD1234", "qwertyuiop12", "123456789012"]) {
      expect(messages(user(common)), common).toContain("This is one of the most common passwords; choose another.");
    }
  });

  it("refuses the email address or its local part inside the password", () => {
    const rule = "A password cannot contain the email address or its name part.";
    expect(messages(user("jane.doe@bank.example"))).toContain(rule);
    expect(messages(user("my-JANE.DOE-secret"))).toContain(rule);
    // A short local part is not a meaningful secret to refuse over.
    expect(user("al-violet-harbour", "al@bank.example").success).toBe(true);
  });

  it("refuses NUL and lone surrogates", () => {
    expect(passwordSchema.safeParse("violet-harbour\u0000-42").success).toBe(false);
    expect(passwordSchema.safeParse("violet-harbour\ud800-42").success).toBe(false);
  });

  it("change-password: the two new ones must match and differ from the current one", () => {
    const ok = {
      currentPassword: "old-password-here",
      newPassword: "violet-harbour-tractor-42",
      confirmPassword: "violet-harbour-tractor-42",
    };
    expect(changeOwnPasswordSchema.safeParse(ok).success).toBe(true);
    expect(changeOwnPasswordSchema.safeParse({ ...ok, confirmPassword: "other" }).success).toBe(false);
    expect(changeOwnPasswordSchema.safeParse({ ...ok, currentPassword: ok.newPassword }).success).toBe(false);
    expect(changeOwnPasswordSchema.safeParse({ ...ok, newPassword: " ".repeat(12), confirmPassword: " ".repeat(12) }).success).toBe(false);
  });
});

describe("email", () => {
  it("is normalised to lowercase and trimmed", () => {
    expect(emailSchema.parse("  Jane.Doe@Bank.Example ")).toBe("jane.doe@bank.example");
  });

  it("refuses more than 254 characters (a 100,000-character email was accepted)", () => {
    expect(emailSchema.safeParse(`${"a".repeat(100_000)}@bank.example`).success).toBe(false);
    expect(emailSchema.safeParse(`${"a".repeat(64)}@${"b".repeat(190)}.example`).success).toBe(false);
    expect(messages(user("violet-harbour-tractor-42", `${"a".repeat(300)}@bank.example`))).toContain("Use at most 254 characters.");
  });
});
