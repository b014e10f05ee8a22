import { describe, expect, it } from "vitest";

import { createTokenCache } from "./token-cache";

function fakeAuth(expiresIn = "300") {
  const calls: string[] = [];
  let n = 0;
  const fetch = async (url: string) => {
    calls.push(new URL(url).pathname);
    n++;
    const body = { access_token: `a${n}`, token_type: "Bearer", expires_in: expiresIn, refresh_token: `r${n}` };
    return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  };
  return { calls, fetch };
}

describe("createTokenCache", () => {
  it("logs in once for a burst of concurrent requests and then serves from cache", async () => {
    const auth = fakeAuth();
    const cache = createTokenCache({ baseUrl: "http://is", username: "u", password: "p", fetch: auth.fetch });
    expect(await Promise.all([cache.accessToken(), cache.accessToken(), cache.accessToken()])).toEqual(["a1", "a1", "a1"]);
    expect(await cache.accessToken()).toBe("a1");
    expect(auth.calls).toEqual(["/auth/login/"]);
  });

  it("refreshes shortly before expiry (10% margin, at most 30 s)", async () => {
    const auth = fakeAuth("300");
    let now = 0;
    const cache = createTokenCache({ baseUrl: "http://is", username: "u", password: "p", fetch: auth.fetch, now: () => now });
    await cache.accessToken();
    now = 269_000;
    expect(await cache.accessToken()).toBe("a1");
    now = 271_000;
    expect(await cache.accessToken()).toBe("a2");
    expect(auth.calls).toEqual(["/auth/login/", "/auth/refresh-token/"]);
  });

  it("renews after a rejection only if nobody renewed the rejected token already", async () => {
    const auth = fakeAuth();
    const cache = createTokenCache({ baseUrl: "http://is", username: "u", password: "p", fetch: auth.fetch });
    await cache.accessToken();
    expect(await cache.renewAfterRejection("a1")).toBe("a2");
    expect(await cache.renewAfterRejection("a1")).toBe("a2");
    expect(auth.calls).toEqual(["/auth/login/", "/auth/refresh-token/"]);
  });
});
