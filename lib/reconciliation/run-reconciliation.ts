import type { Db } from "@/lib/db/create-client";
import { isProviderError } from "@/lib/providers/errors";

import { createCallCounter } from "./call-counter";
import type { ClientFactory } from "./clients";
import { applyFindings } from "./drift-items";
import { createSharedReads, type SharedReads } from "./shared-reads";
import { DEFAULT_SETTINGS, type ReconciliationCheck, type ReconciliationSettings } from "./types";

export type RunOptions = {
  db: Db;
  clients: ClientFactory;
  checks: readonly ReconciliationCheck[];
  trigger: "SCHEDULED" | "ON_DEMAND";
  requestedById?: string | null;
  settings?: Partial<ReconciliationSettings>;
  now?: () => Date;
  /** An existing RUNNING run row to fill (an on-demand run created before it was queued). */
  runId?: string;
};

export type CheckFigures = {
  check: string;
  provider: string;
  status: "SUCCEEDED" | "FAILED";
  objectsChecked: number;
  providerCalls: Record<string, number>;
  providerCallCount: number;
  driftFound: number;
  opened: number;
  closed: number;
  corrected: number;
  durationMs: number;
  error: string | null;
};

/**
 * One reconciliation run: the checks one after another (they read the same providers,
 * and a background run must not crowd out people's requests), each with its own counted
 * clients, its figures stored on its check row. Lists several checks need are read once per
 * run (shared-reads.ts) and counted for the check that read them. A check that fails (provider down)
 * leaves its items as they were (nothing is closed on a read that did not happen) and
 * the run is PARTIAL; the others still count.
 */
export async function runReconciliation(options: RunOptions) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const startedAt = now();
  const run = options.runId
    ? await db.reconciliationRun.update({ where: { id: options.runId }, data: { startedAt, status: "RUNNING" } })
    : await db.reconciliationRun.create({ data: { trigger: options.trigger, requestedById: options.requestedById ?? null, startedAt } });
  const figures: CheckFigures[] = [];
  const shared = createSharedReads();
  for (const check of options.checks) figures.push(await runCheck(db, run.id, check, options.clients, shared, settings, now));
  const failed = figures.filter((f) => f.status === "FAILED").length;
  const finishedAt = now();
  const status = failed === 0 ? "SUCCEEDED" : failed === figures.length ? "FAILED" : "PARTIAL";
  const durationMs = finishedAt.getTime() - startedAt.getTime();
  await db.reconciliationRun.update({ where: { id: run.id }, data: { status, finishedAt, durationMs } });
  return { runId: run.id, status, durationMs, checks: figures };
}

async function runCheck(
  db: Db,
  runId: string,
  check: ReconciliationCheck,
  factory: ClientFactory,
  shared: SharedReads,
  settings: ReconciliationSettings,
  now: () => Date,
): Promise<CheckFigures> {
  const started = now();
  const row = await db.reconciliationCheckRun.create({ data: { runId, check: check.name, provider: check.provider, startedAt: started } });
  const counter = createCallCounter();
  const figures: CheckFigures = {
    check: check.name,
    provider: check.provider,
    status: "SUCCEEDED",
    objectsChecked: 0,
    providerCalls: {},
    providerCallCount: 0,
    driftFound: 0,
    opened: 0,
    closed: 0,
    corrected: 0,
    durationMs: 0,
    error: null,
  };
  try {
    const result = await check.run({ runId, db, clients: factory(counter.fetch), shared, now, settings });
    const applied = await applyFindings(db, { check: check.name, provider: check.provider, runId, findings: result.findings, at: now() });
    Object.assign(figures, {
      objectsChecked: result.objectsChecked,
      driftFound: result.findings.length,
      corrected: result.corrections?.length ?? 0,
      ...applied,
    });
  } catch (error) {
    figures.status = "FAILED";
    figures.error = (isProviderError(error) ? error.userMessage : error instanceof Error ? error.message : String(error)).slice(0, 500);
  }
  const finishedAt = now();
  figures.providerCalls = counter.calls();
  figures.providerCallCount = counter.total();
  figures.durationMs = finishedAt.getTime() - started.getTime();
  await db.reconciliationCheckRun.update({
    where: { id: row.id },
    data: {
      status: figures.status,
      objectsChecked: figures.objectsChecked,
      providerCalls: figures.providerCalls,
      providerCallCount: figures.providerCallCount,
      driftFound: figures.driftFound,
      opened: figures.opened,
      closed: figures.closed,
      durationMs: figures.durationMs,
      error: figures.error,
      finishedAt,
    },
  });
  return figures;
}
