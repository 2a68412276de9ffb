import { Prisma } from "@/lib/generated/prisma/client";
import type { TimelineFilters } from "@/lib/filters";
import { REJECTED } from "./visibility";

/**
 * The one translation of timeline filters, shared by the timeline, topic threads, person
 * pages, their counts and year ranges, the JSON API, exports and feeds: a SQL condition on
 * the `"Engagement"` table, with every value bound as a parameter. Semantics:
 * - topics: any of the chosen topics, a parent topic including its children;
 * - person: the person took part;
 * - outcome status and side: one outcome must match both when both are set;
 * - place: the engagement's place name, exactly;
 * - from/to: inclusive bounds on the engagement's start date.
 * Rejected engagements never match, and a rejected fact never makes an engagement match
 * (the same rule as `VISIBLE` in visibility.ts: origin other than "rejected").
 *
 * Why SQL and not a Prisma `where`: Prisma turns a relation filter (`some`) into a correlated
 * EXISTS that SQLite evaluates once per engagement row — every row of the table at 100,000
 * engagements (220 ms for a person's page). `"Engagement"."id" IN (SELECT "engagementId" …)`
 * reads the link table once through its (fact key, engagementId) index instead. Standard SQL
 * with quoted identifiers: the same text runs on SQLite and PostgreSQL.
 *
 * A topic or an outcome status matches thousands of engagements: `+"Engagement"."id" IN (…)`
 * (the unary plus, a no-op on PostgreSQL) keeps SQLite walking the (startDate, id) index in page
 * order and testing each id against the list, so a page stops after 21 matches (5 ms for
 * fentanyl at 100,000 engagements) instead of reading and sorting every match (150 ms). A person
 * matches few: there the list drives, each id a primary-key read (2 ms).
 */
export function buildTimelineWhere(filters: TimelineFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`"Engagement"."origin" <> ${REJECTED}`];

  if (filters.topic.length > 0) {
    const slugs = Prisma.join(filters.topic);
    conditions.push(Prisma.sql`+"Engagement"."id" IN (
      SELECT "link"."engagementId" FROM "Topic" "topic"
      LEFT JOIN "Topic" "parent" ON "parent"."id" = "topic"."parentId"
      JOIN "EngagementTopic" "link" ON "link"."topicId" = "topic"."id"
      WHERE "link"."origin" <> ${REJECTED} AND ("topic"."slug" IN (${slugs}) OR "parent"."slug" IN (${slugs})))`);
  }
  if (filters.person !== null) {
    conditions.push(Prisma.sql`"Engagement"."id" IN (
      SELECT "participation"."engagementId" FROM "Participation" "participation"
      WHERE "participation"."origin" <> ${REJECTED}
        AND "participation"."personId" IN (SELECT "person"."id" FROM "Person" "person" WHERE "person"."slug" = ${filters.person}))`);
  }
  if (filters.kind !== null) {
    conditions.push(Prisma.sql`"Engagement"."kind" = ${filters.kind}`);
  }
  if (filters.outcome !== null || filters.side !== null) {
    const outcomeConditions = [Prisma.sql`"outcome"."origin" <> ${REJECTED}`];
    if (filters.outcome !== null) outcomeConditions.push(Prisma.sql`"outcome"."status" = ${filters.outcome}`);
    if (filters.side !== null) outcomeConditions.push(Prisma.sql`"outcome"."side" = ${filters.side}`);
    conditions.push(Prisma.sql`+"Engagement"."id" IN (SELECT "outcome"."engagementId" FROM "Outcome" "outcome" WHERE ${Prisma.join(outcomeConditions, " AND ")})`);
  }
  // Truthiness, not `!== null`: callers that predate the place filter leave it undefined.
  if (filters.place) {
    conditions.push(Prisma.sql`"Engagement"."placeName" = ${filters.place}`);
  }
  if (filters.from !== null) conditions.push(Prisma.sql`"Engagement"."startDate" >= ${filters.from}`);
  if (filters.to !== null) conditions.push(Prisma.sql`"Engagement"."startDate" <= ${filters.to}`);

  return Prisma.join(conditions, " AND ");
}
