-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "outcomeCategory" TEXT,
ADD COLUMN     "outcomePartner" TEXT,
ADD COLUMN     "improvedDomains" JSONB,
ADD COLUMN     "neighbourhood" TEXT;

-- AlterTable
ALTER TABLE "case_statistics" ADD COLUMN     "partner" TEXT,
ADD COLUMN     "improvedDomains" JSONB,
ADD COLUMN     "neighbourhood" TEXT,
ADD COLUMN     "language" TEXT,
ADD COLUMN     "claimedAt" TIMESTAMP(3);
