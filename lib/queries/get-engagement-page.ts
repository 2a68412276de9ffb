import type { Db } from "@/lib/db/client";
import { findDisagreements, NO_DISAGREEMENTS, type EngagementDisagreements, type FactVersions } from "./find-disagreements";
import { getEngagement, type EngagementDetail } from "./get-engagement";
import type { Support } from "./view";

export interface EngagementPage {
  engagement: EngagementDetail;
  disagreements: EngagementDisagreements;
}

/**
 * Everything the engagement page shows: the engagement with its facts and evidence, and
 * where its sources disagree. Date and place excerpts take the claim wording of their
 * version ("November 2022", not the stored first day "1 November 2022").
 */
export async function getEngagementPage(db: Db, slug: string): Promise<EngagementPage | null> {
  const [engagement, disagreements] = await Promise.all([getEngagement(db, slug), findDisagreements(db, slug)]);
  if (engagement === null) return null;
  const found = disagreements ?? NO_DISAGREEMENTS;
  return {
    engagement: {
      ...engagement,
      date: relabelClaims(engagement.date, found.date),
      place: engagement.place && relabelClaims(engagement.place, found.place),
    },
    disagreements: found,
  };
}

function relabelClaims<T extends Support>(fact: T, versions: FactVersions | null): T {
  if (versions === null) return fact;
  const labels = new Map(versions.versions.flatMap((version) => version.evidence.map((evidence) => [evidence.id, version.label] as const)));
  return { ...fact, evidence: fact.evidence.map((evidence) => ({ ...evidence, claim: labels.get(evidence.id) ?? evidence.claim })) };
}
