-- CreateIndex
CREATE INDEX "Engagement_origin_startDate_id_idx" ON "Engagement"("origin", "startDate", "id");

