-- #17 Cashlink back-office writes: one row per write, written before the call; the X-Idempotency-Key derives from it.
CREATE TABLE "CashlinkWrite" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "subjectId" TEXT,
    "bodyHash" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "resultId" TEXT,
    "lastError" TEXT,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "CashlinkWrite_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CashlinkWrite_dedupeKey_key" ON "CashlinkWrite"("dedupeKey");
CREATE UNIQUE INDEX "CashlinkWrite_idempotencyKey_key" ON "CashlinkWrite"("idempotencyKey");
CREATE INDEX "CashlinkWrite_kind_subjectId_idx" ON "CashlinkWrite"("kind", "subjectId");
