-- #18: a copy of each document the back office uploads to WiseAlpha, viewable on the case
-- (WiseAlpha's API accepts documents but never returns them).
CREATE TABLE "OnboardingDocument" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "documentType" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OnboardingDocument_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "OnboardingDocument_customerId_uploadedAt_idx" ON "OnboardingDocument"("customerId", "uploadedAt");
