import { z } from "zod";
import {
  datePrecisionSchema,
  engagementKindSchema,
  engagementStatusSchema,
  outcomeSideSchema,
  outcomeStatusSchema,
} from "@/lib/taxonomy/enums";

/**
 * Curation files (prisma/curation/*.json): reviewed facts, each given by the words that
 * state it. The loader resolves every quote to offsets in the source's cleaned text.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected yyyy-mm-dd");
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case slug");

/** A W3C text-quote selector as a curator writes it; prefix/suffix only where `exact` repeats. */
export const curatedQuoteSchema = z.strictObject({
  /** corpus article slug */
  source: z.string().min(1),
  exact: z.string().min(3),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const evidenceList = z.array(curatedQuoteSchema).min(1, "every fact needs at least one quote");

export const curatedEngagementSchema = z.strictObject({
  slug,
  title: z.string().min(3),
  kind: engagementKindSchema,
  status: engagementStatusSchema,
  date: z.strictObject({
    start: isoDay,
    end: isoDay.optional(),
    precision: datePrecisionSchema,
    evidence: evidenceList,
  }),
  place: z
    .strictObject({
      name: z.string().min(1),
      country: z.string().min(2).nullable(),
      latitude: z.number().min(-90).max(90).nullable(),
      longitude: z.number().min(-180).max(180).nullable(),
      evidence: evidenceList,
    })
    .nullable(),
  occasion: z.string().nullable(),
  summary: z.string().min(10),
  participants: z.array(
    z.strictObject({
      /** person slug from lib/gazetteer/people.ts */
      person: slug,
      title: z.string().nullable(),
      evidence: evidenceList,
    }),
  ),
  topics: z.array(z.strictObject({ slug, evidence: evidenceList })),
  outcomes: z.array(
    z.strictObject({
      statement: z.string().min(5),
      topic: slug.nullable(),
      status: outcomeStatusSchema,
      side: outcomeSideSchema.nullable(),
      evidence: evidenceList,
    }),
  ),
});

export const curationFileSchema = z.strictObject({
  engagements: z.array(curatedEngagementSchema).min(1),
});

export type CuratedQuote = z.infer<typeof curatedQuoteSchema>;
export type CuratedEngagement = z.infer<typeof curatedEngagementSchema>;
export type CurationFile = z.infer<typeof curationFileSchema>;
