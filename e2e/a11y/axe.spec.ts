import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";

import { PAGES } from "../security/app-tree";
import { authFile } from "../support/users";

/**
 * Issue #18 done-when 1: every page, and one detail page of each area, for every role, has no
 * WCAG 2.2 A/AA violation of any impact (axe-core). A page a role may not open is checked as the
 * 403 page it gets. Pages come from the source tree, so a new page is covered without editing this.
 */

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const ROLES = ["ADMIN", "STAFF", "COMPLIANCE"] as const;

// Account steps a fully signed-in user is sent away from, and the sign-in page (checked signed out).
const SIGNED_OUT_ONLY = ["/login"];
const STATIC = PAGES.filter((p) => !p.dynamic).map((p) => p.path);
const DYNAMIC = PAGES.filter((p) => p.dynamic).map((p) => p.path);

/** `/orders/products/[productId]` → the first link on a list page that fits it (found as ADMIN, who sees every area). */
async function findDetailUrls(browser: Browser): Promise<Map<string, string>> {
  const context = await browser.newContext({ storageState: authFile("ADMIN") });
  const page = await context.newPage();
  const found = new Map<string, string>();
  for (const route of DYNAMIC) {
    const pattern = new RegExp(`^${route.replace(/\[[^\]]+\]/g, "[^/?#]+")}$`);
    const statics = new Set(STATIC);
    // The list page the detail hangs under, else its area's page.
    const candidates = [route.replace(/\/\[[^\]]+\](\/.*)?$/, ""), `/${route.split("/")[1]}`];
    for (const list of candidates) {
      if (found.has(route) || !statics.has(list)) continue;
      await page.goto(list);
      const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      const href = hrefs.map((h) => h.split(/[?#]/)[0] ?? "").find((h) => pattern.test(h) && !statics.has(h));
      if (href) found.set(route, href);
    }
  }
  await context.close();
  return found;
}

/** axe on one page: its violations as readable lines (empty when clean). */
async function violationsOn(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // E2E_SCREENSHOTS=1: every page as each role sees it, to look at before calling a page done (DEVELOPERS.md).
  if (process.env.E2E_SCREENSHOTS === "1") {
    const name = `${test.info().project.name}-${test.info().titlePath.slice(-2, -1)[0] ?? ""}-${url}`.replace(/[^A-Za-z0-9]+/g, "_");
    // Beside the run's other results; outputPath() refuses a path outside the test's own folder.
    await page.screenshot({ path: path.join(test.info().project.outputDir, "screens", `${name}.png`), fullPage: true });
  }
  return violations.map((v) => `${url} ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function expectNoViolations(page: Page, url: string) {
  expect(await violationsOn(page, url), `axe on ${url}`).toEqual([]);
}

let details = new Map<string, string>();
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  details = await findDetailUrls(browser);
});

// Areas whose detail pages have rows on a fresh stack (the sandboxes' seeded data). Detail pages of
// what only exists after work is done (withdrawals, events, drift, accounts) are checked when a
// row exists; their journeys' own specs run axe on them too.
const SEEDED_AREAS = ["customers", "onboarding", "orders", "portfolios"];

test("a detail page of every seeded area is found to check", () => {
  const areas = new Set([...details.keys()].map((route) => route.split("/")[1]));
  expect(SEEDED_AREAS.filter((area) => !areas.has(area))).toEqual([]);
});

// One test per role and half of the pages, reusing one signed-in page: a new browser context per
// page cost more than the check itself. Every page is checked and every violation listed, not only the first.
const PAGES_TO_CHECK = STATIC.filter((p) => !SIGNED_OUT_ONLY.includes(p));
const HALVES = [PAGES_TO_CHECK.filter((_, i) => i % 2 === 0), PAGES_TO_CHECK.filter((_, i) => i % 2 === 1)];

for (const role of ROLES) {
  test.describe(role, () => {
    test.use({ storageState: authFile(role) });
    HALVES.forEach((half, index) => {
      test(`pages ${index + 1}/2 have no WCAG 2.2 A/AA violations`, async ({ page }) => {
        test.setTimeout(600_000);
        const found: string[] = [];
        for (const path of half) found.push(...(await violationsOn(page, path)));
        expect(found).toEqual([]);
      });
    });
    test("detail pages have no WCAG 2.2 A/AA violations", async ({ page }) => {
      test.setTimeout(600_000);
      const found: string[] = [];
      for (const route of DYNAMIC) {
        const url = details.get(route);
        if (url) found.push(...(await violationsOn(page, url)));
      }
      expect(found).toEqual([]);
    });
  });
}

test.describe("signed out", () => {
  for (const path of SIGNED_OUT_ONLY) {
    test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
      await expectNoViolations(page, path);
    });
  }
});
