-- Reconciliation (issue 15): runs, their checks' figures, and drift items keyed by (check, provider, object).
CREATE TYPE "ReconciliationTrigger" AS ENUM ('SCHEDULED', 'ON_DEMAND');
CREATE TYPE "ReconciliationRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED');
CREATE TYPE "DriftState" AS ENUM ('OPEN', 'AUTO_CORRECTED', 'ACKNOWLEDGED', 'RESOLVED');

CREATE TABLE "ReconciliationRun" (
    "id" TEXT NOT NULL,
    "trigger" "ReconciliationTrigger" NOT NULL,
    "requestedById" TEXT,
    "status" "ReconciliationRunStatus" NOT NULL DEFAULT 'RUNNING',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    CONSTRAINT "ReconciliationRun_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ReconciliationRun_startedAt_idx" ON "ReconciliationRun"("startedAt");

CREATE TABLE "ReconciliationCheckRun" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "check" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'RUNNING',
    "objectsChecked" INTEGER NOT NULL DEFAULT 0,
    "providerCalls" JSONB NOT NULL DEFAULT '{}',
    "providerCallCount" INTEGER NOT NULL DEFAULT 0,
    "driftFound" INTEGER NOT NULL DEFAULT 0,
    "opened" INTEGER NOT NULL DEFAULT 0,
    "closed" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER,
    "error" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    CONSTRAINT "ReconciliationCheckRun_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ReconciliationCheckRun_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ReconciliationRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "ReconciliationCheckRun_runId_idx" ON "ReconciliationCheckRun"("runId");
CREATE INDEX "ReconciliationCheckRun_check_startedAt_idx" ON "ReconciliationCheckRun"("check", "startedAt");

CREATE TABLE "DriftItem" (
    "id" TEXT NOT NULL,
    "check" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectRef" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "ours" JSONB,
    "theirs" JSONB,
    "state" "DriftState" NOT NULL DEFAULT 'OPEN',
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstRunId" TEXT,
    "lastRunId" TEXT,
    "acknowledgedById" TEXT,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgeReason" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "DriftItem_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "DriftItem_check_provider_objectRef_key" ON "DriftItem"("check", "provider", "objectRef");
CREATE INDEX "DriftItem_state_firstSeenAt_idx" ON "DriftItem"("state", "firstSeenAt");
CREATE INDEX "DriftItem_check_state_idx" ON "DriftItem"("check", "state");
