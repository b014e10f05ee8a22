import { describe, expect, it } from "vitest";

import { clientIp } from "./client-ip";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientIp", () => {
  it("takes the address our one proxy appended, not the client's own claim", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("counts trusted hops from the right", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("a spoofed header cannot change the address seen behind one proxy", () => {
    const a = clientIp(headers("1.1.1.1, 203.0.113.7"), 1);
    const b = clientIp(headers("2.2.2.2, 203.0.113.7"), 1);
    expect(a).toBe(b);
  });

  it("with fewer entries than hops, takes the leftmost entry there is", () => {
    expect(clientIp(headers("203.0.113.7"), 2)).toBe("203.0.113.7");
  });

  it("trusts nothing with zero hops or no header", () => {
    expect(clientIp(headers("203.0.113.7"), 0)).toBeNull();
    expect(clientIp(headers(), 1)).toBeNull();
    expect(clientIp(headers(" , "), 1)).toBeNull();
  });
});

describe("clientIp refuses what is not an IP address", () => {
  it("treats a 9,000-character entry as unknown instead of returning it", () => {
    expect(clientIp(headers("9".repeat(9000)), 1)).toBeNull();
    expect(clientIp(headers(`1.1.1.1, ${"a".repeat(9000)}`), 1)).toBeNull();
  });

  it("treats host names, ports and garbage as unknown", () => {
    for (const value of ["evil.example", "203.0.113.7:443", "1.2.3.4.5", "<script>"]) {
      expect(clientIp(headers(value), 1)).toBeNull();
    }
  });

  it("keeps IPv4 and IPv6 addresses", () => {
    expect(clientIp(headers("2001:db8::1"), 1)).toBe("2001:db8::1");
    expect(clientIp(headers("::ffff:203.0.113.7"), 1)).toBe("::ffff:203.0.113.7");
  });
});
