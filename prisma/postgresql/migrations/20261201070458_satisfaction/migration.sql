-- AlterTable
ALTER TABLE "check_ins" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'worker',
ADD COLUMN     "step" TEXT,
ADD COLUMN     "answer" TEXT,
ADD COLUMN     "score" INTEGER,
ADD COLUMN     "comment" TEXT;

-- AlterTable
ALTER TABLE "case_statistics" ADD COLUMN     "satisfaction" TEXT,
ADD COLUMN     "satisfactionScore" INTEGER;
