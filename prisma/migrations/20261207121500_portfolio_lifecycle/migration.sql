-- #17: portfolio creation records (external_id derived from ours) and the versions we saw.
CREATE TABLE "PortfolioCreation" (
    "id" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "ownerUserId" TEXT NOT NULL,
    "request" JSONB NOT NULL,
    "portfolioId" TEXT,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3),

    CONSTRAINT "PortfolioCreation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PortfolioCreation_externalId_key" ON "PortfolioCreation"("externalId");
CREATE UNIQUE INDEX "PortfolioCreation_portfolioId_key" ON "PortfolioCreation"("portfolioId");
CREATE INDEX "PortfolioCreation_ownerUserId_idx" ON "PortfolioCreation"("ownerUserId");

CREATE TABLE "PortfolioVersion" (
    "id" TEXT NOT NULL,
    "portfolioId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "versionDatetime" TIMESTAMP(3) NOT NULL,
    "authoredBy" TEXT,
    "source" TEXT NOT NULL,
    "observedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortfolioVersion_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PortfolioVersion_portfolioId_version_key" ON "PortfolioVersion"("portfolioId", "version");
