import { describe, expect, it } from "vitest";

import { loadHttpFile, parseHttpFile } from "./http-file";

describe("parseHttpFile", () => {
  it("joins a request target split before ? and & (seed 001)", async () => {
    const req = await loadHttpFile("list-portfolios-embed.http");
    expect(req).toMatchObject({ method: "GET", target: "/portfolios/?embed=owned_by_user_id&limit=2", body: null });
    expect(req.headers).toContainEqual(["Authorization", "Bearer {string}"]);
  });

  it("joins a query spread over lines with spaces (seed 002)", async () => {
    const req = await loadHttpFile("query-portfolios-pending-withdrawals.http");
    expect(req.target).toBe(
      "/portfolios/?query=config.manager_settings.divest_amount neq 0 and config.manager_settings.divest_amount neq null",
    );
  });

  it("keeps the body byte for byte, typos included", async () => {
    const req = await loadHttpFile("create-portfolio-self-investor.http");
    expect(req.body).toContain('"bank_account_number":"BE01234567891234"\n        "payment_reference"');
    expect(() => JSON.parse(req.body ?? "")).toThrow();
  });

  it("skips comments and reads headers up to the blank line", () => {
    const req = parseHttpFile('# comment\n\nPOST /x/ HTTP/1.1\nHost: h\nIdempotency-Key: "k"\n\n{"a":1}\n\n');
    expect(req).toEqual({
      method: "POST",
      target: "/x/",
      headers: [
        ["Host", "h"],
        ["Idempotency-Key", '"k"'],
      ],
      body: '{"a":1}',
    });
  });
});
