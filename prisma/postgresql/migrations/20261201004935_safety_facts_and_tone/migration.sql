-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "tone" TEXT;

-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "confirmation" TEXT,
ADD COLUMN     "facts" JSONB,
ADD COLUMN     "safetyCheck" JSONB;

