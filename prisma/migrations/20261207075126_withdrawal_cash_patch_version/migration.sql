-- InvestSuite payouts update cash relative to a fresh read; these say which version that read was,
-- so a resumed payout can tell whether its update already landed (the API has no version check).
ALTER TABLE "WithdrawalRequest" ADD COLUMN "cashPatchFromVersion" INTEGER;
ALTER TABLE "WithdrawalRequest" ADD COLUMN "cashPatchResetsDivest" BOOLEAN;
