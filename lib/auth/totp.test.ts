import { describe, expect, it } from "vitest";

import {
  currentTotpCode,
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  isValidTotpCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
} from "./totp";

const MASTER = "unit-test-secret-at-least-32-characters-long";

describe("TOTP secret at rest", () => {
  it("round-trips through AES-256-GCM and never stores the secret in clear", () => {
    const secret = newTotpSecret();
    const stored = encryptTotpSecret(secret, MASTER);
    expect(stored).not.toContain(secret);
    expect(decryptTotpSecret(stored, MASTER)).toBe(secret);
    // A fresh IV each time.
    expect(encryptTotpSecret(secret, MASTER)).not.toBe(stored);
  });

  it("refuses a tampered value or another key", () => {
    const stored = encryptTotpSecret(newTotpSecret(), MASTER);
    const parts = stored.split(":");
    const body = Buffer.from(parts[3]!, "base64");
    body[0] = body[0]! ^ 1;
    expect(() => decryptTotpSecret([...parts.slice(0, 3), body.toString("base64")].join(":"), MASTER)).toThrow();
    expect(() => decryptTotpSecret(stored, "another-secret-at-least-32-characters-long")).toThrow();
  });
});

describe("TOTP codes", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 11, 7, 8, 0, 0);

  it("accepts the current code and its neighbours, refuses older ones and garbage", () => {
    expect(isValidTotpCode(secret, currentTotpCode(secret, now), now)).toBe(true);
    expect(isValidTotpCode(secret, currentTotpCode(secret, now - 30_000), now)).toBe(true);
    expect(isValidTotpCode(secret, currentTotpCode(secret, now - 120_000), now)).toBe(false);
    expect(isValidTotpCode(secret, "12345", now)).toBe(false);
    expect(isValidTotpCode(secret, "abcdef", now)).toBe(false);
  });

  it("builds an otpauth URI with the issuer and account", () => {
    expect(totpUri(secret, "ada@bank.example")).toMatch(/^otpauth:\/\/totp\/Wealth%20back%20office:ada%40bank\.example\?.*secret=/);
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes, recognisable as recovery codes, hashed ignoring case and dashes", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
    expect(hashRecoveryCode(codes[0]!, MASTER)).toBe(hashRecoveryCode(codes[0]!.toLowerCase().replace(/-/g, " "), MASTER));
    expect(hashRecoveryCode(codes[0]!, MASTER)).not.toBe(hashRecoveryCode(codes[1]!, MASTER));
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
