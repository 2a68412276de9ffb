-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "title" TEXT,
    "publisher" TEXT,
    "byline" TEXT,
    "dateline" TEXT,
    "url" TEXT,
    "published" TEXT,
    "publishedSource" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "origin" TEXT NOT NULL DEFAULT 'corpus',
    "fileName" TEXT,
    "rawText" TEXT NOT NULL,
    "cleanedText" TEXT NOT NULL,
    "extractionNote" TEXT,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Engagement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'held',
    "startDate" TEXT,
    "endDate" TEXT,
    "datePrecision" TEXT NOT NULL DEFAULT 'day',
    "placeName" TEXT,
    "placeCountry" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "occasion" TEXT,
    "summary" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'reviewed',
    "confidence" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "side" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonTitle" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" TEXT,
    "endDate" TEXT,
    CONSTRAINT "PersonTitle_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "engagementId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "title" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'reviewed',
    "confidence" REAL,
    CONSTRAINT "Participation_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Participation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "parentId" INTEGER,
    CONSTRAINT "Topic_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Topic" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EngagementTopic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "engagementId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'reviewed',
    "confidence" REAL,
    CONSTRAINT "EngagementTopic_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EngagementTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "engagementId" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "topicId" INTEGER,
    "status" TEXT NOT NULL,
    "side" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'reviewed',
    "confidence" REAL,
    CONSTRAINT "Outcome_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Outcome_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "engagementId" INTEGER NOT NULL,
    "factType" TEXT NOT NULL,
    "participationId" INTEGER,
    "topicLinkId" INTEGER,
    "outcomeId" INTEGER,
    "claim" TEXT,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'reviewed',
    CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_topicLinkId_fkey" FOREIGN KEY ("topicLinkId") REFERENCES "EngagementTopic" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_sha256_key" ON "Article"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Engagement_slug_key" ON "Engagement"("slug");

-- CreateIndex
CREATE INDEX "Engagement_startDate_idx" ON "Engagement"("startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PersonAlias_personId_alias_key" ON "PersonAlias"("personId", "alias");

-- CreateIndex
CREATE INDEX "PersonTitle_personId_idx" ON "PersonTitle"("personId");

-- CreateIndex
CREATE INDEX "Participation_personId_idx" ON "Participation"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_engagementId_personId_key" ON "Participation"("engagementId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "EngagementTopic_topicId_idx" ON "EngagementTopic"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "EngagementTopic_engagementId_topicId_key" ON "EngagementTopic"("engagementId", "topicId");

-- CreateIndex
CREATE INDEX "Outcome_engagementId_idx" ON "Outcome"("engagementId");

-- CreateIndex
CREATE INDEX "Outcome_topicId_idx" ON "Outcome"("topicId");

-- CreateIndex
CREATE INDEX "Evidence_articleId_idx" ON "Evidence"("articleId");

-- CreateIndex
CREATE INDEX "Evidence_engagementId_idx" ON "Evidence"("engagementId");

-- CreateIndex
CREATE INDEX "Evidence_participationId_idx" ON "Evidence"("participationId");

-- CreateIndex
CREATE INDEX "Evidence_topicLinkId_idx" ON "Evidence"("topicLinkId");

-- CreateIndex
CREATE INDEX "Evidence_outcomeId_idx" ON "Evidence"("outcomeId");

