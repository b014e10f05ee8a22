-- AlterTable
ALTER TABLE "WithdrawalRequest" ADD COLUMN     "payoutSentAt" TIMESTAMP(3),
ADD COLUMN     "providerReference" TEXT;
