-- CreateTable
CREATE TABLE "EventRejectionCount" (
    "provider" "Provider" NOT NULL,
    "transport" "EventTransport" NOT NULL,
    "sender" TEXT NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "lastReason" TEXT NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventRejectionCount_pkey" PRIMARY KEY ("provider","transport","sender","minute")
);

-- CreateIndex
CREATE INDEX "EventRejectionCount_minute_idx" ON "EventRejectionCount"("minute");
