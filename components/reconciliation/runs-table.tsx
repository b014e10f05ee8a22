"use client";

import { column, dateColumn, enumColumn, numberColumn } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import { CheckName } from "@/components/reconciliation/check-name";

export type CheckFiguresRow = {
  id: string;
  check: string;
  provider: string;
  status: string;
  objectsChecked: number;
  providerCallCount: number;
  driftFound: number;
  opened: number;
  closed: number;
  durationMs: number | null;
  error: string | null;
};

export type RunRow = {
  id: string;
  trigger: string;
  status: string;
  startedAt: string;
  durationMs: number | null;
  checks: number;
  driftFound: number;
  opened: number;
  closed: number;
  providerCalls: number;
};

const seconds = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(1)} s`);

export const RunsTable = listTable<RunRow>({
  label: "Reconciliation runs",
  columns: [
    dateColumn("started", "Started", (r) => r.startedAt),
    enumColumn("trigger", "Trigger", (r) => r.trigger),
    enumColumn("status", "Status", (r) => r.status),
    numberColumn("duration", "Duration", (r) => seconds(r.durationMs)),
    numberColumn("checks", "Checks", (r) => r.checks),
    numberColumn("calls", "Provider calls", (r) => r.providerCalls),
    numberColumn("found", "Drift found", (r) => r.driftFound),
    numberColumn("opened", "Opened", (r) => r.opened),
    numberColumn("closed", "Closed", (r) => r.closed),
  ],
  toolbar: false,
  empty: "No run yet.",
  testId: "reconciliation-runs",
});

export const CheckFiguresTable = listTable<CheckFiguresRow>({
  label: "Checks of the latest run",
  columns: [
    column("check", "Check", (r) => <CheckName name={r.check} />),
    enumColumn("status", "Status", (r) => r.status),
    numberColumn("objects", "Objects checked", (r) => r.objectsChecked),
    numberColumn("calls", "Provider calls", (r) => r.providerCallCount),
    numberColumn("found", "Drift found", (r) => r.driftFound),
    numberColumn("opened", "Opened", (r) => r.opened),
    numberColumn("closed", "Closed", (r) => r.closed),
    numberColumn("duration", "Duration", (r) => seconds(r.durationMs)),
    column("error", "Error", (r) => r.error ?? ""),
  ],
  toolbar: false,
  empty: "No run yet.",
  testId: "reconciliation-checks",
});
