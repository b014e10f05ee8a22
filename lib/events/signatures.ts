import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * base64(HMAC-SHA256(key, raw body)) compared in constant time with the header,
 * as text, exactly as WiseAlpha's reference verifier does (Node's base64 decoder
 * is lenient, so comparing decoded bytes would accept altered headers). WiseAlpha's
 * key is handed out base64-encoded and used decoded; our InvestSuite push secret is
 * used as UTF-8. Always over the raw bytes received: re-serialised JSON differs.
 */
export function verifyBase64Hmac(key: Buffer, rawBody: Buffer, signatureHeader: string | null): boolean {
  if (!signatureHeader) return false;
  const expected = Buffer.from(signBase64Hmac(key, rawBody), "ascii");
  const given = Buffer.from(signatureHeader, "utf8");
  // timingSafeEqual needs equal lengths; the length of a SHA-256 signature is public anyway.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function signBase64Hmac(key: Buffer, rawBody: Buffer | string): string {
  return createHmac("sha256", key).update(rawBody).digest("base64");
}
