/**
 * Boilerplate is judged line by line: in scraped news text each non-empty line is a
 * paragraph, a caption, a headline or a widget. A unit keeps its offsets in the normalised text.
 */

export interface Unit {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (end > start) units.push({ index: units.length, start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return units;
}

/** Space-separated tokens that hold a letter or digit soon after any opening punctuation ("“Not" counts, "—" does not). */
const WORD_START = /(?:^|\s)[^\s\p{L}\p{N}]{0,3}[\p{L}\p{N}]/gu;

export function countWords(text: string): number {
  return text.match(WORD_START)?.length ?? 0;
}

/** Ends like a sentence: final punctuation, possibly inside closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…][”"’')\]]*$/.test(text);
}

/** Short and without final sentence punctuation: a headline, title or section heading. */
export function isHeadlineLike(text: string): boolean {
  return text.length <= 160 && countWords(text) <= 20 && !/[.,;:]["”’')\]]*$/.test(text);
}

/** A truncated promotional teaser: "… Continue reading", "... Read more". */
export function isTeaser(text: string): boolean {
  return /(?:…|\.\.\.)?\s*(?:continue reading|read more|read the full (?:story|article)|full story)\s*[»›→>]*$/i.test(text);
}

/** A full prose paragraph of a story, as opposed to a headline, dek or teaser. */
export function isStoryParagraph(text: string): boolean {
  return countWords(text) >= 20 && endsSentence(text) && !isTeaser(text);
}
