import { daysBetween } from "@/lib/extract/calendar";
import { namesOfOnePlace } from "@/lib/gazetteer/places";
import type { ExtractedEngagement, GoldEngagement } from "@/lib/schemas/extraction";

/**
 * Scoring extracted engagements against hand annotations. Engagements pair up when they
 * share a participant (or, naming nobody, share kind and place) and their dates agree (same day within DAY_TOLERANCE, or the same
 * month when one side is month-precise, or one side undated); the facts of paired
 * engagements are then compared one by one.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Accuracy {
  right: number;
  total: number;
}

export const COUNTED = ["engagements", "participants", "topics", "outcomes"] as const;
export const JUDGED = ["role", "status", "date", "place", "kind"] as const;

export type Score = Record<(typeof COUNTED)[number], Counts> & Record<(typeof JUDGED)[number], Accuracy>;

export interface ArticleScore {
  score: Score;
  /** human-readable misses, for --verbose */
  misses: string[];
}

const DAY_TOLERANCE = 2;
const STATEMENT_SIMILARITY = 0.25;

export function emptyScore(): Score {
  const counts = () => ({ tp: 0, fp: 0, fn: 0 });
  const accuracy = () => ({ right: 0, total: 0 });
  return { engagements: counts(), participants: counts(), topics: counts(), outcomes: counts(), role: accuracy(), status: accuracy(), date: accuracy(), place: accuracy(), kind: accuracy() };
}

export function addScores(a: Score, b: Score): Score {
  const sum = emptyScore();
  for (const key of COUNTED) sum[key] = { tp: a[key].tp + b[key].tp, fp: a[key].fp + b[key].fp, fn: a[key].fn + b[key].fn };
  for (const key of JUDGED) sum[key] = { right: a[key].right + b[key].right, total: a[key].total + b[key].total };
  return sum;
}

export function f1Of(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function normalized(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

function datesAgree(gold: string | null, extracted: string | null): boolean {
  if (!gold || !extracted) return true;
  if (gold.length === 10 && extracted.length === 10) return Math.abs(daysBetween(gold, extracted)) <= DAY_TOLERANCE;
  const length = Math.min(gold.length, extracted.length);
  return gold.slice(0, length) === extracted.slice(0, length);
}

function sharedCount(gold: readonly string[], extracted: readonly string[]): number {
  const wanted = new Set(gold.map(normalized));
  return new Set(extracted.map(normalized).filter((item) => wanted.has(item))).size;
}

/**
 * Engagements whose people neither side names ("the trade talks in Geneva") pair by what
 * identifies them instead: the same kind and place, and dates that agree.
 */
function unnamedPair(gold: GoldEngagement, extracted: ExtractedEngagement): boolean {
  return gold.participants.length === 0 && extracted.participants.length === 0 && gold.kind === extracted.kind && samePlace(gold.place, extracted.place);
}

function pairScore(gold: GoldEngagement, extracted: ExtractedEngagement): number {
  const shared = sharedCount(gold.participants, extracted.participants.map((participant) => participant.name));
  if ((shared === 0 && !unnamedPair(gold, extracted)) || !datesAgree(gold.date, extracted.date)) return -1;
  return shared + (gold.date === extracted.date ? 1 : 0) + (gold.status === extracted.status ? 0.5 : 0) + (gold.kind === extracted.kind ? 0.5 : 0);
}

/** Greedy one-to-one pairing, best-scoring pairs first. */
function pairUp<G, X>(gold: readonly G[], extracted: readonly X[], score: (g: G, x: X) => number): [number, number][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, i) => extracted.forEach((x, j) => {
    const value = score(g, x);
    if (value >= 0) candidates.push([value, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0]);
  const usedGold = new Set<number>();
  const usedExtracted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedExtracted.has(j)) continue;
    usedGold.add(i);
    usedExtracted.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

function wordsOf(text: string): Set<string> {
  return new Set(normalized(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2));
}

function similarity(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / Math.max(1, new Set([...left, ...right]).size);
}

type Outcome = { statement: string; status: string; topic: string | null };

function outcomeScore(gold: Outcome, extracted: Outcome): number {
  if (gold.status !== extracted.status) return -1;
  if (gold.topic !== null && gold.topic === extracted.topic) return 2;
  const similar = similarity(gold.statement, extracted.statement);
  return similar >= STATEMENT_SIMILARITY ? similar : -1;
}

function countSets(gold: readonly string[], extracted: readonly string[]): Counts {
  const tp = sharedCount(gold, extracted);
  return { tp, fp: new Set(extracted.map(normalized)).size - tp, fn: new Set(gold.map(normalized)).size - tp };
}

function judge(accuracy: Accuracy, right: boolean): void {
  accuracy.total += 1;
  if (right) accuracy.right += 1;
}

/**
 * The same place: the same name, or two names of one gazetteer entry (a venue and its
 * alias: "Filoli estate, Woodside" and "Woodside"). A city never matches its country, nor
 * two different entries in one country.
 */
function samePlace(gold: GoldEngagement["place"], extracted: ExtractedEngagement["place"]): boolean {
  if (!gold || !extracted) return gold === extracted;
  return normalized(gold.name) === normalized(extracted.name) || namesOfOnePlace(gold.name, extracted.name);
}

function describe(engagement: { date: string | null; participants: readonly (string | { name: string })[] }): string {
  const names = engagement.participants.map((participant) => (typeof participant === "string" ? participant : participant.name));
  return `${names.join(", ")} (${engagement.date ?? "undated"})`;
}

export function scoreArticle(gold: readonly GoldEngagement[], extracted: readonly ExtractedEngagement[]): ArticleScore {
  const score = emptyScore();
  const misses: string[] = [];
  const pairs = pairUp(gold, extracted, pairScore);
  const pairedGold = new Set(pairs.map(([i]) => i));
  const pairedExtracted = new Set(pairs.map(([, j]) => j));
  score.engagements = { tp: pairs.length, fp: extracted.length - pairs.length, fn: gold.length - pairs.length };

  for (const [i, j] of pairs) {
    const g = gold[i];
    const x = extracted[j];
    if (!g || !x) continue;
    const add = (key: "participants" | "topics", counts: Counts) => {
      score[key] = { tp: score[key].tp + counts.tp, fp: score[key].fp + counts.fp, fn: score[key].fn + counts.fn };
      if (counts.fp || counts.fn) misses.push(`${key} of ${describe(g)}: gold [${key === "participants" ? g.participants : g.topics}] vs extracted [${key === "participants" ? x.participants.map((p) => p.name) : x.topics.map((t) => t.slug)}]`);
    };
    add("participants", countSets(g.participants, x.participants.map((participant) => participant.name)));
    add("topics", countSets(g.topics, x.topics.map((topic) => topic.slug)));
    const outcomePairs = pairUp(g.outcomes, x.outcomes, outcomeScore);
    score.outcomes.tp += outcomePairs.length;
    score.outcomes.fp += x.outcomes.length - outcomePairs.length;
    score.outcomes.fn += g.outcomes.length - outcomePairs.length;
    g.outcomes.forEach((outcome, index) => {
      if (!outcomePairs.some(([k]) => k === index)) misses.push(`missed outcome of ${describe(g)}: ${outcome.status} [${outcome.topic}] ${outcome.statement}`);
    });
    x.outcomes.forEach((outcome, index) => {
      if (!outcomePairs.some(([, k]) => k === index)) misses.push(`extra outcome of ${describe(g)}: ${outcome.status} [${outcome.topic}] ${outcome.statement}`);
    });
    const judged: [(typeof JUDGED)[number], boolean, string, string][] = [
      ["role", g.role === x.role, g.role, x.role],
      ["status", g.status === x.status, g.status, x.status],
      ["date", g.date === x.date, String(g.date), String(x.date)],
      ["place", samePlace(g.place, x.place), String(g.place?.name ?? null), String(x.place?.name ?? null)],
      ["kind", g.kind === x.kind, g.kind, x.kind],
    ];
    for (const [key, right, want, got] of judged) {
      judge(score[key], right);
      if (!right) misses.push(`${key} of ${describe(g)}: gold ${want}, extracted ${got}`);
    }
  }
  gold.forEach((g, i) => {
    if (pairedGold.has(i)) return;
    score.participants.fn += g.participants.length;
    score.topics.fn += g.topics.length;
    score.outcomes.fn += g.outcomes.length;
    misses.push(`missed engagement: ${g.kind} ${describe(g)}`);
  });
  extracted.forEach((x, j) => {
    if (pairedExtracted.has(j)) return;
    score.participants.fp += x.participants.length;
    score.topics.fp += x.topics.length;
    score.outcomes.fp += x.outcomes.length;
    misses.push(`extra engagement: ${x.kind} ${describe(x)}`);
  });
  return { score, misses };
}
