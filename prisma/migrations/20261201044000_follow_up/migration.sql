-- AlterTable
ALTER TABLE "cases" ADD COLUMN "snoozedUntil" DATETIME;
ALTER TABLE "cases" ADD COLUMN "snoozedUntilReply" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "check_ins" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "workerId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sendAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "check_ins_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "referrals" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "workerId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "partnerName" TEXT NOT NULL,
    "shared" TEXT NOT NULL,
    "consentAsked" BOOLEAN NOT NULL,
    "consentGiven" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "referrals_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "canned_replies" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "texts" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "check_ins_sentAt_sendAt_idx" ON "check_ins"("sentAt", "sendAt");

-- CreateIndex
CREATE INDEX "check_ins_caseId_idx" ON "check_ins"("caseId");

-- CreateIndex
CREATE INDEX "referrals_caseId_createdAt_idx" ON "referrals"("caseId", "createdAt");
