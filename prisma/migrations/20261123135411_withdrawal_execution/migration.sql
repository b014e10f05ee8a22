-- AlterTable
ALTER TABLE "WithdrawalRequest" ADD COLUMN     "cashBefore" DECIMAL(24,6),
ADD COLUMN     "nextExecutionAt" TIMESTAMP(3),
ADD COLUMN     "payoutAmount" DECIMAL(24,6);
