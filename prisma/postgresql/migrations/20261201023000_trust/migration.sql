-- AlterTable
ALTER TABLE "workers" ADD COLUMN     "permission" TEXT NOT NULL DEFAULT 'worker',
ADD COLUMN     "totpSecret" TEXT;

-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "retentionNoticeAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "case_statistics" ADD COLUMN     "caseId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "case_statistics_caseId_key" ON "case_statistics"("caseId");

-- Rate limits shared by all instances (rate-limiter-flexible's RateLimiterPostgres layout).
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);
