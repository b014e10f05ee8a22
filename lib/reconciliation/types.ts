import type { Db } from "@/lib/db/create-client";

import type { ReconciliationClients } from "./clients";
import type { SharedReads } from "./shared-reads";

/** Our side or theirs of one difference: small, JSON-safe, money as decimal strings. */
export type DriftSide = Record<string, string | number | boolean | null>;

/** One difference a check found, keyed by (check, provider, objectRef). */
export type Finding = {
  objectType: string;
  objectRef: string;
  /** What kind of difference, e.g. "missing_request", "status_differs". */
  kind: string;
  summary: string;
  ours: DriftSide | null;
  theirs: DriftSide | null;
};

export type CheckResult = {
  objectsChecked: number;
  findings: Finding[];
  /** Differences the check corrected in our records itself: stored as AUTO_CORRECTED, never silent. */
  corrections?: Finding[];
};

export type CheckContext = {
  runId: string;
  db: Db;
  /** Clients whose every HTTP call is counted for this check. */
  clients: ReconciliationClients;
  /** Lists this run's checks read once and share (shared-reads.ts). */
  shared: SharedReads;
  now: () => Date;
  settings: ReconciliationSettings;
};

export type ReconciliationSettings = {
  /** Events received but not processed after this long are drift. */
  unprocessedEventAgeMs: number;
  /** How far back the event-gap check compares the WiseAlpha feed with what we received. */
  eventGapWindowMs: number;
  /** Events newer than this may still be on their way by webhook: not yet a gap. */
  eventGapGraceMs: number;
};

export const DEFAULT_SETTINGS: ReconciliationSettings = {
  unprocessedEventAgeMs: 15 * 60_000,
  eventGapWindowMs: 7 * 24 * 3_600_000,
  eventGapGraceMs: 2 * 60_000,
};

export type ReconciliationCheck = {
  /** Stable name, part of every drift item's key. */
  name: string;
  provider: "INVESTSUITE" | "WISEALPHA" | "CASHLINK" | "EVENTS";
  // Its words for people are CHECK_LABELS in check-names.ts (the one place the page reads them).
  run(context: CheckContext): Promise<CheckResult>;
};
