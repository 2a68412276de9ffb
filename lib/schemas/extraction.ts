import { z } from "zod";
import {
  engagementKindSchema,
  engagementStatusSchema,
  outcomeSideSchema,
  outcomeStatusSchema,
  sideSchema,
} from "@/lib/taxonomy/enums";

/**
 * The extractor's output (`npm run extract -- --json`): tools outside the project read it,
 * so the documented keys are fixed; optional keys may be added, never renamed.
 * Every offset indexes the article's cleaned text.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected yyyy-mm-dd");
/** a day, or a month when the text only gives the month */
const partialDate = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, "expected yyyy-mm-dd or yyyy-mm");

export const evidenceSchema = z
  .strictObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
  })
  .refine((evidence) => evidence.end - evidence.start === evidence.exact.length, "end - start must equal the length of exact");

const evidenceList = z.array(evidenceSchema).min(1);

export const extractedParticipantSchema = z.strictObject({
  name: z.string().min(1),
  side: sideSchema,
  title: z.string().nullable(),
  /** gazetteer slug (lib/gazetteer/people.ts) when the person is known */
  slug: z.string().optional(),
  evidence: evidenceList,
});

export const extractedTopicSchema = z.strictObject({
  slug: z.string().min(1),
  evidence: evidenceList,
});

export const extractedOutcomeSchema = z.strictObject({
  statement: z.string().min(1),
  topic: z.string().nullable(),
  status: outcomeStatusSchema,
  side: outcomeSideSchema.nullable(),
  evidence: evidenceList,
});

export const extractedPlaceSchema = z.strictObject({
  name: z.string().min(1),
  country: z.string().nullable(),
});

export const extractedEngagementSchema = z.strictObject({
  role: z.enum(["main", "mentioned"]),
  status: engagementStatusSchema,
  kind: engagementKindSchema,
  title: z.string().min(1),
  date: partialDate.nullable(),
  dateEnd: partialDate.nullable(),
  place: extractedPlaceSchema.nullable(),
  participants: z.array(extractedParticipantSchema),
  topics: z.array(extractedTopicSchema),
  outcomes: z.array(extractedOutcomeSchema),
  confidence: z.number().min(0).max(1),
  /** the words that give the date; present whenever `date` is */
  dateEvidence: z.array(evidenceSchema).optional(),
  /** the words that give the place; present whenever `place` is */
  placeEvidence: z.array(evidenceSchema).optional(),
  /** e.g. "on the sidelines of the G20 summit" */
  occasion: z.string().nullable().optional(),
});

export const extractionSchema = z.strictObject({
  article: z.strictObject({
    title: z.string().nullable(),
    published: isoDay.nullable(),
    publishedSource: z.string().nullable(),
    language: z.string().min(2),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** why extraction read less than the whole article ("extraction timed out …"); absent when it read it all */
    note: z.string().min(1).optional(),
  }),
  engagements: z.array(extractedEngagementSchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type ExtractedParticipant = z.infer<typeof extractedParticipantSchema>;
export type ExtractedTopic = z.infer<typeof extractedTopicSchema>;
export type ExtractedOutcome = z.infer<typeof extractedOutcomeSchema>;
export type ExtractedPlace = z.infer<typeof extractedPlaceSchema>;
export type ExtractedEngagement = z.infer<typeof extractedEngagementSchema>;
export type Extraction = z.infer<typeof extractionSchema>;

/** Hand-annotated engagements the extractor is scored against (tests/fixtures/gold/*.json). */
export const goldEngagementSchema = z.strictObject({
  role: z.enum(["main", "mentioned"]),
  status: engagementStatusSchema,
  kind: engagementKindSchema,
  date: partialDate.nullable(),
  place: extractedPlaceSchema.nullable(),
  /** names as the gazetteer writes them */
  participants: z.array(z.string().min(1)),
  topics: z.array(z.string().min(1)),
  outcomes: z.array(z.strictObject({ statement: z.string().min(1), status: outcomeStatusSchema, topic: z.string().nullable() })),
  /** the annotator's reasoning on judgment calls */
  note: z.string().optional(),
});

export const goldFileSchema = z.strictObject({
  description: z.string(),
  articles: z.array(
    z.strictObject({
      /** relative to the project root */
      file: z.string().min(1),
      published: isoDay.nullable(),
      title: z.string().nullable(),
      engagements: z.array(goldEngagementSchema),
    }),
  ),
});

export type GoldEngagement = z.infer<typeof goldEngagementSchema>;
export type GoldFile = z.infer<typeof goldFileSchema>;

/**
 * Real articles (tests/fixtures/real/<part>.json): a recipe to fetch each text again (texts
 * never enter the repository) and gold written in the annotator's own words.
 */
export const realRecipeSchema = z.strictObject({
  query: z.string().min(1),
  url: z.string().url(),
  rank: z.number().int().nonnegative(),
  /** of the saved text's UTF-8 bytes */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** in code points */
  chars: z.number().int().nonnegative(),
});

export const realGoldFileSchema = z.strictObject({
  description: z.string(),
  part: z.enum(["dev", "test", "dev2", "test2", "test3", "dev3", "test4", "dev4", "test5", "dev5", "test6", "dev6", "test7", "dev7", "test8"]),
  articles: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z]+-\d+$/),
      recipe: realRecipeSchema,
      source: z.enum(["wire", "us-gov", "cn-gov", "cn-state-media", "regional", "aggregator", "other"]),
      published: isoDay.nullable(),
      title: z.string().nullable(),
      engagements: z.array(goldEngagementSchema),
    }),
  ),
});

export type RealGoldFile = z.infer<typeof realGoldFileSchema>;
