import type { Sentence, Step } from "@/lib/extract/types";

/**
 * Step 1: paragraphs (one per non-blank line: the cleaner keeps one paragraph per line) and
 * sentences inside them, with offsets into the cleaned text.
 */

/** Words followed by a period that do not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "adm", "sen", "rep", "gov", "sgt", "capt", "maj", "cmdr", "rev", "st", "jr", "sr",
    "co", "inc", "corp", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "calif", "ariz", "fla", "mass", "conn", "va", "md", "del", "ore", "penn", "ill", "mich", "minn", "tenn", "tex", "ky", "wis", "colo",
  ],
);

/** After a dotted initialism ("U.S.") a sentence ends only if one of these starts the next. */
const SENTENCE_STARTERS = new Set(["The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A", "An", "This", "That", "Those", "These", "Its", "Their", "His", "Her", "On", "At", "As"]);

const TERMINATOR = /[.!?]+["”’)\]]*(?=\s)/g;
const NEXT_WORD = /^\s+(["“‘(]?)([^\s]+)/;
const LINE = /[^\n]+/g;

/** How far around a terminator the words that decide it are read: a bounded window keeps segmentation linear. */
const LOOK = 40;
/**
 * The longest sentence kept whole. Longer runs (a page of text without a full stop) are
 * cut at a space, so no later step reads an unbounded sentence.
 */
export const MAX_SENTENCE_CHARS = 1_000;

function isBoundary(line: string, terminatorAt: number, terminatorEnd: number): boolean {
  const next = NEXT_WORD.exec(line.slice(terminatorEnd, terminatorEnd + LOOK));
  if (!next) return false;
  const [, quote = "", word = ""] = next;
  if (!quote && !/^[\p{Lu}\p{N}]/u.test(word)) return false;
  if (line[terminatorAt] !== ".") return true;
  const token = /([^\s(]+)$/.exec(line.slice(Math.max(0, terminatorAt - LOOK), terminatorAt))?.[1] ?? "";
  const lastPart = token.split("-").pop() ?? "";
  if (/^\p{L}(?:\.\p{L})+$/u.test(lastPart)) return SENTENCE_STARTERS.has(word.replace(/[,;:]$/, ""));
  if (/^\p{Lu}$/u.test(lastPart)) return false;
  return !ABBREVIATIONS.has(lastPart.toLowerCase());
}

function trimmedSentence(text: string, start: number, end: number, index: number, paragraph: number): Sentence | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  return from < to ? { start: from, end: to, text: text.slice(from, to), index, paragraph } : null;
}

/** Where to cut a run longer than MAX_SENTENCE_CHARS: the last space before the cap, else the cap. */
function cutAt(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_CHARS;
  const space = text.lastIndexOf(" ", limit);
  return space > start + MAX_SENTENCE_CHARS / 2 ? space : limit;
}

function pushSentences(sentences: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const cut = cutAt(text, from);
    const piece = trimmedSentence(text, from, cut, sentences.length, paragraph);
    if (piece) sentences.push(piece);
    from = cut;
  }
  const last = trimmedSentence(text, from, end, sentences.length, paragraph);
  if (last) sentences.push(last);
}

export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  LINE.lastIndex = 0;
  for (let line = LINE.exec(text); line; line = LINE.exec(text)) {
    if (!line[0].trim()) continue;
    const lineStart = line.index;
    let sentenceStart = 0;
    TERMINATOR.lastIndex = 0;
    for (let terminator = TERMINATOR.exec(line[0]); terminator; terminator = TERMINATOR.exec(line[0])) {
      const terminatorEnd = terminator.index + terminator[0].length;
      if (!isBoundary(line[0], terminator.index, terminatorEnd)) continue;
      pushSentences(sentences, text, lineStart + sentenceStart, lineStart + terminatorEnd, paragraph);
      sentenceStart = terminatorEnd;
    }
    pushSentences(sentences, text, lineStart + sentenceStart, lineStart + line[0].length, paragraph);
    paragraph += 1;
  }
  return sentences;
}

export const segmentStep: Step = (state) => ({ ...state, sentences: segmentSentences(state.text) });
