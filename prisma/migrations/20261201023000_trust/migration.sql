-- AlterTable
ALTER TABLE "workers" ADD COLUMN "permission" TEXT NOT NULL DEFAULT 'worker';
ALTER TABLE "workers" ADD COLUMN "totpSecret" TEXT;

-- AlterTable
ALTER TABLE "cases" ADD COLUMN "retentionNoticeAt" DATETIME;

-- AlterTable
ALTER TABLE "case_statistics" ADD COLUMN "caseId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "case_statistics_caseId_key" ON "case_statistics"("caseId");
