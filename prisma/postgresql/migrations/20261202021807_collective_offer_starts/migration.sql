-- CreateTable
CREATE TABLE "collective_offer_starts" (
    "id" TEXT NOT NULL,
    "neighbourhood" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "offer" TEXT NOT NULL,
    "startedBy" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "collective_offer_starts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "collective_offer_starts_startedAt_idx" ON "collective_offer_starts"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "collective_offer_starts_neighbourhood_topic_sequence_key" ON "collective_offer_starts"("neighbourhood", "topic", "sequence");

