-- CreateTable
CREATE TABLE "SavedView" (
    "id" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SavedView_area_shared_idx" ON "SavedView"("area", "shared");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_area_ownerId_name_key" ON "SavedView"("area", "ownerId", "name");
