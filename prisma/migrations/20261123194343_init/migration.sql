-- CreateTable
CREATE TABLE "residents" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "conversations" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "state" JSONB,
    "version" INTEGER NOT NULL DEFAULT 0,
    "messageCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL,
    "lastMessageAt" DATETIME NOT NULL,
    CONSTRAINT "conversations_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "residents" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "messages" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "direction" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "quickReplies" JSONB NOT NULL,
    "workerId" TEXT,
    "externalId" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "messages_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "conversations" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "cases" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "firstWords" TEXT NOT NULL,
    "summary" TEXT,
    "topics" JSONB NOT NULL,
    "domain" TEXT,
    "urgency" TEXT NOT NULL,
    "crisis" TEXT,
    "priority" INTEGER NOT NULL,
    "tried" TEXT,
    "network" TEXT,
    "wish" TEXT,
    "contactPreference" TEXT,
    "contactDetails" TEXT,
    "language" TEXT NOT NULL,
    "consent" BOOLEAN NOT NULL,
    "team" TEXT,
    "status" TEXT NOT NULL,
    "assigneeId" TEXT,
    "outcome" TEXT,
    "createdAt" DATETIME NOT NULL,
    "claimedAt" DATETIME,
    "closedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "cases_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "conversations" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "case_notes" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "workerId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "case_notes_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "audit_entries" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "detail" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "audit_entries_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "case_statistics" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topics" JSONB NOT NULL,
    "domain" TEXT,
    "urgency" TEXT NOT NULL,
    "crisis" TEXT,
    "channel" TEXT NOT NULL,
    "outcome" TEXT,
    "openedAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    "recordedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "workers" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "team" TEXT,
    "slackUserId" TEXT,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "worker_sessions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workerId" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "worker_sessions_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "workers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "residents_channel_chatId_key" ON "residents"("channel", "chatId");

-- CreateIndex
CREATE INDEX "conversations_residentId_idx" ON "conversations"("residentId");

-- CreateIndex
CREATE INDEX "conversations_lastMessageAt_idx" ON "conversations"("lastMessageAt");

-- CreateIndex
CREATE UNIQUE INDEX "conversations_channel_chatId_key" ON "conversations"("channel", "chatId");

-- CreateIndex
CREATE INDEX "messages_conversationId_createdAt_idx" ON "messages"("conversationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "messages_conversationId_position_key" ON "messages"("conversationId", "position");

-- CreateIndex
CREATE INDEX "cases_status_priority_createdAt_idx" ON "cases"("status", "priority", "createdAt");

-- CreateIndex
CREATE INDEX "cases_conversationId_idx" ON "cases"("conversationId");

-- CreateIndex
CREATE INDEX "cases_closedAt_idx" ON "cases"("closedAt");

-- CreateIndex
CREATE INDEX "case_notes_caseId_createdAt_idx" ON "case_notes"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "audit_entries_caseId_createdAt_idx" ON "audit_entries"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "workers_username_key" ON "workers"("username");

-- CreateIndex
CREATE UNIQUE INDEX "workers_slackUserId_key" ON "workers"("slackUserId");

-- CreateIndex
CREATE INDEX "worker_sessions_workerId_idx" ON "worker_sessions"("workerId");

