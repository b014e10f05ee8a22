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
