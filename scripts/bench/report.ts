import type { AmqpResult } from "./amqp";
import type { RawInsertResult } from "./raw-insert";
import { TARGETS } from "./config";
import type { ListBenchResult } from "./list-bench";
import { fmtInt, fmtMs, table, TIMING_COLUMNS, timingCells } from "./stats";
import type { WebhookResult } from "./webhooks";

export type IngestReport = {
  raw: RawInsertResult;
  /**
   * The same deliveries to each server of `POST /api/webhooks/wisealpha`. `informational`
   * rows carry no target verdict: the reason is printed in their notes.
   */
  webhooks: { label: string; informational?: string; result: WebhookResult | { skipped: string } }[];
  amqp: (AmqpResult & { leftAfterStop: number | null }) | { skipped: string };
  concurrency: number;
};

const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
const cpu = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(3) : "?");

export function ingestTable({ raw, webhooks, amqp, concurrency }: IngestReport): string {
  const target = raw.perSecond * TARGETS.ingestVsRawInsert;
  const rows: string[][] = [
    [
      `raw pg single-row INSERT (1 connection, ${fmtInt(raw.rows)} rows)`,
      fmtInt(raw.perSecond),
      "1.0×",
      "(baseline)",
      "–",
      `${raw.seconds.toFixed(2)} s`,
    ],
    [
      `batched INSERT … unnest … ON CONFLICT DO NOTHING (1 connection, ${fmtInt(raw.ceiling.rows)} rows in batches of ${fmtInt(raw.ceiling.batch)})`,
      fmtInt(raw.ceiling.perSecond),
      `${(raw.ceiling.perSecond / raw.perSecond).toFixed(1)}×`,
      "(ceiling)",
      "–",
      `${raw.ceiling.seconds.toFixed(2)} s`,
    ],
  ];
  for (const { label, informational, result: webhook } of webhooks) {
    const targetCell = informational ? "–" : `≥ ${fmtInt(target)}`;
    if ("skipped" in webhook) {
      rows.push([`${label} (signed WiseAlpha POSTs)`, "–", "–", targetCell, "not measured", webhook.skipped]);
      continue;
    }
    const others = Object.entries(webhook.otherStatuses)
      .map(([s, n]) => `${n}× ${s}`)
      .join(", ");
    const check =
      webhook.rowsInDb === webhook.acknowledged
        ? `rows in db = ${fmtInt(webhook.rowsInDb)} = 200s`
        : `ROWS IN DB ${fmtInt(webhook.rowsInDb)} ≠ ${fmtInt(webhook.acknowledged)} 200s`;
    rows.push([
      `${label} (${fmtInt(webhook.sent)} signed POSTs, ${concurrency} in flight)`,
      fmtInt(webhook.perSecond),
      `${(webhook.perSecond / raw.perSecond).toFixed(1)}×`,
      targetCell,
      informational ? "–" : verdict(webhook.perSecond >= target),
      `${webhook.seconds.toFixed(1)} s; ${check}${others ? `; not 200: ${others}` : ""}; server ${cpu(webhook.serverCpuMs)} ms CPU/delivery, ` +
        `${Number.isFinite(webhook.busyCores) ? webhook.busyCores.toFixed(1) : "?"} cores busy${informational ? `; ${informational}` : ""}`,
    ]);
  }
  if ("skipped" in amqp) rows.push(["AMQP consumer (worker)", "–", "–", `≥ ${fmtInt(target)}`, "not measured", amqp.skipped]);
  else {
    const acked =
      amqp.readyInQueue === 0 && amqp.leftAfterStop === 0
        ? "queue empty while consuming and after the worker stopped (all acked)"
        : `QUEUE NOT EMPTY: ${amqp.readyInQueue} ready, ${amqp.leftAfterStop ?? "?"} after stop`;
    rows.push([
      `AMQP consumer (${fmtInt(amqp.published)} persistent messages)`,
      fmtInt(amqp.perSecond),
      `${(amqp.perSecond / raw.perSecond).toFixed(1)}×`,
      `≥ ${fmtInt(target)}`,
      verdict(amqp.perSecond >= target),
      `${amqp.seconds.toFixed(1)} s first publish → last row (publishing took ${amqp.publishSeconds.toFixed(1)} s); rows in db = ${fmtInt(amqp.rowsInDb)}; ${acked}`,
    ]);
    const share = amqp.perSecond / raw.ceiling.perSecond;
    rows.push([
      "AMQP consumer vs the batched ceiling (#19)",
      `${(share * 100).toFixed(0)} %`,
      "–",
      `≥ ${TARGETS.amqpShareOfCeiling * 100} %`,
      verdict(share >= TARGETS.amqpShareOfCeiling),
      `${fmtInt(amqp.perSecond)} of ${fmtInt(raw.ceiling.perSecond)} rows/s`,
    ]);
  }
  return table(["ingest path", "events/s", "vs raw", "target", "", "notes"], rows);
}

export function listTable(result: ListBenchResult, events: number): string {
  const rows = result.cases.map((c) => [
    c.name,
    String(c.rows),
    ...timingCells(c.list),
    c.outsideTarget ? `– (${c.outsideTarget})` : verdict(c.list.p95 <= TARGETS.listP95Ms),
    c.page ? `${fmtMs(c.page.p50)} / ${fmtMs(c.page.p95)} (${c.page.runs})` : "–",
  ]);
  const header = [
    `findEvents on ${fmtInt(events)} events`,
    "rows",
    ...TIMING_COLUMNS,
    `p95 ≤ ${TARGETS.listP95Ms}`,
    "whole page p50 / p95 ms (runs)",
  ];
  return table(header, rows);
}
