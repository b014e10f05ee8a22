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

async function expectNoViolations(page: Page, url: string) {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe on ${url}`).toEqual([]);
}

let details = new Map<string, string>();
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  details = await findDetailUrls(browser);
});

test("a detail page of every area is found to check", () => {
  expect(DYNAMIC.filter((route) => !details.has(route))).toEqual([]);
});

for (const role of ROLES) {
  test.describe(role, () => {
    test.use({ storageState: authFile(role) });
    for (const path of STATIC.filter((p) => !SIGNED_OUT_ONLY.includes(p))) {
      test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await expectNoViolations(page, path);
      });
    }
    for (const route of DYNAMIC) {
      test(`${route} (a detail page) has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        const url = details.get(route);
        expect(url, `no link to a ${route} page was found`).toBeTruthy();
        await expectNoViolations(page, url!);
      });
    }
  });
}

test.describe("signed out", () => {
  for (const path of SIGNED_OUT_ONLY) {
    test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
      await expectNoViolations(page, path);
    });
  }
});
