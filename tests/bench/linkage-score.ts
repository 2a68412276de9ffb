import { placeByName } from "@/lib/gazetteer/places";
import type { LinkageRole } from "@/tests/bench/linkage-corpus";

/** One ingested article with its ground truth and where linkage put it. */
export interface LinkedArticle {
  meetingId: number;
  meetingPlace: string;
  meetingDay: string;
  /** the article's file name, to find it again */
  file: string;
  role: LinkageRole;
  /** the engagement holding most of the article's evidence; null when nothing was stored for it */
  engagementId: number | null;
  /** that engagement's stored place */
  storedPlace: string | null;
}

export interface LinkageScore {
  goldPairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  /** pairs of articles about different meetings put in one engagement */
  falseMergePairs: number;
  /** engagements holding articles about more than one meeting */
  mixedEngagements: number;
  duplicates: number;
  duplicatesMerged: number;
  undated: number;
  undatedJoined: number;
  undatedStoredApart: number;
  /** true duplicates stored apart from their meeting's first report, with where each went */
  missedDuplicates: { duplicate: LinkedArticle; first: LinkedArticle | undefined }[];
  meetings: number;
  meetingsStoredWithPlace: number;
  articlesWithoutEngagement: number;
}

const pairsOf = (size: number) => (size * (size - 1)) / 2;

function countBy<T>(items: T[], key: (item: T) => string | number): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** True place of a meeting vs a stored place name: the same gazetteer entry. */
const samePlaceEntry = (truth: string, stored: string | null) => stored !== null && placeByName(stored)?.name === truth;

/**
 * Pairwise merge precision and recall: a pair of articles is predicted together when both went
 * to one engagement, and truly together when both report one meeting.
 */
export function scoreLinkage(articles: LinkedArticle[]): LinkageScore {
  const linked = articles.filter((article): article is LinkedArticle & { engagementId: number } => article.engagementId !== null);
  const goldPairs = [...countBy(articles, (article) => article.meetingId).values()].reduce((sum, size) => sum + pairsOf(size), 0);
  const predictedPairs = [...countBy(linked, (article) => article.engagementId).values()].reduce((sum, size) => sum + pairsOf(size), 0);
  const correctPairs = [...countBy(linked, (article) => `${article.engagementId}:${article.meetingId}`).values()].reduce((sum, size) => sum + pairsOf(size), 0);

  const meetingsPerEngagement = new Map<number, Set<number>>();
  for (const article of linked) meetingsPerEngagement.set(article.engagementId, (meetingsPerEngagement.get(article.engagementId) ?? new Set()).add(article.meetingId));

  const firstReports = new Map(articles.filter((article) => article.role === "first").map((article) => [article.meetingId, article]));
  const joinsFirst = (article: LinkedArticle) => article.engagementId !== null && firstReports.get(article.meetingId)?.engagementId === article.engagementId;
  const duplicates = articles.filter((article) => article.role === "duplicate");
  const undated = articles.filter((article) => article.role === "undated");
  const meetings = [...firstReports.values()];
  // A meeting is stored with its place when every engagement holding a dated report of it carries that place.
  const unplaced = new Set(articles.filter((article) => article.role !== "undated" && !samePlaceEntry(article.meetingPlace, article.storedPlace)).map((article) => article.meetingId));

  return {
    goldPairs,
    predictedPairs,
    correctPairs,
    precision: predictedPairs === 0 ? 1 : correctPairs / predictedPairs,
    recall: goldPairs === 0 ? 1 : correctPairs / goldPairs,
    falseMergePairs: predictedPairs - correctPairs,
    mixedEngagements: [...meetingsPerEngagement.values()].filter((ids) => ids.size > 1).length,
    duplicates: duplicates.length,
    duplicatesMerged: duplicates.filter(joinsFirst).length,
    undated: undated.length,
    undatedJoined: undated.filter(joinsFirst).length,
    undatedStoredApart: undated.filter((article) => article.engagementId !== null && !joinsFirst(article)).length,
    missedDuplicates: duplicates.filter((article) => !joinsFirst(article)).map((duplicate) => ({ duplicate, first: firstReports.get(duplicate.meetingId) })),
    meetings: meetings.length,
    meetingsStoredWithPlace: meetings.filter((meeting) => !unplaced.has(meeting.meetingId)).length,
    articlesWithoutEngagement: articles.length - linked.length,
  };
}
