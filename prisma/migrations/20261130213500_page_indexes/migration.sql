-- DropIndex
DROP INDEX "Engagement_placeName_placeCountry_latitude_longitude_idx";

-- CreateIndex
CREATE INDEX "Engagement_placeName_placeCountry_latitude_longitude_origin_idx" ON "Engagement"("placeName", "placeCountry", "latitude", "longitude", "origin");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

