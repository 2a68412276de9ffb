-- Full-text search (SQLite FTS5). Hand-written: Prisma does not model virtual tables, so
-- prisma.config.ts lists them under tables.external. PostgreSQL would use tsvector columns
-- with GIN indexes and ts_headline instead (see README.api.md).

-- Articles: an external-content index over Article(title, cleanedText). The text is stored
-- once, in Article; snippet() and highlight() read it back from there by rowid = Article.id.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    "title",
    "cleanedText",
    content = 'Article',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER "ArticleSearch_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("rowid", "title", "cleanedText") VALUES (new."id", new."title", new."cleanedText");
END;

CREATE TRIGGER "ArticleSearch_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", "rowid", "title", "cleanedText") VALUES ('delete', old."id", old."title", old."cleanedText");
END;

-- Only the indexed columns: setting extractedAt must not rewrite the index.
CREATE TRIGGER "ArticleSearch_update" AFTER UPDATE OF "title", "cleanedText" ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", "rowid", "title", "cleanedText") VALUES ('delete', old."id", old."title", old."cleanedText");
    INSERT INTO "ArticleSearch" ("rowid", "title", "cleanedText") VALUES (new."id", new."title", new."cleanedText");
END;

INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('rebuild');

-- Facts: one document per engagement (title, occasion, place, summary), outcome (statement),
-- participation (person name, aliases, title held) and topic link (topic name), each tagged
-- with its engagement so hits group by engagement. The rowid encodes the fact so triggers
-- replace a document by rowid: 4 * id + 0 engagement, 1 outcome, 2 participation, 3 topic link.
CREATE VIRTUAL TABLE "FactSearch" USING fts5(
    "kind" UNINDEXED,
    "engagementId" UNINDEXED,
    "body",
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Engagements
CREATE TRIGGER "FactSearch_engagement_insert" AFTER INSERT ON "Engagement" BEGIN
    INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
    VALUES (4 * new."id", 'engagement', new."id",
            concat_ws(' — ', new."title", new."occasion", new."placeName", new."summary"));
END;

CREATE TRIGGER "FactSearch_engagement_update" AFTER UPDATE OF "title", "occasion", "placeName", "summary" ON "Engagement" BEGIN
    DELETE FROM "FactSearch" WHERE "rowid" = 4 * old."id";
    INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
    VALUES (4 * new."id", 'engagement', new."id",
            concat_ws(' — ', new."title", new."occasion", new."placeName", new."summary"));
END;

-- Also removes the engagement's child documents, whether or not cascades fire their triggers.
CREATE TRIGGER "FactSearch_engagement_delete" AFTER DELETE ON "Engagement" BEGIN
    DELETE FROM "FactSearch" WHERE "engagementId" = old."id";
END;

-- Outcomes
CREATE TRIGGER "FactSearch_outcome_insert" AFTER INSERT ON "Outcome" BEGIN
    INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
    VALUES (4 * new."id" + 1, 'outcome', new."engagementId", new."statement");
END;

CREATE TRIGGER "FactSearch_outcome_update" AFTER UPDATE OF "statement", "engagementId" ON "Outcome" BEGIN
    DELETE FROM "FactSearch" WHERE "rowid" = 4 * old."id" + 1;
    INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
    VALUES (4 * new."id" + 1, 'outcome', new."engagementId", new."statement");
END;

CREATE TRIGGER "FactSearch_outcome_delete" AFTER DELETE ON "Outcome" BEGIN
    DELETE FROM "FactSearch" WHERE "rowid" = 4 * old."id" + 1;
END;

-- Participations: the person's name and aliases and the title held, re-derived whenever
-- the participation, the person's name or one of their aliases changes.
CREATE TRIGGER "FactSearch_participation_insert" AFTER INSERT ON "Participation" BEGIN
    INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
    SELECT 4 * new."id" + 2, 'person', new."engagementId",
           concat_ws(' — ', p."name", new."title", (SELECT group_concat(a."alias", ', ') FROM "PersonAlias" a WHERE a."personId" = p."id"))
    FROM "Person" p WHERE p."id" = new."personId";
END;

CREATE TRIGGER "FactSearch_participation_update" AFTER UPDATE OF "title", "personId", "engagementId" ON "Participation" BEGIN
    DELETE FROM "FactSearch" WHERE "rowid" = 4 * old."id" + 2;
    INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
    SELECT 4 * new."id" + 2, 'person', new."engagementId",
           concat_ws(' — ', p."name", new."title", (SELECT group_concat(a."alias", ', ') FROM "PersonAlias" a WHERE a."personId" = p."id"))
    FROM "Person" p WHERE p."id" = new."personId";
END;

CREATE TRIGGER "FactSearch_participation_delete" AFTER DELETE ON "Participation" BEGIN
    DELETE FROM "FactSearch" WHERE "rowid" = 4 * old."id" + 2;
END;

CREATE TRIGGER "FactSearch_person_update" AFTER UPDATE OF "name" ON "Person" BEGIN
    UPDATE "Participation" SET "title" = "title" WHERE "personId" = new."id";
END;

CREATE TRIGGER "FactSearch_alias_insert" AFTER INSERT ON "PersonAlias" BEGIN
    UPDATE "Participation" SET "title" = "title" WHERE "personId" = new."personId";
END;

CREATE TRIGGER "FactSearch_alias_delete" AFTER DELETE ON "PersonAlias" BEGIN
    UPDATE "Participation" SET "title" = "title" WHERE "personId" = old."personId";
END;

-- Topic links: the topic's name, re-derived when the topic is renamed.
CREATE TRIGGER "FactSearch_topic_link_insert" AFTER INSERT ON "EngagementTopic" BEGIN
    INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
    SELECT 4 * new."id" + 3, 'topic', new."engagementId", t."name" FROM "Topic" t WHERE t."id" = new."topicId";
END;

CREATE TRIGGER "FactSearch_topic_link_update" AFTER UPDATE OF "topicId", "engagementId" ON "EngagementTopic" BEGIN
    DELETE FROM "FactSearch" WHERE "rowid" = 4 * old."id" + 3;
    INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
    SELECT 4 * new."id" + 3, 'topic', new."engagementId", t."name" FROM "Topic" t WHERE t."id" = new."topicId";
END;

CREATE TRIGGER "FactSearch_topic_link_delete" AFTER DELETE ON "EngagementTopic" BEGIN
    DELETE FROM "FactSearch" WHERE "rowid" = 4 * old."id" + 3;
END;

CREATE TRIGGER "FactSearch_topic_update" AFTER UPDATE OF "name" ON "Topic" BEGIN
    UPDATE "EngagementTopic" SET "topicId" = "topicId" WHERE "topicId" = new."id";
END;

-- Back-fill what is already stored.
INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
SELECT 4 * e."id", 'engagement', e."id", concat_ws(' — ', e."title", e."occasion", e."placeName", e."summary") FROM "Engagement" e;

INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
SELECT 4 * o."id" + 1, 'outcome', o."engagementId", o."statement" FROM "Outcome" o;

INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
SELECT 4 * pa."id" + 2, 'person', pa."engagementId",
       concat_ws(' — ', p."name", pa."title", (SELECT group_concat(a."alias", ', ') FROM "PersonAlias" a WHERE a."personId" = p."id"))
FROM "Participation" pa JOIN "Person" p ON p."id" = pa."personId";

INSERT INTO "FactSearch" ("rowid", "kind", "engagementId", "body")
SELECT 4 * l."id" + 3, 'topic', l."engagementId", t."name" FROM "EngagementTopic" l JOIN "Topic" t ON t."id" = l."topicId";
