-- AlterTable
ALTER TABLE "case_statistics" ADD COLUMN "firstAnsweredAt" DATETIME;
