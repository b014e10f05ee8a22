import { createHmac } from "node:crypto";

/**
 * The seed's verification code: key_bytes = base64decode(WEBHOOK_KEY);
 * signature = base64(HMAC-SHA256(key_bytes, raw request body)). The key is DECODED
 * first; signing with the base64 text itself would never verify on the receiver.
 */
export function signWebhookBody(keyBase64: string, body: string | Buffer): string {
  return createHmac("sha256", Buffer.from(keyBase64, "base64")).update(body).digest("base64");
}
