import { queryDb } from "./browser";

/**
 * What the seeded database says each timeline filter should return, computed with plain SQL on
 * the file the server reads (never through the app's own query code).
 */

function slugs(sql: string, ...params: unknown[]): string[] {
  return [...new Set(queryDb<{ slug: string }>(sql, ...params).map((row) => row.slug))].sort();
}

export const expectedSlugs = {
  all: () => slugs(`SELECT slug FROM "Engagement"`),
  topic: (topic: string) =>
    slugs(
      `SELECT e.slug FROM "Engagement" e JOIN "EngagementTopic" et ON et."engagementId" = e.id JOIN "Topic" t ON t.id = et."topicId" WHERE t.slug = ?`,
      topic,
    ),
  person: (person: string) =>
    slugs(
      `SELECT e.slug FROM "Engagement" e JOIN "Participation" p ON p."engagementId" = e.id JOIN "Person" x ON x.id = p."personId" WHERE x.slug = ?`,
      person,
    ),
  kind: (kind: string) => slugs(`SELECT slug FROM "Engagement" WHERE kind = ?`, kind),
  outcome: (status: string) => slugs(`SELECT e.slug FROM "Engagement" e JOIN "Outcome" o ON o."engagementId" = e.id WHERE o.status = ?`, status),
  side: (side: string) => slugs(`SELECT e.slug FROM "Engagement" e JOIN "Outcome" o ON o."engagementId" = e.id WHERE o.side = ?`, side),
  /** engagements overlapping [from, to] (inclusive yyyy-mm-dd bounds) */
  dates: (from: string, to: string) =>
    slugs(`SELECT slug FROM "Engagement" WHERE "startDate" <= ? AND COALESCE("endDate", "startDate") >= ?`, to, from),
};

export function engagementSlugWherePlace(placeLike: string): string {
  const rows = queryDb<{ slug: string }>(`SELECT slug FROM "Engagement" WHERE "placeName" LIKE ? ORDER BY "startDate"`, `%${placeLike}%`);
  if (rows.length !== 1) throw new Error(`expected one engagement in ${placeLike}, found ${rows.length}`);
  return rows[0]!.slug;
}
