-- CreateEnum
CREATE TYPE "CashlinkInvestmentRequestState" AS ENUM ('PENDING', 'SUBMITTING', 'CREATED', 'FAILED');

-- CreateTable
CREATE TABLE "CashlinkInvestmentRequest" (
    "id" TEXT NOT NULL,
    "invitationId" TEXT NOT NULL,
    "investorId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "units" INTEGER NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "state" "CashlinkInvestmentRequestState" NOT NULL DEFAULT 'PENDING',
    "leaseUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "investmentId" TEXT,
    "investmentStatus" TEXT,
    "investmentStatusAt" TIMESTAMP(3),
    "walletId" TEXT,
    "lastError" TEXT,
    "lastErrorRetryable" BOOLEAN,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CashlinkInvestmentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuitabilityAssessment" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "statusAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "sourceEventId" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SuitabilityAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuitabilityProfileLink" (
    "portfolioRef" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "userRef" TEXT,
    "linkedAt" TIMESTAMP(3) NOT NULL,
    "sourceEventId" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SuitabilityProfileLink_pkey" PRIMARY KEY ("portfolioRef")
);

-- CreateIndex
CREATE UNIQUE INDEX "CashlinkInvestmentRequest_invitationId_key" ON "CashlinkInvestmentRequest"("invitationId");

-- CreateIndex
CREATE UNIQUE INDEX "CashlinkInvestmentRequest_idempotencyKey_key" ON "CashlinkInvestmentRequest"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "CashlinkInvestmentRequest_investmentId_key" ON "CashlinkInvestmentRequest"("investmentId");

-- CreateIndex
CREATE INDEX "CashlinkInvestmentRequest_state_idx" ON "CashlinkInvestmentRequest"("state");

-- CreateIndex
CREATE INDEX "SuitabilityAssessment_status_idx" ON "SuitabilityAssessment"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SuitabilityAssessment_profileId_questionnaireId_key" ON "SuitabilityAssessment"("profileId", "questionnaireId");

-- CreateIndex
CREATE INDEX "SuitabilityProfileLink_profileId_idx" ON "SuitabilityProfileLink"("profileId");

-- CreateIndex
CREATE INDEX "SuitabilityProfileLink_userRef_idx" ON "SuitabilityProfileLink"("userRef");
