-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "role" TEXT,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'request',
ADD COLUMN     "linkedCaseId" TEXT,
ADD COLUMN     "linkConsent" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "workers" ADD COLUMN     "roles" JSONB,
ADD COLUMN     "away" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "capacity" INTEGER;
