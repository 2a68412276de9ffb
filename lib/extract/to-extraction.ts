import { referenceDay, titleOf } from "@/lib/extract/steps/classify-engagements";
import type { DraftEngagement, ExtractionState, Span } from "@/lib/extract/types";
import type { Evidence, ExtractedEngagement } from "@/lib/schemas/extraction";
import { selectorAt } from "@/lib/store/resolve-quote";

/** Turns the pipeline's drafts into the published contract, every span into a quote selector. */

function evidenceOf(text: string, spans: readonly Span[]): Evidence[] {
  const unique = [...new Map(spans.map((span) => [`${span.start}:${span.end}`, span])).values()].sort((a, b) => a.start - b.start);
  return unique.map((span) => selectorAt(text, span.start, span.end));
}

export function toExtractedEngagement(state: ExtractionState, engagement: DraftEngagement): ExtractedEngagement {
  const { text, published } = state;
  const day = referenceDay(engagement, published);
  const date = engagement.date;
  return {
    role: engagement.role,
    status: engagement.status ?? "held",
    kind: engagement.kind,
    title: engagement.title,
    date: date?.value ?? null,
    dateEnd: date?.valueEnd ?? null,
    place: engagement.place ? { name: engagement.place.name, country: engagement.place.country } : null,
    participants: engagement.participants.map((participation) => ({
      name: participation.person.name,
      side: participation.person.side,
      title: titleOf(participation, day),
      ...(participation.person.slug ? { slug: participation.person.slug } : {}),
      evidence: evidenceOf(text, participation.evidence),
    })),
    topics: engagement.topics.map((topic) => ({ slug: topic.slug, evidence: evidenceOf(text, topic.evidence) })),
    outcomes: engagement.outcomes.map((outcome) => ({ statement: outcome.statement, topic: outcome.topic, status: outcome.status, side: outcome.side, evidence: evidenceOf(text, outcome.evidence) })),
    confidence: engagement.confidence,
    ...(date ? { dateEvidence: evidenceOf(text, [date]) } : {}),
    ...(engagement.place ? { placeEvidence: evidenceOf(text, [engagement.place]) } : {}),
    occasion: engagement.occasion?.text ?? null,
  };
}
