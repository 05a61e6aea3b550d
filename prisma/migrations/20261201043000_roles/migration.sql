-- AlterTable
ALTER TABLE "cases" ADD COLUMN "role" TEXT;
ALTER TABLE "cases" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'request';
ALTER TABLE "cases" ADD COLUMN "linkedCaseId" TEXT;
ALTER TABLE "cases" ADD COLUMN "linkConsent" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "workers" ADD COLUMN "roles" JSONB;
ALTER TABLE "workers" ADD COLUMN "away" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "workers" ADD COLUMN "capacity" INTEGER;
