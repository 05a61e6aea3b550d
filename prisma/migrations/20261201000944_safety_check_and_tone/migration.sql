-- AlterTable
ALTER TABLE "messages" ADD COLUMN "tone" TEXT;

-- AlterTable
ALTER TABLE "cases" ADD COLUMN "safetyCheck" JSONB;

