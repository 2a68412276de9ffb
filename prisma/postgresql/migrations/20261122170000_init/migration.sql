-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "sha256" TEXT COLLATE "C" NOT NULL,
    "title" TEXT COLLATE "C",
    "publisher" TEXT COLLATE "C",
    "byline" TEXT COLLATE "C",
    "dateline" TEXT COLLATE "C",
    "url" TEXT COLLATE "C",
    "published" TEXT COLLATE "C",
    "publishedSource" TEXT COLLATE "C",
    "language" TEXT COLLATE "C" NOT NULL DEFAULT 'en',
    "origin" TEXT COLLATE "C" NOT NULL DEFAULT 'corpus',
    "fileName" TEXT COLLATE "C",
    "rawText" TEXT COLLATE "C" NOT NULL,
    "cleanedText" TEXT COLLATE "C" NOT NULL,
    "extractionNote" TEXT COLLATE "C",
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "extractedAt" TIMESTAMP(3),

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Engagement" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "title" TEXT COLLATE "C" NOT NULL,
    "kind" TEXT COLLATE "C" NOT NULL,
    "status" TEXT COLLATE "C" NOT NULL DEFAULT 'held',
    "startDate" TEXT COLLATE "C",
    "endDate" TEXT COLLATE "C",
    "datePrecision" TEXT COLLATE "C" NOT NULL DEFAULT 'day',
    "placeName" TEXT COLLATE "C",
    "placeCountry" TEXT COLLATE "C",
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "occasion" TEXT COLLATE "C",
    "summary" TEXT COLLATE "C",
    "origin" TEXT COLLATE "C" NOT NULL DEFAULT 'reviewed',
    "confidence" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Engagement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "side" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "alias" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "PersonAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonTitle" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "title" TEXT COLLATE "C" NOT NULL,
    "startDate" TEXT COLLATE "C",
    "endDate" TEXT COLLATE "C",

    CONSTRAINT "PersonTitle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" SERIAL NOT NULL,
    "engagementId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "title" TEXT COLLATE "C",
    "origin" TEXT COLLATE "C" NOT NULL DEFAULT 'reviewed',
    "confidence" DOUBLE PRECISION,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "description" TEXT COLLATE "C",
    "parentId" INTEGER,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngagementTopic" (
    "id" SERIAL NOT NULL,
    "engagementId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "origin" TEXT COLLATE "C" NOT NULL DEFAULT 'reviewed',
    "confidence" DOUBLE PRECISION,

    CONSTRAINT "EngagementTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" SERIAL NOT NULL,
    "engagementId" INTEGER NOT NULL,
    "statement" TEXT COLLATE "C" NOT NULL,
    "topicId" INTEGER,
    "status" TEXT COLLATE "C" NOT NULL,
    "side" TEXT COLLATE "C",
    "origin" TEXT COLLATE "C" NOT NULL DEFAULT 'reviewed',
    "confidence" DOUBLE PRECISION,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "engagementId" INTEGER NOT NULL,
    "factType" TEXT COLLATE "C" NOT NULL,
    "participationId" INTEGER,
    "topicLinkId" INTEGER,
    "outcomeId" INTEGER,
    "claim" TEXT COLLATE "C",
    "exact" TEXT COLLATE "C" NOT NULL,
    "prefix" TEXT COLLATE "C" NOT NULL,
    "suffix" TEXT COLLATE "C" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "origin" TEXT COLLATE "C" NOT NULL DEFAULT 'reviewed',

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "PersonAlias" ADD CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonTitle" ADD CONSTRAINT "PersonTitle_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementTopic" ADD CONSTRAINT "EngagementTopic_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementTopic" ADD CONSTRAINT "EngagementTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_topicLinkId_fkey" FOREIGN KEY ("topicLinkId") REFERENCES "EngagementTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

