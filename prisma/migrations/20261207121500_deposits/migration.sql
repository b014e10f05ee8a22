-- Deposits (#17): incoming bank transfers recorded for InvestSuite portfolios, sent as funding events.
CREATE TYPE "DepositState" AS ENUM ('RECORDED', 'AWAITING_APPROVAL', 'READY_TO_SEND', 'SENDING', 'SENT', 'FAILED', 'REJECTED');

CREATE TABLE "Deposit" (
    "id" TEXT NOT NULL,
    "portfolioRef" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "amount" DECIMAL(24,6) NOT NULL,
    "valueDate" DATE NOT NULL,
    "bankReference" TEXT NOT NULL,
    "note" TEXT,
    "state" "DepositState" NOT NULL DEFAULT 'RECORDED',
    "idempotencyKey" TEXT NOT NULL,
    "requiresApproval" BOOLEAN NOT NULL,
    "recordedById" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "rejectReason" TEXT,
    "failureMessage" TEXT,
    "executionAttempts" INTEGER NOT NULL DEFAULT 0,
    "nextExecutionAt" TIMESTAMP(3),
    "providerTransferId" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Deposit_pkey" PRIMARY KEY ("id"),
    -- The form checks this too; the database is what stops two clicks or two tabs.
    CONSTRAINT "Deposit_amount_positive" CHECK ("amount" > 0)
);
CREATE UNIQUE INDEX "Deposit_idempotencyKey_key" ON "Deposit"("idempotencyKey");
CREATE UNIQUE INDEX "Deposit_portfolioRef_bankReference_key" ON "Deposit"("portfolioRef", "bankReference");
CREATE INDEX "Deposit_state_createdAt_idx" ON "Deposit"("state", "createdAt");
CREATE INDEX "Deposit_recordedById_createdAt_idx" ON "Deposit"("recordedById", "createdAt");
CREATE INDEX "Deposit_createdAt_id_idx" ON "Deposit"("createdAt", "id");

CREATE TABLE "DepositTransition" (
    "id" BIGSERIAL NOT NULL,
    "depositId" TEXT NOT NULL,
    "fromState" "DepositState",
    "toState" "DepositState" NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DepositTransition_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "DepositTransition_depositId_id_idx" ON "DepositTransition"("depositId", "id");
ALTER TABLE "DepositTransition" ADD CONSTRAINT "DepositTransition_depositId_fkey" FOREIGN KEY ("depositId") REFERENCES "Deposit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
