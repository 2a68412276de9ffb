/**
 * What readers see. Rejected facts (participations, topic links, outcomes) and rejected
 * engagements stay in the database with their history for the desk, and are hidden from every
 * public read model: pages, search, exports, feeds and the API. The desk's own read models
 * (review queue, fact history) deliberately do not use these.
 */
import { Prisma } from "@/lib/generated/prisma/client";

/** The origin an editor gives a fact or an engagement to hide it from readers. */
export const REJECTED = "rejected";

/** A Prisma `where` for a visible engagement, participation, topic link or outcome. */
export const VISIBLE = { origin: { not: REJECTED } } as const;

/** A visible participation, topic link or outcome of a visible engagement, for lists not already narrowed to visible engagements. */
export const VISIBLE_FACT = { origin: { not: REJECTED }, engagement: VISIBLE } as const;

/**
 * A Prisma `where` for evidence readers may see: of a visible engagement, and not backing a
 * rejected fact (date and place evidence back no fact row, so the relation filters skip them).
 */
export const VISIBLE_EVIDENCE = {
  engagement: VISIBLE,
  NOT: [{ participation: { origin: REJECTED } }, { topicLink: { origin: REJECTED } }, { outcome: { origin: REJECTED } }],
} satisfies Prisma.EvidenceWhereInput;

/**
 * The same rule for raw SQL, on a table alias: standard SQL, valid on SQLite and PostgreSQL.
 * The alias is always a literal from our own code, never input.
 */
export function visibleSql(alias: string): string {
  return `${alias}."origin" <> '${REJECTED}'`;
}

/**
 * Raw SQL keeping fact rows (a topic link, outcome or participation under `alias`) readers may
 * see: not rejected, and not of a rejected engagement. Rejected engagements are few and read from
 * the (origin, …) index: excluding them costs less than a primary-key read of the engagement
 * behind every fact, so counts can come from the (…, engagementId, origin) indexes alone.
 */
export function shownFactSql(alias: string): Prisma.Sql {
  const table = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${table}."origin" <> ${REJECTED} AND ${table}."engagementId" NOT IN (SELECT "hidden"."id" FROM "Engagement" "hidden" WHERE "hidden"."origin" = ${REJECTED})`;
}

/**
 * Raw SQL keeping the search documents (FactSearch rows, under `alias`) readers may see: of a
 * visible engagement, and not of a rejected outcome, participation or topic link. The
 * documents stay indexed whatever their origin (the desk may restore a fact); the rowid encodes
 * the fact (4 * id + 1 outcome, + 2 participation, + 3 topic link, migration 20261122180000_search).
 * `joins` goes after the FROM item, `condition` into the WHERE clause.
 */
export function visibleFactSearchSql(alias: string): { joins: Prisma.Sql; condition: Prisma.Sql } {
  const rejectedFact = (table: string, name: string, kind: string, offset: number) =>
    `LEFT JOIN "${table}" "${name}" ON ${alias}."kind" = '${kind}' AND "${name}"."id" = (${alias}."rowid" - ${offset}) / 4 AND "${name}"."origin" = '${REJECTED}'`;
  return {
    joins: Prisma.raw(
      [
        `JOIN "Engagement" "visibleEngagement" ON "visibleEngagement"."id" = ${alias}."engagementId" AND ${visibleSql('"visibleEngagement"')}`,
        rejectedFact("Outcome", "rejectedOutcome", "outcome", 1),
        rejectedFact("Participation", "rejectedParticipation", "person", 2),
        rejectedFact("EngagementTopic", "rejectedTopicLink", "topic", 3),
      ].join("\n"),
    ),
    condition: Prisma.raw(`"rejectedOutcome"."id" IS NULL AND "rejectedParticipation"."id" IS NULL AND "rejectedTopicLink"."id" IS NULL`),
  };
}
