import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { auditFilterSchema } from "../../lib/validations/audit";
import { assessmentFilterSchema, invitationFilterSchema } from "../../lib/validations/cashlink-onboarding";
import { eventFilterSchema } from "../../lib/validations/events";
import { caseFilterSchema, customerFilterSchema } from "../../lib/validations/onboarding";
import { productFilterSchema } from "../../lib/validations/orders";
import { portfolioListSchema } from "../../lib/validations/portfolios";
import { withdrawalFilterSchema } from "../../lib/validations/withdrawals";
import { depositFilterSchema, newDepositQuerySchema } from "../../lib/validations/deposits";

/** Pages and route handlers as the source tree has them, so a new one is covered without editing the specs. */
export type Entry = { file: string; path: string; readsQuery: boolean; dynamic: boolean; keys: string[] };

// Playwright runs from the repository root (scripts/test.ts, npm test).
const ROOT = process.cwd();

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** `app/(back-office)/events/[id]/page.tsx` → `/events/[id]`; `[...nextauth]` stays a segment for the caller to fill. */
function urlPath(file: string): string {
  const segments = path
    .relative(path.join(ROOT, "app"), path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** Each URL schema under the names a page or route uses it by. */
const SCHEMAS: [RegExp, { shape: object }][] = [
  [/parseAuditFilter|auditFilterSchema/, auditFilterSchema],
  [/parseEventFilter|eventFilterSchema/, eventFilterSchema],
  [/portfolioListSchema/, portfolioListSchema],
  [/productFilterSchema/, productFilterSchema],
  [/caseFilterSchema/, caseFilterSchema],
  [/customerFilterSchema/, customerFilterSchema],
  [/assessmentFilterSchema/, assessmentFilterSchema],
  [/invitationFilterSchema/, invitationFilterSchema],
  [/withdrawalFilterSchema/, withdrawalFilterSchema],
  [/depositFilterSchema/, depositFilterSchema],
  [/newDepositQuerySchema/, newDepositQuerySchema],
];
const HAND_READ_KEYS = ["before", "after", "format", "id", "callbackUrl"];

/** The query keys a file reads, from the schemas it uses and the keys it names; all of them when unsure. */
function keysRead(source: string): string[] {
  const keys = new Set(SCHEMAS.flatMap(([uses, schema]) => (uses.test(source) ? Object.keys(schema.shape) : [])));
  for (const key of HAND_READ_KEYS) if (new RegExp(`["'.]${key}\\b|\\{ ${key} \\}`).test(source)) keys.add(key);
  return keys.size > 0 ? [...keys] : QUERY_KEYS;
}

function entries(fileName: string): Entry[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => path.basename(f) === fileName)
    .map((f) => {
      const source = readFileSync(f, "utf8");
      const p = urlPath(f);
      const readsQuery = /searchParams/.test(source);
      return { file: path.relative(ROOT, f), path: p, readsQuery, dynamic: p.includes("["), keys: readsQuery ? keysRead(source) : [] };
    });
}

/** A dynamic segment filled with `encoded`, already percent-encoded as it should travel. */
export function fill(p: string, encoded: string): string {
  return p.replace(/\[\.\.\.[^\]]+\]|\[[^\]]+\]/g, encoded);
}

/**
 * Every query key a page or route reads: the keys of each URL schema plus the few read by
 * hand (cursor, tail position, export format, customer lookup, sign-in target).
 */
export const QUERY_KEYS = [
  ...new Set([
    ...[
      auditFilterSchema,
      eventFilterSchema,
      portfolioListSchema,
      productFilterSchema,
      caseFilterSchema,
      customerFilterSchema,
      assessmentFilterSchema,
      invitationFilterSchema,
      withdrawalFilterSchema,
      depositFilterSchema,
      newDepositQuerySchema,
    ].flatMap((schema) => Object.keys(schema.shape)),
    // Read by hand (cursor, tail position, export format, customer lookup, sign-in target).
    ...HAND_READ_KEYS,
  ]),
];

/** Issue #20's hostile values, percent-encoded as they arrive in a URL. */
export const HOSTILE = [
  "%00",
  "a%00b",
  "%ED%A0%80", // a lone surrogate's UTF-8 bytes
  "%F0%9F", // a truncated UTF-8 sequence
  "%C0%80", // overlong NUL
  "0",
  "-1",
  "99999999999999999999",
  "9223372036854775808",
  "9999999999999999999",
  "1e308",
  "1e131072",
  "NaN",
  "0000-01-01",
  "275760-09-13",
  "%2B275760-09-13T00%3A00%3A00.000Z",
  "-271821-04-20",
  "9999-12-31T23%3A59",
  encodeURIComponent("[".repeat(2_000)),
  encodeURIComponent('{"a":'.repeat(500)),
  "x".repeat(100_000),
  encodeURIComponent("' OR 1=1 --"),
  "%25",
  "%",
];

/** The most damaging few, sent in each key on its own (every value goes in all keys at once as well). */
export const HOSTILE_PER_KEY = [
  "a%00b",
  "0000-01-01",
  "99999999999999999999",
  "9999999999999999999",
  // The longest value that reaches the app: Node refuses request lines over 16 KiB.
  "x".repeat(15_000),
];

export const PAGES = entries("page.tsx");
export const ROUTES = entries("route.ts");
