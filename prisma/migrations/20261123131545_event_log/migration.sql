-- CreateEnum
CREATE TYPE "Provider" AS ENUM ('INVESTSUITE', 'WISEALPHA', 'CASHLINK');

-- CreateEnum
CREATE TYPE "EventTransport" AS ENUM ('AMQP', 'MQTT', 'HTTP_PUSH', 'WEBHOOK', 'POLL');

-- CreateEnum
CREATE TYPE "SignatureResult" AS ENUM ('VALID', 'NOT_SIGNED');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('PENDING', 'PROCESSED', 'UNHANDLED', 'FAILED', 'DEAD');

-- CreateTable
CREATE TABLE "ProviderEvent" (
    "id" BIGSERIAL NOT NULL,
    "provider" "Provider" NOT NULL,
    "providerEventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "portfolioRef" TEXT,
    "userRef" TEXT,
    "customerRef" TEXT,
    "accountRef" TEXT,
    "orderRef" TEXT,
    "investmentRef" TEXT,
    "providerCreatedAt" TIMESTAMP(3),
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastDeliveredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "transport" "EventTransport" NOT NULL,
    "payload" JSONB,
    "payloadPurgedAt" TIMESTAMP(3),
    "signature" "SignatureResult" NOT NULL,
    "deliveries" INTEGER NOT NULL DEFAULT 1,
    "status" "EventStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3),
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "ProviderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventRejection" (
    "id" BIGSERIAL NOT NULL,
    "provider" "Provider" NOT NULL,
    "transport" "EventTransport" NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "ip" TEXT,
    "requestId" TEXT,

    CONSTRAINT "EventRejection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProviderEvent_provider_id_idx" ON "ProviderEvent"("provider", "id");

-- CreateIndex
CREATE INDEX "ProviderEvent_type_id_idx" ON "ProviderEvent"("type", "id");

-- CreateIndex
CREATE INDEX "ProviderEvent_status_id_idx" ON "ProviderEvent"("status", "id");

-- CreateIndex
CREATE INDEX "ProviderEvent_portfolioRef_idx" ON "ProviderEvent"("portfolioRef");

-- CreateIndex
CREATE INDEX "ProviderEvent_customerRef_idx" ON "ProviderEvent"("customerRef");

-- CreateIndex
CREATE INDEX "ProviderEvent_orderRef_idx" ON "ProviderEvent"("orderRef");

-- CreateIndex
CREATE INDEX "ProviderEvent_investmentRef_idx" ON "ProviderEvent"("investmentRef");

-- CreateIndex
CREATE UNIQUE INDEX "ProviderEvent_provider_providerEventId_key" ON "ProviderEvent"("provider", "providerEventId");

-- CreateIndex
CREATE INDEX "EventRejection_receivedAt_idx" ON "EventRejection"("receivedAt");
