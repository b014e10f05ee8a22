import type { EventTransport, Provider } from "../../generated/prisma/enums";
import type { IntakeLimits } from "./intake-limits";

export type RejectionInput = {
  provider: Provider;
  transport: EventTransport;
  reason: string;
  body: Buffer | string;
  ip?: string | null;
  requestId?: string | null;
};

type RejectionRow = {
  provider: Provider;
  transport: EventTransport;
  reason: string;
  body: string;
  ip: string | null;
  requestId: string | null;
};

/** What recording needs: Prisma's client or a transaction (web app, listener and worker clients differ in `omit`). */
export type RejectionDb = {
  eventRejection: { createMany(args: { data: RejectionRow[] }): PromiseLike<unknown> };
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
};

export type RejectionLog = {
  /**
   * Keeps each refusal as a row while its sender is within its allowance, else counts it; `db`
   * may be a transaction. Returns how many were only counted (callers log those quietly).
   */
  record(db: RejectionDb, rejections: RejectionInput[]): Promise<{ counted: number }>;
};

/** Senders tracked per minute; past this (thousands of distinct IPs in a minute) every refusal is only counted. */
const MAX_SENDERS = 10_000;
const MAX_REASON_CHARS = 1_000;
const MAX_LABEL_CHARS = 100;

/**
 * The rejection log of one process. The allowance is counted in memory (no extra round
 * trip per delivery; each process has its own, so N processes allow N× per minute) and
 * starts afresh every minute. Every refused delivery is still accounted for: a row of
 * its own, or +1 on its sender's EventRejectionCount row for that minute.
 */
export function createRejectionLog(limits: IntakeLimits, now: () => number = Date.now): RejectionLog {
  let minute = -1;
  const seen = new Map<string, number>();

  /** True while the sender may still keep a row this minute. */
  function admit(key: string): boolean {
    const count = seen.get(key);
    if (count === undefined && seen.size >= MAX_SENDERS) return false;
    seen.set(key, (count ?? 0) + 1);
    return (count ?? 0) < limits.perSenderPerMinute;
  }

  return {
    async record(db, rejections) {
      const current = Math.floor(now() / 60_000);
      if (current !== minute) {
        minute = current;
        seen.clear();
      }
      const kept: RejectionRow[] = [];
      const counted = new Map<string, { provider: Provider; transport: EventTransport; sender: string; count: number; reason: string }>();
      for (const r of rejections) {
        const sender = storableLabel(r.ip ?? "", MAX_LABEL_CHARS);
        const key = `${r.provider}|${r.transport}|${sender}`;
        const reason = storableLabel(r.reason, MAX_REASON_CHARS);
        if (admit(key)) {
          kept.push({
            provider: r.provider,
            transport: r.transport,
            reason,
            body: storableSample(r.body, limits.sampleBytes),
            ip: sender || null,
            requestId: r.requestId ? storableLabel(r.requestId, MAX_LABEL_CHARS) : null,
          });
        } else {
          const entry = counted.get(key) ?? { provider: r.provider, transport: r.transport, sender, count: 0, reason };
          entry.count += 1;
          entry.reason = reason;
          counted.set(key, entry);
        }
      }
      if (kept.length > 0) await db.eventRejection.createMany({ data: kept });
      const at = new Date(minute * 60_000);
      for (const c of counted.values()) {
        await db.$executeRaw`
          INSERT INTO "EventRejectionCount" ("provider", "transport", "sender", "minute", "count", "lastReason")
          VALUES (${c.provider}::"Provider", ${c.transport}::"EventTransport", ${c.sender}, ${at}, ${c.count}, ${c.reason})
          ON CONFLICT ("provider", "transport", "sender", "minute")
          DO UPDATE SET "count" = "EventRejectionCount"."count" + EXCLUDED."count", "lastReason" = EXCLUDED."lastReason", "lastAt" = now()`;
      }
      return { counted: rejections.length - kept.length };
    },
  };
}

/**
 * The first `maxBytes` of a body as text PostgreSQL can store: NUL written as the six
 * characters `\u0000` and broken characters replaced, so the row recording a poison
 * delivery is never itself refused (a raw NUL byte used to turn a 401 into a 500).
 */
export function storableSample(body: Buffer | string, maxBytes: number): string {
  const total = typeof body === "string" ? Buffer.byteLength(body) : body.length;
  // A string is cut to maxBytes characters first, so a huge one is never encoded whole.
  const bytes = typeof body === "string" ? Buffer.from(body.slice(0, maxBytes)) : body;
  const text = bytes.subarray(0, maxBytes).toString("utf8");
  const sample = escapeUnstorable(text);
  return total > maxBytes ? `${sample}…[${total} bytes, first ${maxBytes} kept]` : sample;
}

/** A short label (reason, IP, request id) as storable text of at most `maxChars`. */
export function storableLabel(text: string, maxChars: number): string {
  return escapeUnstorable(text.length > maxChars ? `${text.slice(0, maxChars)}…` : text);
}

function escapeUnstorable(text: string): string {
  return text.replaceAll("\u0000", "\\u0000").toWellFormed();
}
