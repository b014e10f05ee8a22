import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from "node:crypto";

import { Secret, TOTP } from "otpauth";

/**
 * TOTP (RFC 6238, via otpauth: SHA-1, 6 digits, 30 s, what every authenticator app
 * accepts) and the storage of its secret: AES-256-GCM with a key derived from
 * NEXTAUTH_SECRET by HKDF, so a database dump alone does not yield anyone's second
 * factor. Rotating NEXTAUTH_SECRET therefore voids every enrolment (each user re-enrols
 * after a four-eyes reset). Recovery codes are stored as HMACs under another derived key:
 * they carry 50 random bits, so a keyed hash is enough and can be looked up directly.
 */
const ISSUER = "Wealth back office";
const PERIOD = 30;

function derive(masterSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", masterSecret, "wealth-back-office", purpose, 32));
}

export function encryptTotpSecret(base32: string, masterSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derive(masterSecret, "totp-secret-v1"), iv);
  const body = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(":");
}

export function decryptTotpSecret(stored: string, masterSecret: string): string {
  const [version, iv, tag, body] = stored.split(":");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("Unknown TOTP secret format.");
  const decipher = createDecipheriv("aes-256-gcm", derive(masterSecret, "totp-secret-v1"), Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
}

/** A new 160-bit secret (RFC 4226's recommended length), as base32 for the user to type or scan. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(base32: string, account: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: account, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(base32) });
}

/** The otpauth:// URI an authenticator app scans from the QR code. */
export function totpUri(base32: string, account: string): string {
  return totp(base32, account).toString();
}

/** The code for now (tests and the e2e enrolment compute it the same way). */
export function currentTotpCode(base32: string, timestamp = Date.now()): string {
  return totp(base32, "").generate({ timestamp });
}

/** A code from the current 30 s step or one either side (clock drift between phone and server). */
export function isValidTotpCode(base32: string, code: string, timestamp = Date.now()): boolean {
  return matchTotpStep(base32, code, timestamp) !== null;
}

/** The 30 s time step the code belongs to (so a used code can be refused a second time), or null. */
export function matchTotpStep(base32: string, code: string, timestamp = Date.now()): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(base32, "").validate({ token, window: 1, timestamp });
  return delta === null ? null : Math.floor(timestamp / 1000 / PERIOD) + delta;
}

/** Crockford-like alphabet: no 0/O, 1/I/L, so a code read off paper is typed right. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const RECOVERY_CODE_COUNT = 10;

/** Ten one-time codes like `7KQ4-M9XD-2R`; shown once, stored only as HMACs. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** Case, spaces and dashes do not matter when a recovery code is typed. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

export function hashRecoveryCode(code: string, masterSecret: string): string {
  return createHmac("sha256", derive(masterSecret, "recovery-code-v1")).update(normaliseRecoveryCode(code)).digest("hex");
}

/** Whether the text looks like a recovery code rather than a 6-digit TOTP code. */
export function looksLikeRecoveryCode(code: string): boolean {
  return /^[0-9A-Z]{10}$/.test(normaliseRecoveryCode(code)) && !/^\d+$/.test(normaliseRecoveryCode(code));
}
