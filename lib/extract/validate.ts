import type { z } from "zod";
import {
  evidenceSchema,
  extractedEngagementSchema,
  extractedOutcomeSchema,
  extractedParticipantSchema,
  extractedTopicSchema,
  type Evidence,
  type ExtractedEngagement,
  type Extraction,
} from "@/lib/schemas/extraction";

/**
 * The last step of extraction: every fact checked against the published contract and the
 * article's text. A fact that fails (an empty statement, a quote outside the text or not
 * matching it) is dropped with a warning naming the article and the fact; the article and
 * its other facts are kept, so one bad fact never costs a whole article.
 */

export type Warn = (message: string) => void;

function quoteProblem(text: string, evidence: readonly Evidence[]): string | null {
  for (const quote of evidence) {
    if (!evidenceSchema.safeParse(quote).success || quote.end > text.length) return `quote ${quote.start}–${quote.end} lies outside the text`;
    if (text.slice(quote.start, quote.end) !== quote.exact) return `quote ${quote.start}–${quote.end} does not match the text`;
  }
  return null;
}

function problemOf(schema: z.ZodType, fact: unknown, text: string, evidence: readonly Evidence[] | undefined): string | null {
  const parsed = schema.safeParse(fact);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join(".") || "value"}: ${issue.message}`).join("; ");
  return evidence ? quoteProblem(text, evidence) : null;
}

function kept<T extends { evidence: Evidence[] }>(facts: readonly T[], schema: z.ZodType, text: string, describe: (fact: T) => string, warn: (what: string, why: string) => void): T[] {
  return facts.filter((fact) => {
    const problem = problemOf(schema, fact, text, fact.evidence);
    if (problem) warn(describe(fact), problem);
    return !problem;
  });
}

function validatedEngagement(engagement: ExtractedEngagement, text: string, warn: (what: string, why: string) => void): ExtractedEngagement | null {
  const where = `engagement "${engagement.title}"`;
  const checked: ExtractedEngagement = {
    ...engagement,
    participants: kept(engagement.participants, extractedParticipantSchema, text, (fact) => `participant "${fact.name}" of ${where}`, warn),
    topics: kept(engagement.topics, extractedTopicSchema, text, (fact) => `topic "${fact.slug}" of ${where}`, warn),
    outcomes: kept(engagement.outcomes, extractedOutcomeSchema, text, (fact) => `outcome "${fact.statement}" of ${where}`, warn),
  };
  // a date or place whose quote is broken goes with its quote: a fact is never kept without its words
  for (const [key, evidenceKey] of [["date", "dateEvidence"], ["place", "placeEvidence"]] as const) {
    const evidence = checked[evidenceKey];
    const problem = evidence ? quoteProblem(text, evidence) : null;
    if (!problem) continue;
    warn(`${key} of ${where}`, problem);
    if (key === "date") Object.assign(checked, { date: null, dateEnd: null, dateEvidence: undefined });
    else Object.assign(checked, { place: null, placeEvidence: undefined });
  }
  const problem = problemOf(extractedEngagementSchema, checked, text, undefined);
  if (problem) {
    warn(where, problem);
    return null;
  }
  return extractedEngagementSchema.parse(checked);
}

export function validatedExtraction(extraction: Extraction, text: string, articleLabel: string, onWarning: Warn): Extraction {
  const warn = (what: string, why: string) => onWarning(`${articleLabel}: dropped ${what}: ${why}`);
  const engagements = extraction.engagements.map((engagement) => validatedEngagement(engagement, text, warn)).filter((engagement) => engagement !== null);
  return { ...extraction, engagements };
}
