-- DropIndex
DROP INDEX "Participation_personId_engagementId_idx";

-- DropIndex
DROP INDEX "EngagementTopic_topicId_engagementId_idx";

-- DropIndex
DROP INDEX "Outcome_topicId_engagementId_idx";

-- CreateIndex
CREATE INDEX "Participation_personId_engagementId_origin_idx" ON "Participation"("personId", "engagementId", "origin");

-- CreateIndex
CREATE INDEX "EngagementTopic_topicId_engagementId_origin_idx" ON "EngagementTopic"("topicId", "engagementId", "origin");

-- CreateIndex
CREATE INDEX "Outcome_topicId_engagementId_origin_idx" ON "Outcome"("topicId", "engagementId", "origin");

