-- AlterTable
ALTER TABLE "messages" ADD COLUMN "deliveryStatus" TEXT;
