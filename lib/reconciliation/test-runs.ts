import { expect } from "vitest";

import type { Db } from "@/lib/db/create-client";

import { runReconciliation } from "./run-reconciliation";
import type { Sandboxes } from "./test-sandboxes";
import type { ReconciliationCheck, ReconciliationSettings } from "./types";

// Test-only helpers for the one-test-per-drift-kind files.

/** One on-demand run of a single check; returns its figures. */
export async function runCheck(db: Db, sandboxes: Sandboxes, check: ReconciliationCheck, settings: Partial<ReconciliationSettings> = {}) {
  const run = await runReconciliation({ db, clients: sandboxes.clients, checks: [check], trigger: "ON_DEMAND", settings });
  const figures = run.checks[0]!;
  expect(figures.error).toBeNull();
  return { ...figures, runId: run.runId };
}

/** The items a run opened (first seen in it). */
export function openedIn(db: Db, runId: string) {
  return db.driftItem.findMany({
    where: { firstRunId: runId, state: "OPEN" },
    select: { objectRef: true, kind: true, ours: true, theirs: true },
  });
}

/** Asserts the run found exactly one new item, for this object and of this kind, and nothing else new. */
export async function expectOnlyNew(
  db: Db,
  before: { driftFound: number },
  after: { runId: string; driftFound: number; opened: number },
  objectRef: string,
  kind: string,
) {
  expect(after.opened).toBe(1);
  expect(after.driftFound).toBe(before.driftFound + 1);
  const opened = await openedIn(db, after.runId);
  expect(opened.map((o) => [o.objectRef, o.kind])).toEqual([[objectRef, kind]]);
  return opened[0]!;
}

export function itemOf(db: Db, check: string, provider: string, objectRef: string) {
  return db.driftItem.findUniqueOrThrow({ where: { check_provider_objectRef: { check, provider, objectRef } } });
}

/**
 * Runs `check` again after the drift was undone and asserts it closed exactly that object's item
 * (RESOLVED now) and found no drift beyond what was there before it opened.
 */
export async function expectClosedOnRerun(
  db: Db,
  sandboxes: Sandboxes,
  check: ReconciliationCheck,
  before: { driftFound: number },
  objectRef: string,
) {
  const later = await runCheck(db, sandboxes, check);
  expect(later.closed).toBe(1);
  expect(later.driftFound).toBe(before.driftFound);
  expect((await itemOf(db, check.name, check.provider, objectRef)).state).toBe("RESOLVED");
}
