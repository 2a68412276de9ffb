/**
 * What readers see. Rejected facts (participations, topic links, outcomes) and rejected
 * engagements stay in the database with their history for the desk, and are hidden from every
 * public read model: pages, search, exports, feeds and the API. The desk's own read models
 * (review queue, fact history) deliberately do not use these.
 */
import type { Prisma } from "@/lib/generated/prisma/client";

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
  return `${alias}.origin <> '${REJECTED}'`;
}
