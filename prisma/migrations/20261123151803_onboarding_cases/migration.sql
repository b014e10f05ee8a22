-- CreateEnum
CREATE TYPE "OnboardingSubjectType" AS ENUM ('WISEALPHA_CUSTOMER', 'CASHLINK_INVITATION');

-- CreateEnum
CREATE TYPE "OnboardingCaseStatus" AS ENUM ('NEW', 'IN_REVIEW', 'WAITING_ON_CUSTOMER', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "OnboardingEntryKind" AS ENUM ('PROVIDER_EVENT', 'STATUS_CHANGED', 'CLAIMED', 'RELEASED', 'NOTE', 'DECISION', 'PROVIDER_ACTION');

-- CreateTable
CREATE TABLE "OnboardingCase" (
    "id" TEXT NOT NULL,
    "subjectType" "OnboardingSubjectType" NOT NULL,
    "subjectRef" TEXT NOT NULL,
    "displayName" TEXT,
    "status" "OnboardingCaseStatus" NOT NULL DEFAULT 'NEW',
    "assigneeId" TEXT,
    "waitingReason" TEXT,
    "providerReady" BOOLEAN NOT NULL DEFAULT false,
    "decisionReason" TEXT,
    "decisionComment" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "lastEventAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OnboardingCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnboardingCaseEntry" (
    "id" BIGSERIAL NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "OnboardingEntryKind" NOT NULL,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "eventId" BIGINT,
    "fromStatus" "OnboardingCaseStatus",
    "toStatus" "OnboardingCaseStatus",
    "summary" TEXT NOT NULL,
    "body" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnboardingCaseEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WiseAlphaCustomerSnapshot" (
    "customerId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "profile" JSONB NOT NULL,
    "validationStatus" TEXT NOT NULL,
    "amlStatus" TEXT NOT NULL,
    "investorType" TEXT,
    "canInvest" BOOLEAN NOT NULL,
    "docsAwaitingVerification" BOOLEAN NOT NULL,
    "amlAutoFailed" BOOLEAN NOT NULL,
    "questionnaireBlocked" BOOLEAN NOT NULL,
    "missingFields" BOOLEAN NOT NULL,
    "bankDetailsRejected" BOOLEAN NOT NULL,
    "readyToInvest" BOOLEAN NOT NULL,
    "sourceTime" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WiseAlphaCustomerSnapshot_pkey" PRIMARY KEY ("customerId")
);

-- CreateIndex
CREATE INDEX "OnboardingCase_status_createdAt_idx" ON "OnboardingCase"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OnboardingCase_assigneeId_status_idx" ON "OnboardingCase"("assigneeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OnboardingCase_subjectType_subjectRef_key" ON "OnboardingCase"("subjectType", "subjectRef");

-- CreateIndex
CREATE INDEX "OnboardingCaseEntry_caseId_id_idx" ON "OnboardingCaseEntry"("caseId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OnboardingCaseEntry_caseId_eventId_key" ON "OnboardingCaseEntry"("caseId", "eventId");

-- CreateIndex
CREATE INDEX "WiseAlphaCustomerSnapshot_validationStatus_idx" ON "WiseAlphaCustomerSnapshot"("validationStatus");

-- CreateIndex
CREATE INDEX "WiseAlphaCustomerSnapshot_email_idx" ON "WiseAlphaCustomerSnapshot"("email");

-- AddForeignKey
ALTER TABLE "OnboardingCaseEntry" ADD CONSTRAINT "OnboardingCaseEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "OnboardingCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
