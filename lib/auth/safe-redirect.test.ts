import { describe, expect, it } from "vitest";

import { sameOriginPath } from "./safe-redirect";

const ORIGIN = "http://localhost:3000";

describe("sameOriginPath (finding 10: open redirect after sign-in)", () => {
  it.each([
    "/\\evil.example/phish",
    "\\\\evil.example/phish",
    "//evil.example/phish",
    "https://evil.example/phish",
    "/\t/evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://localhost:3001/",
  ])("refuses %s", (value) => {
    expect(sameOriginPath(value, ORIGIN)).toBe("/");
  });

  it("keeps same-origin paths with their query and hash", () => {
    expect(sameOriginPath("/withdrawals?state=APPROVED#top", ORIGIN)).toBe("/withdrawals?state=APPROVED#top");
    expect(sameOriginPath("http://localhost:3000/audit", ORIGIN)).toBe("/audit");
    expect(sameOriginPath("events", ORIGIN)).toBe("/events");
    // The browser resolves a scheme-relative value against our own origin.
    expect(sameOriginPath("http:evil.example", ORIGIN)).toBe("/evil.example");
  });

  it("never returns a protocol-relative path, even for a same-origin URL with a doubled slash", () => {
    expect(sameOriginPath("http://localhost:3000//evil.example/x", ORIGIN)).toBe("/evil.example/x");
  });

  it("falls back on nothing", () => {
    expect(sameOriginPath(null, ORIGIN)).toBe("/");
    expect(sameOriginPath("", ORIGIN, "/home")).toBe("/home");
  });
});
