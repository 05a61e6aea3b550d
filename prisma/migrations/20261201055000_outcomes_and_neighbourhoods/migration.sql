-- AlterTable
ALTER TABLE "cases" ADD COLUMN "outcomeCategory" TEXT;
ALTER TABLE "cases" ADD COLUMN "outcomePartner" TEXT;
ALTER TABLE "cases" ADD COLUMN "improvedDomains" JSONB;
ALTER TABLE "cases" ADD COLUMN "neighbourhood" TEXT;

-- AlterTable
ALTER TABLE "case_statistics" ADD COLUMN "partner" TEXT;
ALTER TABLE "case_statistics" ADD COLUMN "improvedDomains" JSONB;
ALTER TABLE "case_statistics" ADD COLUMN "neighbourhood" TEXT;
ALTER TABLE "case_statistics" ADD COLUMN "language" TEXT;
ALTER TABLE "case_statistics" ADD COLUMN "claimedAt" DATETIME;
