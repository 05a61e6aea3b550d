-- AlterTable
ALTER TABLE "messages" ADD COLUMN "tone" TEXT;

-- AlterTable
ALTER TABLE "cases" ADD COLUMN "confirmation" TEXT;
ALTER TABLE "cases" ADD COLUMN "facts" JSONB;
ALTER TABLE "cases" ADD COLUMN "safetyCheck" JSONB;

