-- CreateIndex
CREATE INDEX "WithdrawalRequest_createdAt_id_idx" ON "WithdrawalRequest"("createdAt", "id");

-- CreateIndex
CREATE INDEX "WithdrawalRequest_amount_createdAt_id_idx" ON "WithdrawalRequest"("amount", "createdAt", "id");

