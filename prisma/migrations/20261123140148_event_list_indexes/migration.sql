-- CreateIndex
CREATE INDEX "ProviderEvent_userRef_idx" ON "ProviderEvent"("userRef");

-- CreateIndex
CREATE INDEX "ProviderEvent_accountRef_idx" ON "ProviderEvent"("accountRef");

-- CreateIndex
CREATE INDEX "ProviderEvent_receivedAt_type_idx" ON "ProviderEvent"("receivedAt", "type");
