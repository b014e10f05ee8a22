-- DropIndex
DROP INDEX "ProviderEvent_receivedAt_type_idx";

-- CreateIndex
CREATE INDEX "ProviderEvent_receivedAt_id_type_idx" ON "ProviderEvent"("receivedAt", "id", "type");
