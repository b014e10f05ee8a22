-- #16 WiseAlpha: coupon and repayment payments, robowise closures, OAuth connections.
CREATE TABLE "WiseAlphaInvestmentPayment" (
    "id" TEXT NOT NULL,
    "eventId" BIGINT NOT NULL,
    "providerEventId" TEXT NOT NULL,
    "customerRef" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "companyName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "interestPayment" DECIMAL(20,2) NOT NULL,
    "principalPayment" DECIMAL(20,2),
    "callPrice" DECIMAL(12,4),
    "reinvesting" BOOLEAN NOT NULL DEFAULT false,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WiseAlphaInvestmentPayment_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "WiseAlphaInvestmentPayment_eventId_key" ON "WiseAlphaInvestmentPayment"("eventId");
CREATE INDEX "WiseAlphaInvestmentPayment_customerRef_occurredAt_idx" ON "WiseAlphaInvestmentPayment"("customerRef", "occurredAt");
CREATE INDEX "WiseAlphaInvestmentPayment_productId_occurredAt_idx" ON "WiseAlphaInvestmentPayment"("productId", "occurredAt");

CREATE TABLE "WiseAlphaRobowiseClosure" (
    "id" TEXT NOT NULL,
    "eventId" BIGINT NOT NULL,
    "customerRef" TEXT NOT NULL,
    "robowiseRef" TEXT NOT NULL,
    "accountRef" TEXT,
    "closureType" TEXT,
    "amountReturned" DECIMAL(20,2),
    "currency" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "WiseAlphaRobowiseClosure_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "WiseAlphaRobowiseClosure_eventId_key" ON "WiseAlphaRobowiseClosure"("eventId");
CREATE INDEX "WiseAlphaRobowiseClosure_customerRef_occurredAt_idx" ON "WiseAlphaRobowiseClosure"("customerRef", "occurredAt");

CREATE TABLE "WiseAlphaOAuthConnection" (
    "id" TEXT NOT NULL,
    "customerRef" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "accessToken" TEXT NOT NULL,
    "refreshToken" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "connectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "refreshedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    CONSTRAINT "WiseAlphaOAuthConnection_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "WiseAlphaOAuthConnection_customerRef_key" ON "WiseAlphaOAuthConnection"("customerRef");
