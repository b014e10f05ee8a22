import { randomUUID } from "node:crypto";

import fc from "fast-check";

import type { IntakePath } from "@/lib/events/webhook-specs";

/**
 * Hostile event deliveries for the intake fuzz tests (issue 20, done-when 2): bodies shaped
 * like each route's envelope but carrying what PostgreSQL or our envelopes have choked on,
 * and raw, truncated and oversized bytes.
 */

/** JSON text pieces PostgreSQL or our envelopes have choked on, and ordinary ones. */
export const hostileValue = fc.oneof(
  fc.constantFrom(
    '"a\\u0000b"',
    '"\\ud800"',
    '"x\\udc00"',
    '"\\ud83d\\ude00"',
    "1e131072",
    "-1e-16384",
    "1e100",
    "0e2147483647",
    `0.${"0".repeat(16_383)}1`,
    '"+275760-09-13T00:00:00Z"',
    '"0000-01-01"',
    "null",
    "{}",
    "[]",
  ),
  fc.integer({ min: 1, max: 12_000 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
  fc.integer({ min: 1, max: 200_000 }).map((n) => JSON.stringify("s".repeat(n))),
  fc.string({ unit: "binary", maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.json({ maxDepth: 4 }),
);

/** A delivery body: an envelope of the route's shape with hostile values, or raw bytes. */
export const bodyFor = (path: IntakePath) =>
  fc.oneof(
    fc.tuple(hostileValue, hostileValue, hostileValue).map(([a, b, c]) => {
      const id = JSON.stringify(`FZ-${randomUUID()}`);
      if (path === "/api/webhooks/cashlink") return Buffer.from(`{"investment_id":${id},"status":${a},"changed_at":${b},"x":${c}}`);
      if (path === "/api/intake/investsuite")
        return Buffer.from(`{"id":${id},"created":${a},"version":"1","subject":"portfolios","action":"x","data":{"id":${b},"v":${c}}}`);
      return Buffer.from(`{"id":${id},"created":${a},"event_type":"account.updated","customer_id":${b},"data":{"v":${c}}}`);
    }),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
    fc.constant(Buffer.alloc(1024 * 1024 + 1, "x")),
    // Truncated JSON.
    fc.nat({ max: 60 }).map((n) => Buffer.from(`{"id":"FZ-${randomUUID()}","created":"2026-01-01T00:00:00Z","data":{}}`.slice(0, n))),
  );
