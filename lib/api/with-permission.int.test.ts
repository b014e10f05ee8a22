import { afterEach, describe, expect, it, vi } from "vitest";

import { logger } from "@/lib/logger";
import { signInAs } from "@/scripts/test-support/auth";

import { withPermission } from "./with-permission";

describe("withPermission and client aborts (finding 14)", () => {
  afterEach(() => vi.restoreAllMocks());

  function spyLog() {
    const log = { info: vi.fn(), error: vi.fn(), warn: vi.fn(), debug: vi.fn() };
    vi.spyOn(logger, "child").mockReturnValue(log as unknown as ReturnType<typeof logger.child>);
    return log;
  }

  it("a request the browser abandoned is logged at info without a stack, not as an error", async () => {
    await signInAs("STAFF");
    const log = spyLog();
    const controller = new AbortController();
    const handler = withPermission("events.read", async () => {
      controller.abort();
      throw new DOMException("The operation was aborted.", "AbortError");
    });
    const response = await handler(new Request("http://localhost/api/events/tail", { signal: controller.signal }), {});
    expect(response.status).toBe(499);
    expect(log.error).not.toHaveBeenCalled();
    expect(log.info).toHaveBeenCalledWith({ path: "/api/events/tail" }, expect.stringMatching(/went away/));
    expect(JSON.stringify(log.info.mock.calls)).not.toMatch(/stack|at .*\.ts/);
  });

  it("a real failure is still an error, answered generically", async () => {
    await signInAs("STAFF");
    const log = spyLog();
    const handler = withPermission("events.read", async () => {
      throw new Error("connect ECONNREFUSED /var/run/postgresql/.s.PGSQL.5432");
    });
    const response = await handler(new Request("http://localhost/api/events/tail"), {});
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("ECONNREFUSED");
    expect(log.error).toHaveBeenCalledOnce();
  });
});
