import type { Db } from "@/lib/db/client";
import { NO_TIMELINE_FILTERS } from "@/lib/filters";
import { buildTimelineWhere } from "./build-timeline-where";
import { countEngagementsUpTo } from "./bounded-count";
import { engagementYearRange, pageEngagements, type EngagementKey, type EngagementPosition } from "./engagement-keyset";
import {
  ARTICLE_REF_SELECT,
  byEngagementDate,
  labelKind,
  labelSide,
  supportOf,
  toEngagementRef,
  toOriginView,
  type EngagementRef,
  type LabelledValue,
  type OriginView,
  type Support,
} from "./view";
import type { Side } from "@/lib/taxonomy/enums";
import { VISIBLE, VISIBLE_EVIDENCE } from "./visibility";

export interface PersonTitleView {
  title: string;
  start: string | null;
  end: string | null;
}

export interface PersonEngagement extends EngagementRef, OriginView, Support {
  kind: LabelledValue<string>;
  /** the title as the sources give it, else the one the person held on that date */
  titleHeld: string | null;
}

export interface PersonDetail {
  slug: string;
  name: string;
  side: LabelledValue<Side>;
  aliases: string[];
  titles: PersonTitleView[];
  /** one page of their engagements, oldest first */
  engagements: PersonEngagement[];
  /** counted up to COUNT_LIMIT + 1 */
  totalEngagements: number;
  /** this page's engagement ids (for the page's map) */
  engagementIds: number[];
  page: { older: EngagementKey | null; newer: EngagementKey | null; years: string[]; hasUndated: boolean };
}

/** Engagements per page of a person: each with its participation excerpts; 15 keep the page, with its map, under 150 kB. */
export const PERSON_PAGE_SIZE = 15;

/** A person and one page of the engagements they took part in, oldest first; null when the slug is unknown. */
export async function getPerson(db: Db, slug: string, position: EngagementPosition = null): Promise<PersonDetail | null> {
  const where = buildTimelineWhere({ ...NO_TIMELINE_FILTERS, person: slug });
  const [page, range, totalEngagements] = await Promise.all([pageEngagements(db, where, position, PERSON_PAGE_SIZE), engagementYearRange(db, where), countEngagementsUpTo(db, where)]);
  const person = await db.person.findUnique({
    where: { slug },
    include: {
      aliases: { orderBy: { alias: "asc" } },
      titles: { orderBy: [{ startDate: "asc" }, { id: "asc" }] },
      participations: {
        where: { ...VISIBLE, engagementId: { in: page.ids } },
        include: {
          engagement: { select: { id: true, slug: true, title: true, kind: true, startDate: true, endDate: true, datePrecision: true } },
          evidence: { where: VISIBLE_EVIDENCE, include: { article: ARTICLE_REF_SELECT } },
        },
      },
    },
  });
  if (person === null) return null;
  const titles = person.titles.map(({ title, startDate, endDate }) => ({ title, start: startDate, end: endDate }));
  return {
    slug: person.slug,
    name: person.name,
    side: labelSide(person.side),
    aliases: person.aliases.map((alias) => alias.alias),
    titles,
    engagements: person.participations
      .sort((a, b) => byEngagementDate(a.engagement, b.engagement))
      .map((participation) => ({
        ...toEngagementRef(participation.engagement),
        kind: labelKind(participation.engagement.kind),
        titleHeld: participation.title ?? titleHeldOn(titles, participation.engagement.startDate),
        ...toOriginView(participation),
        ...supportOf(participation.evidence),
      })),
    totalEngagements,
    engagementIds: page.ids,
    page: { older: page.older, newer: page.newer, ...range },
  };
}

/** The title whose inclusive bounds contain the day (null bounds are open). */
export function titleHeldOn(titles: PersonTitleView[], day: string | null): string | null {
  if (day === null) return null;
  return titles.find(({ start, end }) => (start === null || start <= day) && (end === null || day <= end))?.title ?? null;
}
