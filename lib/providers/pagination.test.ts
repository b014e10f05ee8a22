import { describe, expect, it, vi } from "vitest";

import { collect, paginate } from "./pagination";

describe("paginate", () => {
  const pages: Record<number, { items: string[]; next: number | null }> = {
    1: { items: ["a", "b"], next: 2 },
    2: { items: ["c"], next: 3 },
    3: { items: [], next: null },
  };

  it("yields every item across pages in order", async () => {
    const fetchPage = vi.fn(async (page: number) => pages[page]!);
    expect(await collect(paginate(1, fetchPage))).toEqual(["a", "b", "c"]);
    expect(fetchPage.mock.calls.map(([page]) => page)).toEqual([1, 2, 3]);
  });

  it("fetches no further pages once the caller stops", async () => {
    const fetchPage = vi.fn(async (page: number) => pages[page]!);
    expect(await collect(paginate(1, fetchPage), 2)).toEqual(["a", "b"]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it("stops a provider that never ends", async () => {
    await expect(collect(paginate(1, async (page) => ({ items: [page], next: page + 1 }), { maxPages: 3 }))).rejects.toThrow(
      /after 3 pages/,
    );
  });
});
