-- AlterTable
ALTER TABLE "WithdrawalRequest" ADD COLUMN     "sourceTime" TIMESTAMP(3);
