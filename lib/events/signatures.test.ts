import { execFileSync } from "node:child_process";

import { describe, expect, it } from "vitest";

import { signBase64Hmac, verifyBase64Hmac } from "./signatures";

const WEBHOOK_KEY = "c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk=";
const key = Buffer.from(WEBHOOK_KEY, "base64");
const body = Buffer.from(
  '{"id":"EVENT00000099","created":"2017-11-29T17:48:59.786838Z","event_type":"account.aml-check-passed","data":{}}',
);

// WiseAlpha's reference verifier from the seed ("Validate the signature of an event"), run by python3.
const SEED_ALGORITHM = `
import sys, hmac, hashlib, base64
key_bytes = base64.b64decode(sys.argv[1])
body = sys.stdin.buffer.read()
print(base64.b64encode(hmac.new(key_bytes, body, digestmod=hashlib.sha256).digest()).decode(encoding='ascii'), end='')
`;

describe("verifyBase64Hmac", () => {
  it("agrees with WiseAlpha's own verification code", () => {
    const fromSeed = execFileSync("python3", ["-c", SEED_ALGORITHM, WEBHOOK_KEY], { input: body }).toString();
    expect(signBase64Hmac(key, body)).toBe(fromSeed);
    expect(verifyBase64Hmac(key, body, fromSeed)).toBe(true);
  });

  it("fails when one byte of the body changes", () => {
    const signature = signBase64Hmac(key, body);
    const tampered = Buffer.from(body);
    tampered[10] = tampered[10]! ^ 0x01;
    expect(verifyBase64Hmac(key, tampered, signature)).toBe(false);
  });

  it("fails for a missing, truncated, padded or differently-encoded signature", () => {
    const signature = signBase64Hmac(key, body);
    expect(verifyBase64Hmac(key, body, null)).toBe(false);
    expect(verifyBase64Hmac(key, body, "")).toBe(false);
    expect(verifyBase64Hmac(key, body, signature.slice(0, -2))).toBe(false);
    expect(verifyBase64Hmac(key, body, `${signature} `)).toBe(false);
    expect(verifyBase64Hmac(key, body, Buffer.from(signature, "base64").toString("hex"))).toBe(false);
  });

  it("fails with another key", () => {
    expect(verifyBase64Hmac(Buffer.from("another key"), body, signBase64Hmac(key, body))).toBe(false);
  });
});
