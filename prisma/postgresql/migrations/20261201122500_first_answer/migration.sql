-- AlterTable
ALTER TABLE "case_statistics" ADD COLUMN     "firstAnsweredAt" TIMESTAMP(3);
