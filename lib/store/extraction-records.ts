import { PEOPLE, personBySlug } from "@/lib/gazetteer/people";
import { sha256Of } from "@/lib/ingest";
import { placeByName } from "@/lib/gazetteer/places";
import { worldCitiesNamed } from "@/lib/gazetteer/world-cities";
import type { Extraction } from "@/lib/schemas/extraction";
import type { EngagementRecord, EvidenceRecord, PersonRef } from "@/lib/store/records";
import { slugify } from "@/lib/store/slugs";
import type { Side } from "@/lib/taxonomy/enums";

type ExtractedEngagement = Extraction["engagements"][number];
type ExtractedEvidence = ExtractedEngagement["participants"][number]["evidence"][number];

function personRef(name: string, side: Side, slug: string | undefined): PersonRef {
  const wanted = name.toLowerCase();
  const known =
    (slug === undefined ? undefined : personBySlug(slug)) ??
    PEOPLE.find((person) => person.name.toLowerCase() === wanted || person.aliases.some((alias) => alias.toLowerCase() === wanted));
  if (known) return { slug: known.slug, name: known.name, side: known.side };
  // A name in a script slugify cannot spell (王毅) still needs a slug of its own.
  return { slug: slugify(name) || `person-${sha256Of(name).slice(0, 12)}`, name, side };
}

/** "yyyy-mm" (month precision) or "yyyy-mm-dd" as a stored first day plus its precision. */
function storedDate(date: string | null): { day: string | null; precision: "day" | "month" } {
  if (date === null) return { day: null, precision: "day" };
  return date.length === 7 ? { day: `${date}-01`, precision: "month" } : { day: date, precision: "day" };
}

/**
 * Country and coordinates of an extracted place: the curated gazetteer first (venues, its own
 * spellings), then the GeoNames city list the extractor also reads (capitals, then the most
 * populous). Only in the country the extraction names, if it names one: "Paris, Texas" must not
 * get the coordinates of Paris, France. Coordinates let linkage tell a city from its namesake
 * and a venue from its city; a place in neither list (a country, a region) keeps its name only.
 */
function placeFixOf(place: { name: string; country: string | null }): { country: string; latitude: number; longitude: number } | undefined {
  const curated = placeByName(place.name);
  const candidates = [...(curated ? [curated] : []), ...worldCitiesNamed(place.name)];
  return candidates.find((candidate) => place.country === null || candidate.country === place.country);
}

function toRecord(engagement: ExtractedEngagement, articleId: number): EngagementRecord {
  const evidence = (list: ExtractedEvidence[] | undefined, claim?: string): EvidenceRecord[] =>
    (list ?? []).map((selector) => ({ articleId, claim, selector }));
  const start = storedDate(engagement.date);
  const end = storedDate(engagement.dateEnd);
  const known = engagement.place ? placeFixOf(engagement.place) : undefined;
  return {
    slug: "",
    title: engagement.title,
    kind: engagement.kind,
    status: engagement.status,
    startDate: start.day,
    endDate: end.day,
    // A range is only as precise as its vaguer end: "15 November to December" is a month range.
    datePrecision: start.precision === "month" || (end.day !== null && end.precision === "month") ? "month" : "day",
    place: engagement.place && {
      name: engagement.place.name,
      country: engagement.place.country ?? known?.country ?? null,
      latitude: known?.latitude ?? null,
      longitude: known?.longitude ?? null,
    },
    occasion: engagement.occasion ?? null,
    summary: null,
    origin: "extracted",
    confidence: engagement.confidence,
    dateEvidence: evidence(engagement.dateEvidence, engagement.date ?? undefined),
    placeEvidence: evidence(engagement.placeEvidence, engagement.place?.name),
    participants: engagement.participants.map((participant) => ({
      person: personRef(participant.name, participant.side, participant.slug),
      title: participant.title,
      evidence: evidence(participant.evidence),
    })),
    topics: engagement.topics.map((topic) => ({ slug: topic.slug, evidence: evidence(topic.evidence) })),
    outcomes: engagement.outcomes.map((outcome) => ({ ...outcome, evidence: evidence(outcome.evidence) })),
  };
}

/** Store records for every extracted engagement; the slug is chosen when it is written. */
export function extractionToRecords(extraction: Extraction, articleId: number): EngagementRecord[] {
  return extraction.engagements.map((engagement) => toRecord(engagement, articleId));
}
