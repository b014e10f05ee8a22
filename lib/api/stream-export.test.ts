import { describe, expect, it, vi } from "vitest";

import { csvWriter, escapeCsvCell, isClientAbort, streamExport } from "./stream-export";

const log = () => ({ info: vi.fn(), error: vi.fn() });

async function* generate<T>(items: T[], onReturn?: () => void) {
  try {
    for (const item of items) yield item;
  } finally {
    onReturn?.();
  }
}

describe("CSV cells are escaped against formula injection (finding 12)", () => {
  it("prefixes cells a spreadsheet would run as a formula", () => {
    for (const cell of ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(escapeCsvCell(cell)).toBe(`'${cell}`);
    }
    for (const cell of ["Growth portfolio", "a=b", "", "-12.50", "42", '{"a":1}']) expect(escapeCsvCell(cell)).toBe(cell);
  });

  it("the writer every export uses escapes each string cell and quotes as RFC 4180 says", async () => {
    const out = csvWriter(["id", "name", "n"]);
    const body = streamExport({
      rows: generate([["1", '=HYPERLINK("http://evil.example","x")', 3]]),
      out,
      signal: new AbortController().signal,
      log: log(),
      what: "test",
    });
    const text = await new Response(await body).text();
    expect(text).toBe(`id,name,n\n1,"'=HYPERLINK(""http://evil.example"",""x"")",3\n`);
  });
});

describe("streamExport", () => {
  it("a failing first read is an error before any response (not a dropped connection)", async () => {
    async function* failing(): AsyncGenerator<string[]> {
      throw new Error("relation does not exist");
    }
    await expect(
      streamExport({ rows: failing(), out: csvWriter(["a"]), signal: new AbortController().signal, log: log(), what: "test" }),
    ).rejects.toThrow("relation does not exist");
  });

  it("a client abort stops reading, ends the source and is logged at info without an error", async () => {
    const controller = new AbortController();
    const l = log();
    let returned = false;
    let pulled = 0;
    async function* endless() {
      try {
        for (;;) {
          pulled++;
          yield ["x".repeat(10_000)];
          await new Promise((r) => setTimeout(r, 1));
        }
      } finally {
        returned = true;
      }
    }
    const body = await streamExport({ rows: endless(), out: csvWriter(["a"]), signal: controller.signal, log: l, what: "test" });
    const reader = body.getReader();
    await reader.read();
    controller.abort();
    await reader.cancel().catch(() => undefined);
    await vi.waitFor(() => expect(returned).toBe(true));
    const after = pulled;
    await new Promise((r) => setTimeout(r, 50));
    expect(pulled).toBe(after);
    expect(l.error).not.toHaveBeenCalled();
    expect(l.info).toHaveBeenCalledWith({ what: "test" }, expect.stringMatching(/client went away/));
  });

  it("tells client aborts from failures", () => {
    expect(isClientAbort(new DOMException("x", "AbortError"))).toBe(true);
    expect(isClientAbort(Object.assign(new Error("x"), { code: "ERR_STREAM_PREMATURE_CLOSE" }))).toBe(true);
    expect(isClientAbort(new Error("connection refused"))).toBe(false);
    const aborted = new AbortController();
    aborted.abort();
    expect(isClientAbort(new Error("anything"), aborted.signal)).toBe(true);
  });
});
