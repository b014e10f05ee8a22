import { defineConfig } from "@playwright/test";

import { CHROMIUM_ARGS, chromiumPath } from "./support/chromium";

/**
 * The e2e stack is started by scripts/test.ts (npm test) through the same
 * supervisor as `npm start`, on its own ports and a fresh database; here we only
 * point at it. E2E_BASE_URL lets a developer run against a running stack.
 */
const baseURL = process.env.E2E_BASE_URL ?? "http://localhost:3100";

export default defineConfig({
  testDir: ".",
  // Its own subfolder: Playwright empties outputDir at start, and test-results/summary holds the other suites' totals.
  outputDir: "../test-results/e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Generous for a shared 2-core machine (the whole stack, two browsers and other work beside it): at a
  // load average of 24 pages took over 5 s to show their heading. A failing test only takes longer to say so.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report (path from PLAYWRIGHT_JSON_OUTPUT_NAME) feeds the totals line of `npm test`.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "e2e", dependencies: ["setup"], testMatch: /\.spec\.ts/ },
  ],
});
