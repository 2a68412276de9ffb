import type { Sentence, Span } from "@/lib/extract/types";

/** Small text utilities shared by the steps. Regexes are compiled once, at module load. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A phrase as a regex source. A trailing * matches any word ending ("tariff*" → "tariffs");
 * spaces match any run of spaces.
 */
function phraseSource(phrase: string): string {
  const wildcard = phrase.endsWith("*");
  const body = escapeRegExp(wildcard ? phrase.slice(0, -1) : phrase).replace(/ /g, "\\s+");
  return wildcard ? `${body}[\\w-]*` : body;
}

/**
 * One regex for a list of phrases, longest first so "phone call" wins over "call", on word
 * boundaries. The boundaries are ASCII and shared by the whole alternation (no unicode
 * flag, no per-phrase lookarounds): V8 scans such a regex several times faster, and the
 * gazetteers and cue lists are written in ASCII.
 */
export function compilePhrases(phrases: readonly string[], flags = "g"): RegExp {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  // \b is much cheaper than a lookbehind, and equivalent when every phrase starts with a word character
  const before = unique.every((phrase) => /^\w/.test(phrase)) ? "\\b" : "(?<!\\w)";
  return new RegExp(`${before}(?:${unique.map(phraseSource).join("|")})(?!\\w)`, flags);
}

/** ASCII lower case, same length and offsets: lets a case-sensitive regex match case-insensitively, faster. */
export function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

export interface TaggedPattern {
  pattern: RegExp;
  /** the tag of the phrase a match came from */
  tagOf: (matched: string) => string | undefined;
}

function phraseKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ");
}

/**
 * One regex for phrases that each carry a tag (a topic slug for its cues): one scan finds
 * them all, longest phrase first across tags ("trade secrets" before "trade"). Phrases are
 * lower case; run it on lowerAscii(text).
 */
export function compileTaggedPhrases(entries: readonly { phrase: string; tag: string }[], flags = "g"): TaggedPattern {
  const exact = new Map(entries.filter((entry) => !entry.phrase.endsWith("*")).map((entry) => [phraseKey(entry.phrase), entry.tag]));
  const prefixes = entries
    .filter((entry) => entry.phrase.endsWith("*"))
    .map((entry) => ({ prefix: phraseKey(entry.phrase.slice(0, -1)), tag: entry.tag }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const tagOf = (matched: string) => {
    const key = phraseKey(matched);
    return exact.get(key) ?? prefixes.find((entry) => key.startsWith(entry.prefix))?.tag;
  };
  return { pattern: compilePhrases(entries.map((entry) => entry.phrase), flags), tagOf };
}

/**
 * Every match of a global regex inside [from, to) of the text, as spans. Only that stretch
 * is scanned (a regex given the whole text would search past `to` for its next match).
 */
export function findSpans(pattern: RegExp, text: string, from = 0, to = text.length): Span[] {
  const found: Span[] = [];
  const stretch = from === 0 && to === text.length ? text : text.slice(from, to);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(stretch); match; match = pattern.exec(stretch)) {
    found.push({ start: from + match.index, end: from + match.index + match[0].length, text: match[0] });
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

/** The index of the sentence containing an offset (binary search; sentences are in text order). */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const sentence = sentences[middle];
    if (sentence && sentence.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Characters between an item and the nearest of some spans (0 when they touch or overlap); Infinity with no spans. */
export function distanceTo(item: { start: number; end: number }, spans: readonly { start: number; end: number }[]): number {
  return Math.min(...spans.map((span) => (item.start >= span.end ? item.start - span.end : Math.max(0, span.start - item.end))));
}

/** Whether one of the spans holds the item whole. */
export function inside(spans: readonly { start: number; end: number }[], item: { start: number; end: number }): boolean {
  return spans.some((span) => span.start <= item.start && item.end <= span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Drops spans overlapping an earlier-listed one: callers list preferred spans first. */
export function withoutOverlaps<T extends Span>(spans: readonly T[]): T[] {
  // the offsets kept spans cover: linear in the spans' lengths, where comparing each pair was quadratic in their number
  const covered = new Uint8Array(spans.reduce((end, span) => Math.max(end, span.end), 0));
  const kept: T[] = [];
  for (const span of spans) {
    if (covered.subarray(span.start, span.end).includes(1)) continue;
    covered.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
