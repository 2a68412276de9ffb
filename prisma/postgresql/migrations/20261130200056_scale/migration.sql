-- DropIndex
DROP INDEX "Engagement_startDate_idx";

-- DropIndex
DROP INDEX "Participation_personId_idx";

-- DropIndex
DROP INDEX "EngagementTopic_topicId_idx";

-- DropIndex
DROP INDEX "Outcome_topicId_idx";

-- DropIndex
DROP INDEX "Evidence_articleId_idx";

-- DropIndex
DROP INDEX "Evidence_engagementId_idx";

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Article_published_id_idx" ON "Article"("published", "id");

-- CreateIndex
CREATE INDEX "Engagement_startDate_id_idx" ON "Engagement"("startDate", "id");

-- CreateIndex
CREATE INDEX "Engagement_placeName_placeCountry_latitude_longitude_idx" ON "Engagement"("placeName", "placeCountry", "latitude", "longitude");

-- CreateIndex
CREATE INDEX "Participation_personId_engagementId_idx" ON "Participation"("personId", "engagementId");

-- CreateIndex
CREATE INDEX "EngagementTopic_topicId_engagementId_idx" ON "EngagementTopic"("topicId", "engagementId");

-- CreateIndex
CREATE INDEX "Outcome_topicId_engagementId_idx" ON "Outcome"("topicId", "engagementId");

-- CreateIndex
CREATE INDEX "Evidence_articleId_engagementId_idx" ON "Evidence"("articleId", "engagementId");

-- CreateIndex
CREATE INDEX "Evidence_engagementId_articleId_idx" ON "Evidence"("engagementId", "articleId");


-- The one version row every write transaction increments (lib/store/data-version.ts).
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);
