-- AlterTable
ALTER TABLE "check_ins" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'worker';
ALTER TABLE "check_ins" ADD COLUMN "step" TEXT;
ALTER TABLE "check_ins" ADD COLUMN "answer" TEXT;
ALTER TABLE "check_ins" ADD COLUMN "score" INTEGER;
ALTER TABLE "check_ins" ADD COLUMN "comment" TEXT;

-- AlterTable
ALTER TABLE "case_statistics" ADD COLUMN "satisfaction" TEXT;
ALTER TABLE "case_statistics" ADD COLUMN "satisfactionScore" INTEGER;
