import type { Sentence, Span } from "@/lib/extract/types";

/** Small text utilities shared by the steps. Regexes are compiled once, at module load. */

const LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
const LETTER_AFTER = "(?![\\p{L}\\p{N}])";

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One regex for a list of phrases, longest first so "phone call" wins over "call".
 * A trailing * matches any word ending ("tariff*" → "tariffs"); phrases match on word
 * boundaries; spaces match any run of spaces.
 */
export function compilePhrases(phrases: readonly string[], flags = "giu"): RegExp {
  const sources = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      const wildcard = phrase.endsWith("*");
      const body = escapeRegExp(wildcard ? phrase.slice(0, -1) : phrase).replace(/ /g, "\\s+");
      return wildcard ? `${body}[\\p{L}\\p{N}-]*` : body;
    });
  return new RegExp(`${LETTER_BEFORE}(?:${sources.join("|")})${LETTER_AFTER}`, flags);
}

/** Every match of a global regex inside [from, to) of the text, as spans. */
export function findSpans(pattern: RegExp, text: string, from = 0, to = text.length): Span[] {
  const found: Span[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    found.push({ start: match.index, end, text: match[0] });
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

/** Every match with its groups, for patterns that parse what they find. */
export function findMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
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

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Drops spans overlapping an earlier-listed one: callers list preferred spans first. */
export function withoutOverlaps<T extends Span>(spans: readonly T[]): T[] {
  const kept: T[] = [];
  for (const span of spans) if (!kept.some((other) => overlaps(other, span))) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
