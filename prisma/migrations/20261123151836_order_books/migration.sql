-- CreateEnum
CREATE TYPE "OrderSide" AS ENUM ('BUY', 'SELL');

-- CreateEnum
CREATE TYPE "OrderEntryState" AS ENUM ('OPEN', 'CONFIRM', 'REPLACED', 'FILLED', 'CANCELLED', 'GONE');

-- CreateEnum
CREATE TYPE "OrderPlacementState" AS ENUM ('QUOTED', 'SENDING', 'PLACED', 'FAILED', 'UNKNOWN');

-- CreateTable
CREATE TABLE "OrderBookEntry" (
    "id" TEXT NOT NULL,
    "originalId" TEXT NOT NULL,
    "provider" "Provider" NOT NULL DEFAULT 'WISEALPHA',
    "customerRef" TEXT NOT NULL,
    "accountRef" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "side" "OrderSide" NOT NULL,
    "orderType" TEXT,
    "state" "OrderEntryState" NOT NULL,
    "currency" TEXT NOT NULL,
    "amount" DECIMAL(24,6) NOT NULL,
    "principal" DECIMAL(24,6),
    "price" DECIMAL(14,6) NOT NULL,
    "newPrice" DECIMAL(14,6),
    "providerCreatedAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrderBookEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderHistoryEntry" (
    "id" BIGSERIAL NOT NULL,
    "originalId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "eventId" BIGINT,
    "actorId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderHistoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderBookSync" (
    "provider" "Provider" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "succeededAt" TIMESTAMP(3),
    "accounts" INTEGER NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "OrderBookSync_pkey" PRIMARY KEY ("provider")
);

-- CreateTable
CREATE TABLE "OrderPlacement" (
    "id" TEXT NOT NULL,
    "customerRef" TEXT NOT NULL,
    "accountRef" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "side" "OrderSide" NOT NULL,
    "orderType" TEXT,
    "currency" TEXT NOT NULL,
    "amount" DECIMAL(24,6) NOT NULL,
    "price" DECIMAL(14,6) NOT NULL,
    "quote" JSONB NOT NULL DEFAULT '{}',
    "state" "OrderPlacementState" NOT NULL DEFAULT 'QUOTED',
    "providerOrderId" TEXT,
    "failureMessage" TEXT,
    "actorId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrderPlacement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrderBookEntry_productId_state_side_price_idx" ON "OrderBookEntry"("productId", "state", "side", "price");

-- CreateIndex
CREATE INDEX "OrderBookEntry_customerRef_state_idx" ON "OrderBookEntry"("customerRef", "state");

-- CreateIndex
CREATE INDEX "OrderBookEntry_originalId_idx" ON "OrderBookEntry"("originalId");

-- CreateIndex
CREATE INDEX "OrderHistoryEntry_originalId_occurredAt_idx" ON "OrderHistoryEntry"("originalId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "OrderHistoryEntry_eventId_kind_key" ON "OrderHistoryEntry"("eventId", "kind");

-- CreateIndex
CREATE INDEX "OrderPlacement_accountRef_state_idx" ON "OrderPlacement"("accountRef", "state");
