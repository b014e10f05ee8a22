-- CreateEnum
CREATE TYPE "WithdrawalState" AS ENUM ('REQUESTED', 'CASH_AVAILABLE', 'APPROVED', 'EXECUTING', 'EXECUTED', 'REJECTED', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "WithdrawalRequest" (
    "id" TEXT NOT NULL,
    "provider" "Provider" NOT NULL,
    "portfolioRef" TEXT,
    "ownerRef" TEXT,
    "customerRef" TEXT,
    "accountRef" TEXT,
    "currency" TEXT NOT NULL,
    "amount" DECIMAL(24,6),
    "isFull" BOOLEAN NOT NULL DEFAULT false,
    "state" "WithdrawalState" NOT NULL DEFAULT 'REQUESTED',
    "idempotencyKey" TEXT NOT NULL,
    "makerId" TEXT,
    "preparedAt" TIMESTAMP(3),
    "requiredApprovals" INTEGER NOT NULL DEFAULT 1,
    "rejectReason" TEXT,
    "supersededById" TEXT,
    "failureMessage" TEXT,
    "failureRetryable" BOOLEAN,
    "executionAttempts" INTEGER NOT NULL DEFAULT 0,
    "sourceEventId" BIGINT,
    "cashAvailableAt" TIMESTAMP(3),
    "executedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WithdrawalRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WithdrawalTransition" (
    "id" BIGSERIAL NOT NULL,
    "withdrawalId" TEXT NOT NULL,
    "fromState" "WithdrawalState",
    "toState" "WithdrawalState" NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "eventId" BIGINT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WithdrawalTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WithdrawalApproval" (
    "id" TEXT NOT NULL,
    "withdrawalId" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WithdrawalApproval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WithdrawalRequest_idempotencyKey_key" ON "WithdrawalRequest"("idempotencyKey");

-- CreateIndex
CREATE INDEX "WithdrawalRequest_state_createdAt_idx" ON "WithdrawalRequest"("state", "createdAt");

-- CreateIndex
CREATE INDEX "WithdrawalRequest_portfolioRef_idx" ON "WithdrawalRequest"("portfolioRef");

-- CreateIndex
CREATE INDEX "WithdrawalRequest_customerRef_idx" ON "WithdrawalRequest"("customerRef");

-- CreateIndex
CREATE INDEX "WithdrawalTransition_withdrawalId_id_idx" ON "WithdrawalTransition"("withdrawalId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WithdrawalApproval_withdrawalId_approverId_key" ON "WithdrawalApproval"("withdrawalId", "approverId");

-- AddForeignKey
ALTER TABLE "WithdrawalTransition" ADD CONSTRAINT "WithdrawalTransition_withdrawalId_fkey" FOREIGN KEY ("withdrawalId") REFERENCES "WithdrawalRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawalApproval" ADD CONSTRAINT "WithdrawalApproval_withdrawalId_fkey" FOREIGN KEY ("withdrawalId") REFERENCES "WithdrawalRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One open request per portfolio: a new divest amount must supersede the open one
-- (cancel it and create the new one in the same transaction), never add to it.
CREATE UNIQUE INDEX "WithdrawalRequest_one_open_per_portfolio"
  ON "WithdrawalRequest" ("provider", "portfolioRef")
  WHERE "state" IN ('REQUESTED', 'CASH_AVAILABLE') AND "portfolioRef" IS NOT NULL;
