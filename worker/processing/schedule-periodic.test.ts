import { describe, expect, it } from "vitest";

import { cronEvery } from "./schedule-periodic";

describe("cronEvery", () => {
  it.each([
    [1, "* * * * *"],
    [59_000, "* * * * *"],
    [300_000, "*/5 * * * *"],
    [600_000, "*/10 * * * *"],
    [3_600_000, "0 * * * *"],
    [7_200_000, "0 */2 * * *"],
    [86_400_000, "0 0 * * *"],
    [7 * 86_400_000, "0 0 * * *"],
  ])("%i ms → %s", (ms, cron) => expect(cronEvery(ms)).toBe(cron));
});
