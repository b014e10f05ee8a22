-- #16 WiseAlpha: robowise create/update/fund/withdraw and account fund, guarded by our own intent row.
CREATE TYPE "WiseAlphaAccountWriteKind" AS ENUM ('ROBOWISE_CREATE', 'ROBOWISE_UPDATE', 'ROBOWISE_FUND', 'ROBOWISE_WITHDRAW', 'ACCOUNT_FUND');
CREATE TYPE "WiseAlphaAccountWriteState" AS ENUM ('SENDING', 'DONE', 'REFUSED', 'UNKNOWN');

CREATE TABLE "WiseAlphaAccountWrite" (
    "id" TEXT NOT NULL,
    "requestKey" TEXT NOT NULL,
    "kind" "WiseAlphaAccountWriteKind" NOT NULL,
    "customerRef" TEXT NOT NULL,
    "accountRef" TEXT NOT NULL,
    "robowiseRef" TEXT,
    "amount" DECIMAL(20,2),
    "currency" TEXT,
    "payload" JSONB NOT NULL,
    "state" "WiseAlphaAccountWriteState" NOT NULL DEFAULT 'SENDING',
    "result" JSONB,
    "failureMessage" TEXT,
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "WiseAlphaAccountWrite_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "WiseAlphaAccountWrite_requestKey_key" ON "WiseAlphaAccountWrite"("requestKey");
CREATE INDEX "WiseAlphaAccountWrite_accountRef_createdAt_idx" ON "WiseAlphaAccountWrite"("accountRef", "createdAt");
