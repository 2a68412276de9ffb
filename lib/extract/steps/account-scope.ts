import { groupBySentence, itemsIn } from "@/lib/extract/by-sentence";
import { compilePhrases, lowerAscii } from "@/lib/extract/text";
import type { Cue, DraftEngagement, ExtractionState, PersonMention, Sentence, Step } from "@/lib/extract/types";
import { ACTOR_PRONOUNS, ACTOR_SIDES, ACTOR_TITLES, COMMITMENT_VERBS, LEADING_PREPOSITIONS, REPORTING_VERBS, SIDE_NAMES } from "@/lib/taxonomy/account-cues";

/**
 * Step 5e: the account of an engagement goes on after the sentences tied to it. A readout
 * names the meeting once, then reports what each side raised, sentence by sentence, with
 * the speaker as subject: "The Secretary raised …", "He urged …", "Secretary Austin also
 * expressed …", "The Chinese side said …", "Greer said China had …". Such a sentence, right after one about the
 * engagement, is read for its topics and outcomes too. A sentence that starts an engagement
 * of its own, or names a third party or a foreign official, is not: it speaks of something else.
 */

const SIDE_ADJECTIVES = ["u.s.", "us", "american", "chinese"];
const TITLE_OPENER = new RegExp(`^the\\s+(?:(?:${SIDE_ADJECTIVES.map((word) => word.replace(/\./g, "\\.")).join("|")})\\s+)?(?:[a-z-]+\\s+)?${compilePhrases(ACTOR_TITLES, "").source}`);
const PRONOUN_OPENER = new RegExp(`^${compilePhrases(ACTOR_PRONOUNS, "").source}`);
const SIDE_OPENER = new RegExp(`^${compilePhrases(ACTOR_SIDES, "").source}(?!['’]s)`);
const SIDE_COMMITS = new RegExp(`^${compilePhrases(SIDE_NAMES, "").source}\\s+(?:(?:also|has|had|have)\\s+)?${compilePhrases(COMMITMENT_VERBS, "").source}`);
const PREPOSITION_OPENER = new RegExp(`^${compilePhrases(LEADING_PREPOSITIONS, "").source}[^,;]{0,160},\\s+`);
const REPORTING_AFTER = new RegExp(`^(?:,[^,]{0,30},)?\\s+(?:also\\s+)?${compilePhrases(REPORTING_VERBS, "").source}`);
const OPENING_QUOTE = /^[“"]/;
const QUOTE_OPENER = /^["“‘'(\s]+/;
/** only title words before the name: "Secretary Austin", "U.S. Trade Representative Jamieson Greer" */
const TITLE_WORDS = /^(?:[A-Z][\w.'’-]*\s+){0,6}$/;

/** Offset into the sentence where its subject starts, past quotes and an opening phrase. */
function subjectStart(sentence: Sentence): number {
  const lower = lowerAscii(sentence.text);
  const quote = QUOTE_OPENER.exec(lower)?.[0].length ?? 0;
  const phrase = PREPOSITION_OPENER.exec(lower.slice(quote))?.[0].length ?? 0;
  return quote + phrase;
}

/**
 * Does the sentence open with someone acting in the engagement: a participant, a title, a
 * pronoun, a side? Another official of either side counts only as a reporter of it ("… said").
 */
export function opensWithActor(text: string, sentence: Sentence, people: readonly PersonMention[], participants: ReadonlySet<string>): boolean {
  // a quotation right after the account goes on with what was said ("“Our teams will meet shortly,” the president wrote"), unless someone else said it
  if (OPENING_QUOTE.test(sentence.text) && quotedFromAccount(text, sentence, people, participants)) return true;
  const at = subjectStart(sentence);
  const opening = lowerAscii(sentence.text.slice(at, at + 80));
  if (PRONOUN_OPENER.test(opening) || TITLE_OPENER.test(opening) || SIDE_OPENER.test(opening) || SIDE_COMMITS.test(opening)) return true;
  const from = sentence.start + at;
  const subject = people.find((person) => (person.side === "US" || person.side === "CN") && !person.spokesperson && person.start >= from && TITLE_WORDS.test(text.slice(from, person.start)));
  return subject !== undefined && (participants.has(subject.key) || REPORTING_AFTER.test(lowerAscii(text.slice(subject.end, subject.end + 40))));
}

/** Who a quotation is attributed to, if the sentence says: a participant, a title or pronoun, or (when no one is named) the speaker before. */
function quotedFromAccount(text: string, sentence: Sentence, people: readonly PersonMention[], participants: ReadonlySet<string>): boolean {
  const attribution = ATTRIBUTION.exec(lowerAscii(sentence.text));
  if (!attribution) return true;
  const from = sentence.start + attribution.index;
  const speaker = lowerAscii(attribution[0].replace(ATTRIBUTION_VERB, " ").replace(/^[”"’,\s]+/, ""));
  const named = people.filter((person) => person.start >= from && person.start < from + attribution[0].length);
  return named.some((person) => participants.has(person.key)) || (named.length === 0 && (PRONOUN_OPENER.test(speaker) || TITLE_OPENER.test(speaker)));
}
const ATTRIBUTION_VERB = new RegExp(`\\b${compilePhrases(REPORTING_VERBS, "").source}|\\bwrote\\b`);
/** ", the president wrote" / ", said Tom Herrera, a researcher": the words after a closing quote */
const ATTRIBUTION = /[”"],?\s+[^“"]{0,60}/;

function speaksOfSomethingElse(cues: readonly Cue[], people: readonly PersonMention[]): boolean {
  return cues.some((cue) => cue.kind === "third-party" || cue.kind === "non-event") || people.some((person) => person.side === "other" || person.former);
}

export function extendAccounts(state: ExtractionState): DraftEngagement[] {
  const cues = groupBySentence(state.cues);
  const people = groupBySentence(state.people);
  const scope = new Map<number, Set<number>>();
  for (const engagement of state.engagements) {
    for (const index of engagement.tiedSentences) scope.set(index, (scope.get(index) ?? new Set()).add(engagement.id));
  }
  // a sentence that names an engagement of its own, even in passing, is about that one
  const owned = new Set(state.engagements.flatMap((engagement) => engagement.triggerSentences));
  const participantsOf = new Map(state.engagements.map((engagement) => [engagement.id, engagement.participants.map((participation) => participation.person.key)]));
  const added = new Map<number, number[]>();
  for (const sentence of state.sentences) {
    const previous = scope.get(sentence.index - 1);
    if (scope.has(sentence.index) || owned.has(sentence.index) || !previous) continue;
    const named = itemsIn(people, sentence.index);
    const participants = new Set([...previous].flatMap((id) => participantsOf.get(id) ?? []));
    if (speaksOfSomethingElse(itemsIn(cues, sentence.index), named) || !opensWithActor(state.text, sentence, named, participants)) continue;
    scope.set(sentence.index, new Set(previous));
    for (const id of previous) {
      const list = added.get(id);
      if (list) list.push(sentence.index);
      else added.set(id, [sentence.index]);
    }
  }
  return state.engagements.map((engagement) => {
    const more = added.get(engagement.id);
    return more ? { ...engagement, tiedSentences: [...engagement.tiedSentences, ...more].sort((a, b) => a - b) } : engagement;
  });
}

export const extendAccountsStep: Step = (state) => ({ ...state, engagements: extendAccounts(state) });
