-- Full-text search (PostgreSQL). Hand-written, the counterpart of the SQLite FTS5 migration
-- of the same name; lib/queries/search.ts reads both. Prisma does not model these objects:
-- prisma.config.ts lists "FactSearch" under tables.external.
--
-- Text search configuration 'english' (Snowball stemming, English stop words). Each document
-- indexes its first 500,000 characters: a tsvector is limited to 1 MB, and an article longer
-- than that must still be storable.

-- Articles: a stored, generated tsvector column (title weighted A, text B) with a GIN index.
-- Prisma's models do not list it, so Prisma never reads or writes it; PostgreSQL keeps it
-- current on every insert and update of the title or the text.
ALTER TABLE "Article" ADD COLUMN "searchDocument" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A')
    || setweight(to_tsvector('english'::regconfig, left("cleanedText", 500000)), 'B')
) STORED;
CREATE INDEX "Article_searchDocument_idx" ON "Article" USING GIN ("searchDocument");

-- Facts: one document per engagement (title, occasion, place, summary), outcome (statement),
-- participation (person name, title held, aliases) and topic link (topic name), tagged with
-- its engagement so hits group by engagement. "rowid" encodes the fact as in SQLite:
-- 4 * id + 0 engagement, 1 outcome, 2 participation, 3 topic link.
CREATE TABLE "FactSearch" (
    "rowid" BIGINT PRIMARY KEY,
    "kind" TEXT COLLATE "C" NOT NULL,
    "engagementId" INTEGER NOT NULL,
    "body" TEXT COLLATE "C" NOT NULL,
    "document" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, left("body", 500000))) STORED
);
CREATE INDEX "FactSearch_document_idx" ON "FactSearch" USING GIN ("document");
CREATE INDEX "FactSearch_engagementId_idx" ON "FactSearch" ("engagementId");

CREATE FUNCTION "readout_fact_search_put"("id" BIGINT, "kind" TEXT, "engagementId" INTEGER, "body" TEXT) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body") VALUES ("id", "kind", "engagementId", "body")
    ON CONFLICT ("rowid") DO UPDATE SET "kind" = EXCLUDED."kind", "engagementId" = EXCLUDED."engagementId", "body" = EXCLUDED."body"
$$;

-- Engagements. A deleted engagement also takes its child documents, whatever order cascades run in.
CREATE FUNCTION "readout_fact_search_engagement"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "FactSearch" WHERE "engagementId" = OLD."id";
    ELSE
        PERFORM "readout_fact_search_put"(4 * NEW."id"::bigint, 'engagement', NEW."id",
            concat_ws(' — ', NEW."title", NEW."occasion", NEW."placeName", NEW."summary"));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "FactSearch_engagement" AFTER INSERT OR DELETE OR UPDATE OF "title", "occasion", "placeName", "summary" ON "Engagement"
    FOR EACH ROW EXECUTE FUNCTION "readout_fact_search_engagement"();

-- Outcomes
CREATE FUNCTION "readout_fact_search_outcome"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN DELETE FROM "FactSearch" WHERE "rowid" = 4 * OLD."id"::bigint + 1; END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM "readout_fact_search_put"(4 * NEW."id"::bigint + 1, 'outcome', NEW."engagementId", NEW."statement"); END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "FactSearch_outcome" AFTER INSERT OR DELETE OR UPDATE OF "statement", "engagementId" ON "Outcome"
    FOR EACH ROW EXECUTE FUNCTION "readout_fact_search_outcome"();

-- Participations: the person's name, the title held and the person's aliases, re-derived when
-- the participation, the person's name or one of their aliases changes.
CREATE FUNCTION "readout_fact_search_participation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN DELETE FROM "FactSearch" WHERE "rowid" = 4 * OLD."id"::bigint + 2; END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM "readout_fact_search_put"(4 * NEW."id"::bigint + 2, 'person', NEW."engagementId",
            concat_ws(' — ', p."name", NEW."title",
                (SELECT string_agg(a."alias", ', ' ORDER BY a."id") FROM "PersonAlias" a WHERE a."personId" = p."id")))
        FROM "Person" p WHERE p."id" = NEW."personId";
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "FactSearch_participation" AFTER INSERT OR DELETE OR UPDATE OF "title", "personId", "engagementId" ON "Participation"
    FOR EACH ROW EXECUTE FUNCTION "readout_fact_search_participation"();

CREATE FUNCTION "readout_fact_search_person"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Participation" SET "title" = "title" WHERE "personId" = (CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END);
    RETURN NULL;
END $$;
CREATE TRIGGER "FactSearch_person" AFTER UPDATE OF "name" ON "Person"
    FOR EACH ROW EXECUTE FUNCTION "readout_fact_search_person"();

CREATE FUNCTION "readout_fact_search_alias"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Participation" SET "title" = "title" WHERE "personId" = (CASE WHEN TG_OP = 'DELETE' THEN OLD."personId" ELSE NEW."personId" END);
    RETURN NULL;
END $$;
CREATE TRIGGER "FactSearch_alias" AFTER INSERT OR DELETE ON "PersonAlias"
    FOR EACH ROW EXECUTE FUNCTION "readout_fact_search_alias"();

-- Topic links: the topic's name, re-derived when the topic is renamed.
CREATE FUNCTION "readout_fact_search_topic_link"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN DELETE FROM "FactSearch" WHERE "rowid" = 4 * OLD."id"::bigint + 3; END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM "readout_fact_search_put"(4 * NEW."id"::bigint + 3, 'topic', NEW."engagementId", t."name")
        FROM "Topic" t WHERE t."id" = NEW."topicId";
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "FactSearch_topic_link" AFTER INSERT OR DELETE OR UPDATE OF "topicId", "engagementId" ON "EngagementTopic"
    FOR EACH ROW EXECUTE FUNCTION "readout_fact_search_topic_link"();

CREATE FUNCTION "readout_fact_search_topic"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "EngagementTopic" SET "topicId" = "topicId" WHERE "topicId" = NEW."id";
    RETURN NULL;
END $$;
CREATE TRIGGER "FactSearch_topic" AFTER UPDATE OF "name" ON "Topic"
    FOR EACH ROW EXECUTE FUNCTION "readout_fact_search_topic"();

-- Back-fill what is already stored.
INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
SELECT 4 * e."id"::bigint, 'engagement', e."id", concat_ws(' — ', e."title", e."occasion", e."placeName", e."summary") FROM "Engagement" e;

INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
SELECT 4 * o."id"::bigint + 1, 'outcome', o."engagementId", o."statement" FROM "Outcome" o;

INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
SELECT 4 * pa."id"::bigint + 2, 'person', pa."engagementId",
       concat_ws(' — ', p."name", pa."title", (SELECT string_agg(a."alias", ', ' ORDER BY a."id") FROM "PersonAlias" a WHERE a."personId" = p."id"))
FROM "Participation" pa JOIN "Person" p ON p."id" = pa."personId";

INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
SELECT 4 * l."id"::bigint + 3, 'topic', l."engagementId", t."name" FROM "EngagementTopic" l JOIN "Topic" t ON t."id" = l."topicId";
