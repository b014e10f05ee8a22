import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseCustomerListParams, parseTimelineFilter } from "@/lib/customers/url-state";
import { parseEventFilter } from "@/lib/events/event-filter-params";
import {
  loadAssessmentList,
  loadCaseList,
  loadCashlinkInvestorList,
  loadCustomerList,
  loadInvestmentList,
  loadInvitationList,
} from "@/lib/onboarding/url-state";
import { loadProductList } from "@/lib/orders/url-state";
import { loadInvestSuiteUserList, loadPortfolioList, loadVersionCompare } from "@/lib/portfolios/url-state";
import { isPathId, presentValues, readParams } from "@/lib/url-params";
import { loadToConfirmSearchParams } from "@/lib/orders/to-confirm-url-state";
import { loadLedgerSearchParams } from "@/lib/wisealpha-accounts/url-state";
import { safePage, safePageSize } from "@/components/ui/data-table/url-state";

import { parseAuditFilter } from "./audit";
import { assessmentFilterSchema, investmentFilterSchema, invitationFilterSchema } from "./cashlink-onboarding";
import { caseFilterSchema, customerFilterSchema } from "./onboarding";
import { productFilterSchema } from "./orders";
import { searchQuerySchema } from "./search";
import { ledgerExportSchema, oauthCallbackSchema, reportDownloadSchema } from "./wisealpha-accounts";
import { driftFilterSchema } from "./reconciliation";
import { firstValues, portfolioListSchema } from "./portfolios";
import { investSuiteUserListSchema, versionCompareSchema } from "./portfolio-lifecycle";
import { INT8_MAX, isStorableDate, isStorableText } from "./storable";
import { parseBigIntId } from "./url-filters";
import { withdrawalFilterSchema } from "./withdrawals";
import { depositFilterSchema, newDepositQuerySchema } from "./deposits";

type Raw = Record<string, string | string[] | undefined>;
type Parser = { keys: readonly string[]; parse: (raw: Raw) => { success: boolean; data?: unknown } };

/** A page that reads its URL through a nuqs loader, then its zod schema (as the page does). */
const loaded = (
  schema: { safeParse(v: unknown): { success: boolean; data?: unknown } },
  load: (raw: Raw) => Record<string, string | null>,
  keys: readonly string[],
): Parser => ({ keys, parse: (raw) => schema.safeParse(presentValues(load(raw))) });

const safe = (schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, keys: readonly string[]): Parser => ({
  keys,
  parse: (raw) => schema.safeParse(readParams(raw, keys)),
});

/**
 * Every page and GET route that reads its query string, with the parser it uses. The last
 * test enumerates app/ and fails when a file reads searchParams but is missing here.
 */
const PARSERS: Record<string, Parser> = {
  // Paged lists read through nuqs: the page passes page and size through safePage / safePageSize.
  "app/(back-office)/orders/to-confirm/page.tsx": {
    keys: ["view", "page", "size"],
    parse: (raw) => {
      const v = loadToConfirmSearchParams(raw);
      return { success: true, data: { view: v.view, page: safePage(v.page), size: safePageSize(v.size) } };
    },
  },
  // The ledger's filters go to WiseAlpha's transactions call, checked by the export's schema (the page shows the same rows).
  "app/(back-office)/orders/customers/[customerRef]/accounts/[accountId]/page.tsx": {
    keys: ["currency", "type", "direction", "from", "to", "page", "size"],
    parse: (raw) => {
      const v = loadLedgerSearchParams(raw);
      const { currency, type, direction, from, to } = v;
      const parsed = ledgerExportSchema.safeParse({
        customer: "12345678",
        account: "INVACC00000001",
        ...presentValues({ currency, type, direction, from, to }),
      });
      return parsed.success ? { success: true, data: { ...parsed.data, page: safePage(v.page), size: safePageSize(v.size) } } : parsed;
    },
  },
  "app/api/search/route.ts": { keys: ["q"], parse: (raw) => searchQuerySchema.safeParse(readParams(raw, ["q"])) },
  "app/api/wisealpha/ledger/route.ts": safe(ledgerExportSchema, ["customer", "account", "currency", "type", "direction", "from", "to"]),
  "app/api/wisealpha/reports/route.ts": safe(reportDownloadSchema, ["customer", "account", "type", "format", "from", "to"]),
  "app/api/wisealpha/oauth/callback/route.ts": safe(oauthCallbackSchema, ["state", "code", "error"]),
  "app/(back-office)/customers/page.tsx": { keys: ["q", "provider", "kyc", "work", "page", "size"], parse: parseCustomerListParams },
  "app/(back-office)/customers/[id]/page.tsx": { keys: ["tl"], parse: parseTimelineFilter },
  "app/(back-office)/audit/page.tsx": { keys: ["action", "actor", "target", "outcome", "from", "to", "before"], parse: parseAuditFilter },
  "app/api/audit/export/route.ts": { keys: ["action", "actor", "target", "outcome", "from", "to", "before"], parse: parseAuditFilter },
  "app/(back-office)/events/page.tsx": {
    keys: ["provider", "type", "status", "entity", "from", "to", "q", "before"],
    parse: parseEventFilter,
  },
  "app/api/events/export/route.ts": { keys: ["provider", "type", "status", "entity", "from", "to", "q"], parse: parseEventFilter },
  "app/api/events/tail/route.ts": { keys: ["provider", "type", "status", "entity", "from", "to", "q"], parse: parseEventFilter },
  "app/(back-office)/events/rejections/page.tsx": {
    keys: ["before"],
    parse: (raw) => ({ success: true, data: { before: parseBigIntId(raw.before) } }),
  },
  "app/(back-office)/portfolios/page.tsx": loaded(portfolioListSchema, loadPortfolioList, ["q", "sort", "page", "size", "cols"]),
  "app/(back-office)/portfolios/users/page.tsx": {
    keys: ["q", "page", "size"],
    parse: (raw) => ({ success: true, data: investSuiteUserListSchema.parse(loadInvestSuiteUserList(raw)) }),
  },
  "app/(back-office)/portfolios/[id]/versions/page.tsx": {
    keys: ["a", "b"],
    parse: (raw) => ({ success: true, data: versionCompareSchema.parse(loadVersionCompare(raw)) }),
  },
  "app/api/portfolios/export/route.ts": {
    keys: ["q", "sort"],
    parse: (raw) => portfolioListSchema.safeParse(firstValues(raw)),
  },
  "app/(back-office)/orders/page.tsx": loaded(productFilterSchema, loadProductList, ["market", "state", "q", "liquidity", "sort"]),
  "app/api/orders/book/version/route.ts": {
    keys: ["product", "customer"],
    // As the route: the first of the two that is given must be a storable id (else a 4xx, never a 500).
    parse: (raw) => {
      const first = (v: unknown) => (Array.isArray(v) ? v[0] : v) as string | undefined;
      const id = first(raw.product) || first(raw.customer);
      return id && isPathId(id) ? { success: true, data: { id } } : { success: false };
    },
  },
  "app/(back-office)/orders/customers/page.tsx": {
    keys: ["id"],
    parse: (raw) => ({ success: true, data: { id: typeof raw.id === "string" && /^\d{8}$/.test(raw.id) ? raw.id : undefined } }),
  },
  "app/(back-office)/onboarding/cases/page.tsx": loaded(caseFilterSchema, loadCaseList, ["view", "status", "subject", "q", "page", "size"]),
  "app/(back-office)/onboarding/customers/page.tsx": loaded(customerFilterSchema, loadCustomerList, ["filter", "q", "page", "size"]),
  "app/(back-office)/onboarding/assessments/page.tsx": loaded(assessmentFilterSchema, loadAssessmentList, [
    "status",
    "user",
    "portfolio",
    "page",
    "size",
  ]),
  "app/(back-office)/onboarding/invitations/page.tsx": loaded(invitationFilterSchema, loadInvitationList, [
    "stage",
    "selfDisclosure",
    "survey",
    "signed",
    "wallet",
    "status",
    "investor",
    "page",
    "size",
  ]),
  "app/(back-office)/onboarding/investments/page.tsx": loaded(investmentFilterSchema, loadInvestmentList, [
    "status",
    "investor",
    "page",
    "size",
  ]),
  "app/(back-office)/onboarding/cashlink-investors/page.tsx": {
    keys: ["page", "size"],
    parse: (raw) => {
      const params = loadCashlinkInvestorList(raw);
      return { success: true, data: { page: safePage(params.page), size: safePageSize(params.size) } };
    },
  },
  "app/(back-office)/withdrawals/page.tsx": safe(withdrawalFilterSchema, ["state", "provider", "currency", "portfolio", "sort", "page"]),
  "app/(back-office)/deposits/page.tsx": safe(depositFilterSchema, ["state", "portfolio", "mine", "page"]),
  "app/(back-office)/deposits/new/page.tsx": safe(newDepositQuerySchema, ["portfolio"]),
  "app/(back-office)/reconciliation/page.tsx": safe(driftFilterSchema, ["state", "provider", "check", "object", "page"]),
  "app/api/reconciliation/export/route.ts": safe(driftFilterSchema, ["state", "provider", "check", "object"]),
};

/** The hostile values of issue #20, finding 9. */
const HOSTILE_VALUES = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "0",
  "-1",
  "99999999999999999999",
  "9223372036854775808",
  "9223372036854775807",
  "1e308",
  "1e400",
  "NaN",
  "0000-01-01",
  "275760-09-13",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20",
  "9999-12-31T23:59",
  "[".repeat(10_000),
  '{"a":'.repeat(2_000),
  "x".repeat(100_000),
  "%00",
  "' OR 1=1 --",
];

/** What PostgreSQL (and Date) can take: the property every successful parse must have. */
function assertStorable(value: unknown, where: string): void {
  if (typeof value === "string") expect(isStorableText(value), `${where}: ${JSON.stringify(value.slice(0, 20))}`).toBe(true);
  else if (value instanceof Date) expect(isStorableDate(value), `${where}: ${value.toString()}`).toBe(true);
  else if (typeof value === "bigint") expect(value > 0n && value <= INT8_MAX, where).toBe(true);
  else if (typeof value === "number") expect(Number.isSafeInteger(value), where).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => assertStorable(v, `${where}[${i}]`));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) assertStorable(v, `${where}.${k}`);
  // Cursors stay decimal text: within int8 when present.
  if (where.endsWith(".before") && typeof value === "string") expect(BigInt(value) <= INT8_MAX, where).toBe(true);
}

describe("URL filters accept only values PostgreSQL can store (finding 9)", () => {
  for (const [file, parser] of Object.entries(PARSERS)) {
    it(`${file}: every hostile value in every key is refused or made harmless`, () => {
      for (const key of parser.keys) {
        for (const value of HOSTILE_VALUES) {
          const result = parser.parse({ [key]: value });
          if (result.success) assertStorable(result.data, `${file}?${key}`);
        }
      }
    });

    it(`${file}: random strings in every key (fast-check)`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...parser.keys),
          fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.constantFrom(...HOSTILE_VALUES)),
          (key, value) => {
            const result = parser.parse({ [key]: value });
            if (result.success) assertStorable(result.data, `${file}?${key}`);
          },
        ),
        { numRuns: 200 },
      );
      // A loaded 2-core machine runs this several times slower than an idle one.
    }, 30_000);
  }

  it("refuses the finding's examples with a message naming the field", () => {
    const nul = parseAuditFilter({ actor: "a\u0000" });
    expect(nul.success).toBe(false);
    expect(nul.error?.issues[0]).toMatchObject({ path: ["actor"], message: expect.stringMatching(/cannot be searched/) });
    for (const from of ["0000-01-01", "275760-09-13"]) {
      const date = parseEventFilter({ from });
      expect(date.success).toBe(false);
      expect(date.error?.issues[0]).toMatchObject({ path: ["from"], message: expect.stringMatching(/between 1900 and 2200/) });
    }
    expect(parseEventFilter({ before: "99999999999999999999" }).error?.issues[0]?.path).toEqual(["before"]);
    expect(parseBigIntId("99999999999999999999")).toBeUndefined();
    expect(parseBigIntId("9223372036854775807")).toBe(INT8_MAX);
  });

  it("covers every page and GET route that reads its query string", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/^(page\.tsx|route\.ts)$/.test(name)) files.push(full);
      }
    };
    walk("app");
    const reading = files.filter((f) => /searchParams/.test(readFileSync(f, "utf8")));
    expect(reading.length).toBeGreaterThan(10);
    expect(reading.filter((f) => !(f in PARSERS))).toEqual([]);
  });
});
