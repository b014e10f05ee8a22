-- Customer 360 (issue #14): our party record linking one person per provider, the provider
-- persons as the last sync read them, suggestions/conflicts a reviewer decides, and the access log.
CREATE TYPE "CustomerLinkMethod" AS ENUM ('CUSTOMER_NUMBER', 'CONFIRMED_SUGGESTION', 'FIRST_SEEN');
CREATE TYPE "CustomerMatchKind" AS ENUM ('EMAIL', 'NAME_BIRTH_DATE', 'CONFLICT');
CREATE TYPE "CustomerMatchState" AS ENUM ('OPEN', 'CONFIRMED', 'REJECTED', 'OBSOLETE');

CREATE TABLE "Customer" (
    "id" TEXT NOT NULL,
    "customerNumber" TEXT,
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "kycState" TEXT NOT NULL DEFAULT 'NONE',
    "providers" "Provider"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Customer_customerNumber_key" ON "Customer"("customerNumber");
CREATE INDEX "Customer_displayName_idx" ON "Customer"("displayName");
CREATE INDEX "Customer_email_idx" ON "Customer"("email");

CREATE TABLE "ProviderPerson" (
    "provider" "Provider" NOT NULL,
    "providerId" TEXT NOT NULL,
    "customerNumber" TEXT,
    "email" TEXT,
    "firstName" TEXT,
    "lastName" TEXT,
    "birthDate" TEXT,
    "address" TEXT,
    "taxResidency" TEXT,
    "kycState" TEXT NOT NULL,
    "kycDetail" TEXT,
    "syncedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProviderPerson_pkey" PRIMARY KEY ("provider", "providerId")
);
CREATE INDEX "ProviderPerson_customerNumber_idx" ON "ProviderPerson"("customerNumber");
CREATE INDEX "ProviderPerson_email_idx" ON "ProviderPerson"("email");

CREATE TABLE "CustomerLink" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "provider" "Provider" NOT NULL,
    "providerId" TEXT NOT NULL,
    "method" "CustomerLinkMethod" NOT NULL,
    "confirmedById" TEXT,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CustomerLink_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CustomerLink_provider_providerId_key" ON "CustomerLink"("provider", "providerId");
CREATE UNIQUE INDEX "CustomerLink_customerId_provider_key" ON "CustomerLink"("customerId", "provider");
ALTER TABLE "CustomerLink" ADD CONSTRAINT "CustomerLink_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CustomerMatch" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "provider" "Provider" NOT NULL,
    "providerId" TEXT NOT NULL,
    "kind" "CustomerMatchKind" NOT NULL,
    "state" "CustomerMatchState" NOT NULL DEFAULT 'OPEN',
    "detail" JSONB NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CustomerMatch_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CustomerMatch_customerId_provider_providerId_key" ON "CustomerMatch"("customerId", "provider", "providerId");
CREATE INDEX "CustomerMatch_state_createdAt_idx" ON "CustomerMatch"("state", "createdAt");
ALTER TABLE "CustomerMatch" ADD CONSTRAINT "CustomerMatch_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CustomerAccess" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "ip" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CustomerAccess_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "CustomerAccess_customerId_at_idx" ON "CustomerAccess"("customerId", "at");
ALTER TABLE "CustomerAccess" ADD CONSTRAINT "CustomerAccess_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
