import { groupBySentence, itemsIn, namesItsPeople } from "@/lib/extract/by-sentence";
import { addDays } from "@/lib/extract/calendar";
import { statusOf } from "@/lib/extract/engagement-status";
import { personBySlug } from "@/lib/gazetteer/people";
import { placesOfOneSpot } from "@/lib/gazetteer/world-cities";
import { arrivalDay } from "@/lib/extract/steps/date-by-tenure";
import { DEFINITE_REFERENCE, INITIAL_STOP, namesParties, RELATIVE_REFERENCE, standsForSide } from "@/lib/extract/steps/find-cues";
import { distanceTo, inside } from "@/lib/extract/text";
import type { Cue, DateMention, DraftEngagement, ExtractionState, Occasion, Participation, PersonMention, PlaceMention, Sentence, Span, Step, TriggerMode } from "@/lib/extract/types";
import type { EngagementStatus, Side } from "@/lib/taxonomy/enums";

/**
 * Step 5b: engagements. Every sentence with a live trigger and both a US and a Chinese side
 * (a named official, "his Chinese counterpart", or a trip to the other country) proposes a
 * candidate; candidates that agree on people, mode and date join one engagement.
 */

interface Candidate {
  sentence: number;
  mode: TriggerMode;
  status: EngagementStatus | null;
  date: DateMention | null;
  place: PlaceMention | null;
  occasion: Occasion | null;
  participants: Participation[];
  anchors: Cue[];
  triggers: Cue[];
  /** its trigger is "the talks", "their meeting": it continues the engagement spoken of last */
  refersBack: boolean;
  /** its trigger is told as one already known ("Tuesday's video call", "the talks"), whoever it names */
  toldAgain?: boolean;
  /** read from a clause about an earlier engagement ("since their meeting in Bali"): the sentence is about another one */
  subordinate: boolean;
  /** an earlier engagement named only as the point a span of time starts from ("the first … since November"): joins only one of its own date */
  earlier?: boolean;
  /** the id of the engagement it names more members of ("Xi was accompanied by …"): it joins that one */
  joins?: number;
  /** the year written beside its trigger ("met in 2019"): too coarse to date it, enough to keep it apart from an engagement of another year */
  year?: string;
}

interface SentenceFindings {
  text: string;
  sentences: Sentence[];
  people: Map<number, PersonMention[]>;
  cues: Map<number, Cue[]>;
  dates: Map<number, DateMention[]>;
  places: Map<number, PlaceMention[]>;
  occasions: Map<number, Occasion[]>;
}

const HEDGE_REACH = 50;
/** sentences from the top in which an engagement between unnamed sides ("a U.S. delegation met Chinese officials") is the article's own */
const UNNAMED_LEAD = 3;
/** how many sentences after an engagement a sentence naming its other side ("The U.S. team was led by …") still completes it */
const COMPLETE_REACH = 3;
/** "The U.S. team was led by Jen Daskal", "a delegation headed by …" */
const LED_BY = /\b(?:led|headed|co-chaired|chaired)\s+by\s+(?:(?:Gen|Adm|Maj|Lt|Col|Rear|Vice|Senior)\.?\s+){0,3}$/i;
const BORROW_REACH = 3;
/** how far from a trigger a place can be and still be where it happened */
const PLACE_REACH = 100;
/** "… spoke by phone, a call that paved the way for talks in London": the place of what the clause is about */
const RELATIVE_PRONOUN_CLAUSE = /,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){1,2}(?:that|which|who)\b/i;
/** "Xi noted that since the San Francisco meeting, the two teams …": a meeting named only as the start of a span of time is background */
const SINCE_CLAUSE_BEFORE = /\bsince\s+(?:[\w'’-]+\s+){0,3}$/i;
const WHICH_CLAUSE_BEFORE = /,\s+(?:which|that|who)\s+(?:[\w-]+\s+){0,4}?(?:after|since|before|following)\s+(?:[\w'’-]+\s+){0,3}$/i;
const TEMPORAL_CLAUSE = /\b(?:since|after|before|until|when|while)\b/i;
/** how far from a trigger a date can be and still be when it happened ("agreed on Monday … after two days of negotiations") */
const DATE_REACH = 80;
/**
 * "the two leaders agreed that their trade teams should hold talks": the talks agreed on
 * are someone else's, so "the two leaders" are not lent to them.
 */
const AGREED_BEFORE = /\b(?:agreed|agreeing|agree|decided|reached an agreement)\b/i;
/** A planned mention still means a held meeting this close to publication ("what would make the meeting a success", said the day before). */
const RECENT_DAYS = 7;

function isParticipantSide(side: Side | undefined): side is "US" | "CN" {
  return side === "US" || side === "CN";
}

function opposite(side: "US" | "CN"): "US" | "CN" {
  return side === "US" ? "CN" : "US";
}

/**
 * "have spoken by phone five times", "met more than a dozen times", "talked twice since May": a meeting word counted in
 * times, a few words after it in the same clause, sums up repeated contacts and names no one engagement. The count is the
 * meeting word's only when no other verb's clause opens between them ("met on Thursday and twice raised …", "talks that
 * ran …") and it is no multiplier ("three times longer than planned").
 */
const COUNTED_TIMES =
  /^(?:\s+(?!(?:and|that|which|who|but|while|as|where|when)\b)[\w'’-]+){0,5}?\s+(?:(?:more than|at least|over|nearly|almost|some)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|many|multiple|numerous|\d+)[\s-]times|twice)\b(?!\s+(?:longer|more|less|as|larger|bigger|faster|higher)\b)/i;
/** how far after a meeting word its count of times is looked for */
const COUNT_REACH = 60;

function countedInTimes(text: string, trigger: Cue): boolean {
  return COUNTED_TIMES.test(text.slice(trigger.end, trigger.end + COUNT_REACH));
}

/**
 * "This was the third time the two leaders have spoken", "the call was the first time Reyes had met Li": a meeting word after
 * "the Nth time … have" says which of their contacts the one the sentence speaks of was; it is no other one. Where another
 * meeting word follows ("… have spoken since their meeting in Lima"), it stays: the clause about that other meeting is read
 * against it.
 */
/** how far before a meeting word its "the Nth time" is looked for */
const NTH_TIME_REACH = 60;
const NTH_TIME_BEFORE = /\bthe\s+(?:first|second|third|fourth|fifth|sixth|last|only|\d+(?:st|nd|rd|th))\s+time\s+(?:that\s+)?(?:[\w.'’-]+\s+){1,4}?(?:have|has|had)\s+(?:ever\s+)?$/i;

function toldAsNthTime(text: string, trigger: Cue, cues: readonly Cue[]): boolean {
  const lastMeetingWord = !cues.some((other) => other.kind === "trigger" && other.start > trigger.end);
  return lastMeetingWord && NTH_TIME_BEFORE.test(text.slice(Math.max(0, trigger.start - NTH_TIME_REACH), trigger.start));
}

/**
 * Triggers that can start an engagement: none in a sentence about a meeting that did not
 * happen ("requested a meeting", "have not met"); none right after speculation ("may");
 * none inside "after the talks" or "since the two leaders met", which point at another one;
 * none counted in times ("have met several times") or told as the Nth time ("the third time they have spoken").
 */
export function liveTriggers(text: string, cues: Cue[]): Cue[] {
  const nonEvents = cues.filter((cue) => cue.kind === "non-event");
  const hedges = cues.filter((cue) => cue.kind === "hedge");
  // a non-event speaks for its own clause: "… met in Munich, and Li has yet to accept an invitation to speak" keeps the meeting
  const sameClause = (a: Span, b: Span) => !COORDINATE_BREAK.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  return cues.filter(
    (cue) =>
      cue.kind === "trigger" &&
      !nonEvents.some((nonEvent) => sameClause(nonEvent, cue)) &&
      !hedges.some((hedge) => hedge.end <= cue.start && cue.start - hedge.end <= HEDGE_REACH && sameClause(hedge, cue)) &&
      !countedInTimes(text, cue) &&
      !toldAsNthTime(text, cue, cues),
  );
}

function live(cues: Cue[], text: string): Cue[] {
  return liveTriggers(text, cues);
}

function deadClauses(text: string, sentence: Sentence, cues: Cue[], liveOnes: Cue[]): Span[] {
  if (!cues.some((cue) => cue.kind === "non-event")) return [];
  const cuts = [sentence.start];
  const pattern = new RegExp(COORDINATE_BREAK.source, "g");
  for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) cuts.push(sentence.start + match.index);
  const ranges = cuts.map((start, index) => ({ start, end: cuts[index + 1] ?? sentence.end, text: "" }));
  return ranges.filter((range) => cues.some((cue) => cue.kind === "non-event" && cue.start >= range.start && cue.start < range.end) && !liveOnes.some((cue) => cue.start >= range.start && cue.start < range.end));
}

/**
 * clause boundaries a non-event or a hedge does not reach past: ", and Li …", "; ", ", but", ", noting that …" (a participle
 * bringing a new proposition), ", as Blinken met …" (a clause with a subject of its own)
 */
const COORDINATE_BREAK = /,\s+and\s+(?=[A-Z])|;\s+|,\s+but\s+|,\s+[a-z]+ing\s+that\s+|,\s+(?:as|while|when)\s+(?=[A-Z])/;

/**
 * The sentence's own triggers and those of clauses about another engagement. When every
 * trigger sits in such a clause ("A day after Biden met Xi, Blinken said …"), that clause
 * is what the sentence reports.
 */
function splitTriggers(text: string, sentence: Sentence, cues: Cue[]): { own: Cue[]; relatives: Cue[] } {
  const live = liveTriggers(text, cues);
  const relative = relativeTriggers(text, sentence, cues).filter((cue) => live.includes(cue));
  const own = live.filter((cue) => !relative.includes(cue));
  if (own.length > 0) return { own, relatives: relative };
  // "… cooperation, which resumed after the California summit": the sentence reports something else
  const promoted = relative.filter((cue) => !WHICH_CLAUSE_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 50), cue.start)) && !SINCE_CLAUSE_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start)));
  return { own: promoted, relatives: relative.filter((cue) => !promoted.includes(cue)) };
}

function eligible(person: PersonMention): boolean {
  return !person.former && !person.spokesperson && !person.possessiveOther && !person.relativeRemark && isParticipantSide(person.side);
}

/** "his counterpart" takes the side opposite the person named just before it. */
function resolvedAnchors(cues: Cue[], people: PersonMention[]): Cue[] {
  return cues
    .filter((cue) => cue.kind === "side-anchor")
    .flatMap((cue) => {
      if (cue.side) return [cue];
      const owner = people.filter((person) => person.end <= cue.start && isParticipantSide(person.side)).pop();
      return owner && isParticipantSide(owner.side) ? [{ ...cue, side: opposite(owner.side) }] : [];
    });
}

function destinationSides(places: PlaceMention[]): Side[] {
  return places.flatMap((place): Side[] => (place.country === "China" ? ["CN"] : place.country === "United States" ? ["US"] : []));
}

function coversBothSides(people: PersonMention[], anchors: Cue[], destinations: Side[]): boolean {
  const sides = new Set<Side | undefined>([...people.map((person) => person.side), ...anchors.map((anchor) => anchor.side), ...destinations]);
  return sides.has("US") && sides.has("CN");
}

/**
 * "the two leaders", "they": the officials named together in one of the few sentences
 * before, else the participants of the engagement spoken of last.
 */
/** "the two presidents", "the two leaders": heads of state or government, not their negotiators */
const LEADER_GROUP = /\b(?:presidents|leaders)\b/i;
const LEADER_TITLE = /^(?:President|Premier|Prime Minister) of\b/;

function isLeader(person: PersonMention): boolean {
  const known = person.slug ? personBySlug(person.slug) : undefined;
  return known ? known.titles.some((held) => LEADER_TITLE.test(held.title)) : /\b(?:President|Premier)\b/.test(person.textTitle ?? "");
}

function borrowedPeople(sentence: Sentence, findings: SentenceFindings, engagements: DraftEngagement[], named: PersonMention[], fits: (person: PersonMention) => boolean): PersonMention[] {
  const borrowed = borrowedCandidates(sentence, findings, engagements, named, fits);
  return borrowed.filter(fits);
}

/**
 * "Beijing and Washington concluded two days of talks in Lima. Wang said the two sides used the talks to …": the nearest
 * meeting of both sides is told without names, and "the two sides" are those sides, not officials named further back.
 */
function talksOfUnnamedSides(findings: SentenceFindings, index: number): boolean {
  const cues = itemsIn(findings.cues, index);
  const pairs = cues.filter((cue) => cue.kind === "pair");
  return liveTriggers(findings.text, cues).some((trigger) => pairs.some((pair) => namesParties(findings.text, pair, trigger)));
}

function borrowedCandidates(sentence: Sentence, findings: SentenceFindings, engagements: DraftEngagement[], named: PersonMention[], fits: (person: PersonMention) => boolean): PersonMention[] {
  // "Rubio said the two sides had agreed": the engagement Rubio was last part of, before anyone merely mentioned nearby
  const own = [...engagements].filter((engagement) => named.some((person) => engagement.participants.some((participation) => participation.person.key === person.key)));
  const latestOwn = own.sort((a, b) => Math.max(...a.triggerSentences) - Math.max(...b.triggerSentences)).pop();
  if (latestOwn && sentence.index - Math.max(...latestOwn.triggerSentences) <= BORROW_REACH + 2) return latestOwn.participants.map((participation) => participation.person);
  for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - BORROW_REACH); index -= 1) {
    const all = itemsIn(findings.people, index).filter((person) => eligible(person) && fits(person));
    // not the people of a clause about another time in that sentence ("a day after Trump and Xi struck a truce")
    const earlier = findings.sentences[index];
    const clauses = earlier ? subordinateSpans(findings.text, earlier) : [];
    const outside = all.filter((person) => !inside(clauses, person));
    const people = coversBothSides(outside, [], []) ? outside : all;
    if (coversBothSides(people, [], [])) return people;
    if (talksOfUnnamedSides(findings, index)) return [];
  }
  const latest = [...engagements].filter((engagement) => engagement.participants.some((participation) => fits(participation.person))).sort((a, b) => Math.max(...a.triggerSentences) - Math.max(...b.triggerSentences)).pop();
  return latest ? latest.participants.map((participation) => participation.person) : [];
}

function nearest<T extends { start: number }>(items: T[], triggers: Cue[]): T | null {
  const distance = (item: T) => Math.min(...triggers.map((trigger) => Math.abs(item.start - trigger.start)));
  return [...items].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function participationsOf(people: PersonMention[]): Participation[] {
  const byKey = new Map<string, Participation>();
  for (const person of people) {
    const existing = byKey.get(person.key);
    if (existing) existing.evidence.push(person);
    else byKey.set(person.key, { person, evidence: [person] });
  }
  return [...byKey.values()];
}

/**
 * `people`: those named in the sentence. After the trigger, the reach counts from the last of
 * them before the place: "met with Director-General of North American and Oceanian Affairs
 * Yang Tao on May 7 in Honolulu" places the meeting however long the counterpart's title.
 */
function nearTrigger(text: string, place: PlaceMention, triggers: Cue[], people: readonly Span[]): boolean {
  return triggers.some((trigger) => {
    const [from, to] = place.start >= trigger.end ? [trigger.end, place.start] : [place.end, trigger.start];
    const between = text.slice(from, to);
    const reachFrom = place.start >= trigger.end ? Math.max(from, ...people.filter((person) => person.start >= from && person.end <= to).map((person) => person.end)) : from;
    // "… since Trump returned to the White House": a place in another clause
    return to - reachFrom <= PLACE_REACH && !/\s[—–]\s/.test(between) && (place.start < trigger.start || (!TEMPORAL_CLAUSE.test(between) && !RELATIVE_PRONOUN_CLAUSE.test(between)));
  });
}

/** "shortly after Rubio took office in January" dates what follows it; "since Trump returned in January" does not */
const AFTER_CLAUSE = /^(?:\S+\s+)?(?:\S+\s+)?(?:after|following)\b/i;
const DAYS_OF = /\bafter\s+(two|three|four|five|\d)\s+days\s+of\s+(?:[\w-]+\s+){0,2}$/i;
const DAY_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/** "agreed on Monday … after two days of negotiations": the negotiations took the days before. */
function precedingSpan(text: string, sentence: Sentence, date: DateMention, trigger: Cue): DateMention | null {
  const match = DAYS_OF.exec(text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start));
  // a date the date finder already read as the span of those days ("said on Sunday after two days of talks") is not moved again
  if (!match || !date.value || date.valueEnd || date.start > trigger.start) return null;
  const days = DAY_COUNTS[(match[1] ?? "").toLowerCase()] ?? Number(match[1]);
  return { ...date, value: addDays(date.value, -days), valueEnd: addDays(date.value, -1) };
}

/** "agreed that", "decided that": a joint decision and the start of what was decided */
const DECIDED_THAT = /\b(?:agreed|decided|announced|confirmed)\b[^.;:“”"]{0,60}?\bthat\s+/g;
/** only title words between "that" and the one it is said of: "that Secretary of State Antony Blinken would visit" */
const TITLE_WORDS_BEFORE = /^(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,7}$/;
/** "… agreed that he would travel": a pronoun may stand for one of those deciding, who then is at the engagement */
const PRONOUN_WORD = /\b(?:he|she|they|we|I|him|her|them|us)\b/;

/**
 * "Xi and Biden agreed that Blinken would visit China": officials of both sides deciding
 * together on an engagement whose own subject is another official are not at it (as "the two
 * leaders agreed that …" lends its leaders to no engagement it names).
 */
function jointDeciders(text: string, sentence: Sentence, people: readonly PersonMention[], trigger: Cue | undefined): PersonMention[] {
  if (!trigger) return [];
  DECIDED_THAT.lastIndex = 0;
  for (let match = DECIDED_THAT.exec(sentence.text); match; match = DECIDED_THAT.exec(sentence.text)) {
    const verbAt = sentence.start + match.index;
    const complementAt = verbAt + match[0].length;
    if (trigger.start < complementAt) break;
    const subject = people.find((person) => person.start >= complementAt && TITLE_WORDS_BEFORE.test(text.slice(complementAt, person.start)));
    const deciders = people.filter((person) => person.end <= verbAt);
    if (!subject || subject.end > trigger.start || PRONOUN_WORD.test(text.slice(complementAt, trigger.start)) || !coversBothSides(deciders, [], [])) continue;
    return deciders.some((person) => person.key === subject.key) ? [] : deciders;
  }
  return [];
}

/**
 * Officials who agree on an engagement whose sides a phrase after the agreement names ("agreed to hold a call between theater
 * commanders", "planned a China-U.S. dialogue on AI"): every meeting word of the sentence has its parties so named.
 */
function agreedForOthers(text: string, sentence: Sentence, people: readonly PersonMention[], triggers: readonly Cue[], cues: readonly Cue[]): boolean {
  const agreed = AGREED_OR_PLANNED.exec(sentence.text);
  if (!agreed || people.length === 0 || triggers.length === 0) return false;
  const after = sentence.start + agreed.index;
  const pairs = cues.filter((cue) => cue.kind === "pair" && cue.start > after);
  return people.every((person) => person.end <= after) && triggers.every((trigger) => trigger.start > after && pairs.some((pair) => namesParties(text, pair, trigger)));
}
const AGREED_OR_PLANNED = /\b(?:agreed|agreeing|decided|planned|planning)\b/i;

/** "the meeting", "The Stockholm talks": a determiner, at most a capitalised word, then the meeting word */
const NAMED_MEETING_BEFORE = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[A-Z][\w-]*\s+)?$/;
/** how far before the meeting word its determiner is looked for */
const NAMED_REACH = 30;

/**
 * The candidates one sentence proposes: one for its own triggers, plus one for each
 * relative reference that has its own date or place ("… spoke on Tuesday, the first time
 * since their meeting in Woodside in November").
 */
function candidatesAt(text: string, sentence: Sentence, findings: SentenceFindings, engagements: DraftEngagement[]): Candidate[] {
  const cues = itemsIn(findings.cues, sentence.index);
  const split = splitTriggers(text, sentence, cues);
  const named = itemsIn(findings.people, sentence.index);
  const subordinate = subordinateSpans(text, sentence);
  // "…, Rivera said following talks with …": the talks are what the sentence reports, what she said before it is not
  const attended = attendedTrigger(text, named.filter(eligible), [...split.own, ...split.relatives]);
  const attendedOwn = attended ? [attended.trigger, ...split.own.filter((trigger) => trigger !== attended.trigger && trigger.start > attended.trigger.start)] : split.own;
  const attendedRelatives = attended ? split.relatives.filter((trigger) => trigger !== attended.trigger) : split.relatives;
  // "… was crucial in bringing about the meeting in California between Biden and Xi": a later meeting word with its own pair is another engagement
  const betweens = betweenClauses(text, sentence, subordinate, attendedOwn, attendedRelatives, named.filter(eligible));
  // … unless the sentence names no meeting of its own: then the one carried out is what it reports
  const carriedOut = phraseSpans(sentence, CARRIED_OUT).filter((span) => attendedOwn.some((trigger) => !inside([span, ...betweens], trigger)));
  const earlierOnes = [...betweens, ...carriedOut];
  const triggers = attendedOwn.filter((trigger) => !inside(earlierOnes, trigger));
  const relatives = [...attendedRelatives, ...attendedOwn.filter((trigger) => inside(earlierOnes, trigger))].sort((a, b) => a.start - b.start);
  if (triggers.length === 0) return [];
  const clauses = [
    ...(triggers.some((trigger) => !relatives.includes(trigger)) ? subordinate.filter((span) => !triggers.some((trigger) => inside([span], trigger))) : []),
    ...earlierOnes,
    ...consensusSpans(sentence).filter((span) => !triggers.some((trigger) => inside([span], trigger))),
    ...phraseSpans(sentence, REACHED_BY_OTHERS).filter((span) => !triggers.some((trigger) => inside([span], trigger))),
  ];
  // people of a coordinate clause that reports no engagement ("…, and Li has yet to accept an invitation to speak") are not at this one
  const dead = deadClauses(text, sentence, cues, live(cues, text));
  const deciders = jointDeciders(text, sentence, named.filter(eligible), triggers[0]);
  const everyone = named.filter((person) => eligible(person) && !inside(dead, person) && !deciders.includes(person));
  // people named in a clause about another time ("a day after Trump and Xi struck a truce") are not at this one
  const outside = everyone.filter((person) => !inside(clauses, person));
  const sideAnchors = resolvedAnchors(cues, named).filter((anchor) => !inside(clauses, anchor));
  const anchoredBoth = sideAnchors.some((anchor) => anchor.side === "US") && sideAnchors.some((anchor) => anchor.side === "CN");
  // "The visit also follows Tuesday's call between Biden and Xi": the visit spoken of, with none of the clause's people
  const opener = triggers[0];
  // "The meeting, held at an air base near Busan, lasted …": the engagement spoken of, placed
  const refersBackOnly = outside.length === 0 && (clauses.length > 0 || (everyone.length === 0 && opener !== undefined && opener.start - sentence.start <= 12)) && opener !== undefined && cues.some((cue) => cue.kind === "reference" && DEFINITE_REFERENCE.test(cue.text) && cue.start <= opener.start && opener.end <= cue.end);
  // "This week's meeting was the first since Blinken met Xi in April": people of a clause with a meeting of its own are that meeting's
  const ownedElsewhere = clauses.filter((span) => relatives.some((relative) => inside([span], relative)));
  const people = outside.length > 0 || anchoredBoth || refersBackOnly ? outside : everyone.filter((person) => !inside(ownedElsewhere, person));
  const thirdParty = cues.some((cue) => cue.kind === "third-party") || named.some((person) => person.side === "other");
  if (thirdParty && !people.some((person) => person.side === "CN")) return [];
  const first = triggers[0];
  if (!first) return [];
  const anchors = resolvedAnchors(cues, named);
  const all = itemsIn(findings.places, sentence.index);
  const places = all.filter((place) => place.locative && !place.dateline && !pairedPlace(text, place, all) && !standsForSide(place, cues) && nearTrigger(text, place, [...triggers, ...relatives], named));
  const destinations = destinationSides(places.filter((place) => !inside(clauses, place) && distanceTo(place, triggers) <= distanceTo(place, relatives.filter((relative) => !inside(clauses, relative)))));
  const listeners = people.filter((person) => !person.speaker);
  // a speaker is left out only when those spoken to are both sides; a trip to the other side does not stand in for them
  let chosen = coversBothSides(listeners, anchors, []) ? listeners : people;
  // "…, the minister said after talks with her Chinese counterpart": the speaker was at the talks, those she spoke of were not
  if (attended) chosen = [...attended.speakers, ...people.filter((person) => person.start >= attended.trigger.end)];
  // "the Chinese and U.S. presidents … at their meeting": a pronoun after both sides named without names stands for them
  const pairAntecedent = cues.some((cue) => cue.kind === "pair" && cue.end <= first.start);
  // "Liu said that the heads of state of China and the US … at their meeting": the one speaking reports a meeting of others
  const reportedPair = pairAntecedent && chosen.length > 0 && chosen.every((person) => person.speaker && cues.some((cue) => cue.kind === "pair" && person.end <= cue.start && cue.end <= first.start));
  if (reportedPair) chosen = [];
  // "…, noting that Blinken will travel to China": a trip to the other side has both sides; "the two leaders" of another clause are not on it
  if (!coversBothSides(chosen, anchors, destinations) && !pairAntecedent && cues.some((cue) => cue.kind === "group") && !AGREED_BEFORE.test(text.slice(sentence.start, first.start))) {
    const leadersOnly = cues.some((cue) => cue.kind === "group" && LEADER_GROUP.test(cue.text));
    chosen = [...chosen, ...borrowedPeople(sentence, findings, engagements, people, leadersOnly ? isLeader : () => true)];
  }
  // "Raimondo recalled the meeting between Biden and Xi": the people after "between" are the meeting's, the subject only spoke of it
  const between = triggers.find((trigger) => OWN_PEOPLE_AFTER.test(text.slice(trigger.end, trigger.end + 20)));
  const betweenPeople = between ? chosen.filter((person) => person.start > between.end) : [];
  if (coversBothSides(betweenPeople, [], [])) chosen = betweenPeople;
  // "Sullivan and Wang agreed to hold a video call between theater commanders": those agreeing are not at what they agreed on
  if (agreedForOthers(text, sentence, chosen, triggers, cues)) chosen = [];
  // "A U.S. delegation met Chinese security officials in Beijing": sides without names, named later ("was led by …")
  // … or one the sentence names as a meeting of both sides ("Chinese and American officials met in Kuala Lumpur"), its leaders named later
  const bothSidesMet = cues.some((cue) => cue.kind === "pair");
  // "China-U.S. trade talks resumed in Madrid. … The Chinese delegation was led by …": both sides named as the meeting's
  // parties stand for its sides when the sentences just after name who led them
  const partiesNamed = chosen.length === 0 && sidesLedNext(sentence, findings) ? cues.filter((cue) => cue.kind === "pair" && namesParties(text, cue, first, PARTIES_AFTER)).slice(0, 1).flatMap((pair): Cue[] => [{ ...pair, kind: "side-anchor", side: "US" }, { ...pair, kind: "side-anchor", side: "CN" }]) : [];
  const sidesOf = [...anchors, ...partiesNamed];
  const unnamed = chosen.length === 0 && (refersBackOnly || bothSidesMet || sentence.index <= UNNAMED_LEAD) && sidesOf.some((anchor) => anchor.side === "US") && sidesOf.some((anchor) => anchor.side === "CN");
  // with no sides of its own the sentence proposes only the engagements its clauses name with theirs
  // "Li said the China and US teams held talks": a team the speaker reports as the subject does not put the speaker across from it
  const reportedTeams = chosen.length > 0 && chosen.every((person) => person.speaker) ? anchors.filter((anchor) => anchor.end > first.start) : anchors;
  const mainLives = unnamed || refersBackOnly || (chosen.length > 0 && coversBothSides(chosen, reportedTeams, destinations));
  const sentenceDates = eventDaysIn(findings.dates, sentence.index);
  const reached = sentenceDates.filter((date) => distanceTo(date, [...triggers, ...relatives]) <= DATE_REACH);
  // "Trump and Xi agreed on Thursday to …, with … — the summit": the sentence's only day dates its only engagement, however far
  const only = sentenceDates.length === 1 && sentenceDates[0]?.precision === "day" ? sentenceDates[0] : undefined;
  const eventDates = (reached.length === 0 && only && relatives.length === 0 ? [only] : reached).map((date) => (relatives.length === 0 ? (precedingSpan(text, sentence, date, first) ?? date) : date));
  // relatives in a clause of their own keep its words; the others compete by distance ("since their meeting in Bali")
  const looseRelatives = relatives.filter((relative) => !inside(clauses, relative));
  const ownDate = (date: DateMention) => !inside(clauses, date) && distanceTo(date, triggers) <= distanceTo(date, looseRelatives);
  const ownPlace = (place: PlaceMention) => !inside(clauses, place) && distanceTo(place, triggers) <= distanceTo(place, looseRelatives);
  const definite = cues.filter((cue) => cue.kind === "reference" && DEFINITE_REFERENCE.test(cue.text));
  const base = { sentence: sentence.index, occasion: itemsIn(findings.occasions, sentence.index)[0] ?? null, participants: participationsOf(chosen), anchors: sidesOf };
  // "The Stockholm talks … in 2023": a meeting named as the one spoken of takes no year of its own
  const namedBefore = NAMED_MEETING_BEFORE.test(text.slice(Math.max(sentence.start, first.start - NAMED_REACH), first.start));
  const year = namedBefore ? undefined : nearest(itemsIn(findings.dates, sentence.index).filter((date) => date.role === "event" && date.precision === "year" && ownDate(date) && distanceTo(date, triggers) <= DATE_REACH), triggers)?.value ?? undefined;
  const main: Candidate = {
    ...base,
    year,
    mode: first.mode ?? "meeting",
    status: triggers.map((trigger) => statusOf(text, sentence, trigger, clauses)).find((status) => status !== null) ?? null,
    // "shortly after Rubio took office in January": a clause without an engagement of its own still dates this one
    date:
      nearest(eventDates.filter(ownDate), triggers) ??
      nearest(eventDates.filter((date) => clauses.some((span) => AFTER_CLAUSE.test(span.text) && inside([span], date)) && !relatives.some((relative) => clauses.some((span) => inside([span], relative) && inside([span], date)))), triggers),
    place: mostSpecific(places.filter(ownPlace), triggers),
    triggers,
    // "the meeting between Biden and Xi in the U.S. last year" names its own people: not the engagement spoken of
    refersBack: definite.some((reference) => reference.start <= first.start && first.end <= reference.end) && !OWN_PEOPLE_AFTER.test(text.slice(first.end, first.end + 20)),
    toldAgain: cues.some((cue) => cue.kind === "reference" && !RELATIVE_REFERENCE.test(cue.text) && cue.start <= first.start && first.end <= cue.end),
    subordinate: FOLLOWS_OPENER.test(sentence.text),
  };
  // one engagement per clause about the past: "spoke by phone on June 5, a call that …" names one call
  const spans = [...subordinate, ...earlierOnes];
  const firstOfClause = relatives.filter((relative, index) => {
    const span = spans.find((candidate) => inside([candidate], relative));
    const previous = relatives[index - 1];
    return !previous || (span ? !inside([span], previous) : !RELATIVE_PRONOUN_CLAUSE.test(text.slice(previous.end, relative.start)) && relative.start - previous.end > 40);
  });
  const others = firstOfClause.flatMap((relative): Candidate[] => {
    const clause = spans.filter((span) => inside([span], relative));
    // a clause of its own is dated by its own words, not by another clause's ("since the group formed in January")
    const date = nearest(eventDates.filter((candidate) => !ownDate(candidate) && (clause.length === 0 || inside(clause, candidate))), [relative]);
    // … and placed by them ("meetings between Sullivan and Wang in Vienna, as well as meetings between Yellen and …")
    const place = mostSpecific(places.filter((candidate) => !ownPlace(candidate) && (clause.length === 0 || inside(clause, candidate))), [relative]);
    const inClause = everyone.filter((person) => inside(clause, person));
    // a meeting word with its own named pair is an engagement however little the sentence says of when or where
    // … also in a clause about another time ("The visit follows a call between Biden and Xi"): the pair the word names is its own
    const pairAfter = inside(betweens, relative) || (clause.length > 0 && relative.mode === "call" && OWN_PEOPLE_AFTER.test(text.slice(relative.end, relative.end + 20)));
    const namedPair = pairAfter && coversBothSides(inClause, anchors.filter((anchor) => inside(clause, anchor)), []);
    // "in which Dong recalled Biden's words at his summit with Xi": the clause's subject only spoke of the meeting
    const close = inClause.filter((person) => distanceTo(person, [relative]) <= CLAUSE_PEOPLE_REACH);
    const own = coversBothSides(close, [], []) ? close : inClause;
    // "weeks after he shelved a trip to Beijing": he is the sentence's subject, alone
    const subject = clause[0] && /^\S+\s+(?:\S+\s+)?(?:he|she)\b/i.test(clause[0].text) ? chosen.slice(0, 1) : [];
    // '"Today's meeting followed our call with Dong," Hegseth added': inside a quotation, "our" is the one quoted
    const speakers = clause[0] && FIRST_PERSON_OPENER.test(clause[0].text) ? quotedBy(sentence, findings, relative) : [];
    const antecedent = subject.length > 0 ? subject : speakers;
    // "… between Biden and Xi, their first contact since they met in California": they are the people named before
    const pronoun = clause[0] && /^\S+\s+(?:\S+\s+)?(?:they|the two)\b/i.test(clause[0].text) ? everyone.filter((person) => person.end <= (clause[0]?.start ?? 0)) : [];
    // "after he spoke by phone with his Chinese counterpart Xi": he is the sentence's subject, across from the one he spoke with
    const subjectWith = antecedent.length > 0 && !coversBothSides(own, [], []) && coversBothSides([...antecedent, ...own], [], []) ? [...antecedent, ...own] : [];
    // … a pair named with the pronoun: an engagement however little the sentence says of when or where
    if (!date && !place && !namedPair && subjectWith.length === 0) return [];
    const participants =
      subjectWith.length > 0 ? participationsOf(subjectWith)
      : coversBothSides(own, [], []) || (own.length > 0 && clause.length > 0) ? participationsOf(own)
      : subject.length > 0 ? participationsOf(subject)
      : coversBothSides(pronoun, [], []) ? participationsOf(pronoun.slice(-2))
      : base.participants;
    const clauseSentence = clause[0] ? { ...sentence, start: clause[0].start, end: clause[0].end, text: clause[0].text } : sentence;
    return [{ ...base, participants, mode: relative.mode ?? "meeting", status: statusOf(text, clauseSentence, relative), date, place, occasion: null, triggers: [relative], refersBack: false, subordinate: true }];
  });
  // "Her visit … follows Blinken's trip to Beijing last month": a trip of one side to the other's country has both sides
  const bothSides = (other: Candidate) => coversBothSides(other.participants.map((participation) => participation.person), [], other.mode === "visit" && other.place ? destinationSides([other.place]) : []);
  return mainLives ? [main, ...others] : others.filter(bothSides);
}

/**
 * "It was their first encounter since a tense phone call in September", "Biden and Xi spoke on
 * Tuesday for the first time since November": an engagement called the first since another
 * point names that point as an earlier engagement when the point is one (a meeting word with
 * its own date or place) or a bare date. "Since taking office", "since the pandemic", "since
 * the group was launched in January" name no engagement and yield nothing.
 */
const FIRST_SINCE = /\bfirst\b[^.;,]{0,60}?\bsince\s+/gi;

function firstSinceCandidates(text: string, sentence: Sentence, findings: SentenceFindings, engagements: DraftEngagement[]): Candidate[] {
  const found: Candidate[] = [];
  FIRST_SINCE.lastIndex = 0;
  for (let match = FIRST_SINCE.exec(sentence.text); match; match = FIRST_SINCE.exec(sentence.text)) {
    const from = sentence.start + match.index + match[0].length;
    const rest = text.slice(from, sentence.end);
    const stop = CLAUSE_STOP.exec(rest);
    const phrase: Span = { start: from, end: from + Math.min(stop ? stop.index : rest.length, nextOpener(rest) ?? rest.length), text: "" };
    // a date finder may take "since" into the date ("since November")
    const dates = itemsIn(findings.dates, sentence.index).filter((date) => date.value && date.precision !== "year" && date.end > phrase.start && date.end <= phrase.end);
    const bare = dates.find((date) => date.start <= from);
    const trigger = itemsIn(findings.cues, sentence.index).find((cue) => cue.kind === "trigger" && inside([phrase], cue));
    if (!bare && !trigger) continue;
    const date = bare ?? (trigger ? nearest(dates, [trigger]) : null);
    const place = trigger ? mostSpecific(itemsIn(findings.places, sentence.index).filter((mention) => mention.locative && !mention.dateline && inside([phrase], mention)), [trigger]) : null;
    if (!date && !place) continue;
    const pair = earlierPair(sentence, findings, engagements, phrase, sentence.start + match.index);
    if (pair.length === 0) continue;
    found.push({
      sentence: sentence.index, mode: trigger?.mode ?? "meeting", status: "held", date, place, occasion: null, participants: participationsOf(pair), anchors: [],
      triggers: trigger ? [trigger] : [], refersBack: false, subordinate: true, earlier: true,
    });
  }
  return found;
}

/**
 * Who met at the earlier engagement: those the phrase names; else the two sides the sentence
 * names before it; else, when the sentence speaks of "their" or "the two leaders", the pair of
 * the engagement spoken of last. Anyone else is a guess, and no engagement is proposed.
 */
function earlierPair(sentence: Sentence, findings: SentenceFindings, engagements: DraftEngagement[], phrase: Span, before: number): PersonMention[] {
  const named = itemsIn(findings.people, sentence.index).filter(eligible);
  const own = named.filter((person) => inside([phrase], person));
  if (own.length > 0) return own;
  const earlierNamed = named.filter((person) => person.end <= before);
  if (coversBothSides(earlierNamed, [], [])) return earlierNamed;
  const group = itemsIn(findings.cues, sentence.index).some((cue) => cue.kind === "group" && cue.end <= before);
  if (!group || earlierNamed.length > 0) return [];
  const latest = [...engagements].sort((a, b) => lastSentence(a) - lastSentence(b)).pop();
  const people = latest ? latest.participants.map((participation) => participation.person) : [];
  return coversBothSides(people, [], []) ? people : [];
}

/** "Rivera said following talks with …", "Lee told reporters after two days of meetings with …": a speech verb tied to the engagement word */
const SPOKE_AT = /^(?:,[^,]{0,90},)?\s+(?:said|says|told reporters|stated|added|noted|warned|wrote|posted)\s+(?:on\s+[\w.]+\s+)?(?:after|following|during|at the end of|at the close of)\s+(?:[\w'’-]+\s+){0,4}$/i;
/** how far a speech verb and its appositive stand from the engagement word they are tied to */
const SPOKE_AT_REACH = 160;

/**
 * The engagement word a speech verb is tied to ("said following talks with …"): its speakers
 * were at that engagement, and the people named past the word are those they met.
 */
function attendedTrigger(text: string, people: readonly PersonMention[], triggers: readonly Cue[]): { trigger: Cue; speakers: PersonMention[] } | null {
  for (const trigger of triggers) {
    const speakers = people.filter((person) => person.speaker && person.end <= trigger.start && trigger.start - person.end <= SPOKE_AT_REACH && SPOKE_AT.test(text.slice(person.end, trigger.start)));
    if (speakers.length > 0) return { trigger, speakers };
  }
  return null;
}

/** "the meeting in California between …": a meeting word followed, within a few words and no comma, by "between" */
const BETWEEN_AFTER = /^[^,;.]{0,40}?\bbetween\s/;
/** where a meeting word's "between …" phrase stops short of the sentence end */
const BETWEEN_STOP = /;|\s[—–]\s|,\s+as\s+well\s+as\b/;
/** "would be the first meeting", "was their second call": the sentence's engagement named again, not another one */
const SAME_AGAIN = /\b(?:is|was|would be|will be|marks|marked)\s+(?:the|their|its|a)\s+(?:first|second|third|latest|last|only|next)\b[^,;]{0,30}$/i;
/** where a meeting word's noun phrase starts: its determiner and up to three words before the word */
const NOUN_PHRASE_START = /\b(?:the|a|an|their|its|his|her|that|this)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** how far after "between" its first person stands ("between the presidents of the two major powers, Biden and Xi") */
const BETWEEN_PEOPLE_REACH = 80;
/** how long a "between …" phrase runs at most */
const BETWEEN_SPAN = 220;

/**
 * "The last meeting between the two officials … was crucial in bringing about the meeting in
 * California between Biden and Xi", "… as anticipated on the sidelines of the meeting in Bangkok
 * between Wang and Sullivan": past the sentence's own meeting word, another one followed by
 * "between" and people not named elsewhere in the sentence is another engagement. Its span runs
 * from the word to the next meeting word or the end of the phrase.
 */
function betweenClauses(text: string, sentence: Sentence, subordinate: Span[], own: readonly Cue[], relatives: readonly Cue[], people: readonly PersonMention[]): Span[] {
  const first = own[0];
  if (!first) return [];
  const all = [...own, ...relatives].sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  for (const [index, trigger] of all.entries()) {
    if (trigger.start <= first.start || inside(subordinate, trigger)) continue;
    const after = BETWEEN_AFTER.exec(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 60)));
    const previous = all[index - 1];
    const lead = text.slice(Math.max(sentence.start, previous?.end ?? sentence.start, trigger.start - 60), trigger.start);
    // "A sit-down there would be the first meeting between Trump and Xi": the same engagement, named again
    if (!after || SAME_AGAIN.test(lead)) continue;
    const phraseStart = trigger.end + after[0].length;
    // "… between Bessent and He, who reached a framework at talks in Kuala Lumpur on Sunday": a clause on the pair goes on with it
    const next = all.slice(index + 1).find((other) => !inside(subordinate, other));
    const limit = Math.min(sentence.end, next?.start ?? sentence.end, trigger.start + BETWEEN_SPAN);
    const stop = BETWEEN_STOP.exec(text.slice(phraseStart, limit));
    const end = stop ? phraseStart + stop.index : limit;
    // "the November meeting between …": the words before the meeting word are the phrase's too
    const determiner = NOUN_PHRASE_START.exec(lead);
    const start = determiner ? trigger.start - (lead.length - determiner.index) : trigger.start;
    const span: Span = { start, end, text: text.slice(start, end) };
    const within = people.filter((person) => inside([span], person));
    const elsewhere = new Set(people.filter((person) => !inside([span], person)).map((person) => person.key));
    const firstPerson = within[0];
    if (!firstPerson || firstPerson.start - phraseStart > BETWEEN_PEOPLE_REACH || within.every((person) => elsewhere.has(person.key))) continue;
    spans.push(span);
  }
  return spans;
}

/** "to implement the consensus reached between Xi and Biden": the two who reached it met before */
const CONSENSUS = /\bconsensus\s+(?:(?:that\s+)?(?:was\s+|they\s+)?(?:reached|struck|agreed)\s+)?(?:between|by)\s/gi;
/**
 * "to carry out the vision agreed upon by Xi and Biden", "the understandings reached by the two presidents in Bali": what
 * others arrived at before; the people named as having reached it are not at the engagement the sentence reports
 */
const REACHED_BY_OTHERS = /\b(?:vision|(?:common\s+)?understandings?),?\s+(?:that\s+)?(?:was\s+|were\s+)?(?:reached|agreed(?:\s+(?:upon|on))?)\s+(?:between|by)\s/gi;
/** where the consensus phrase ends: a clause stop, a closing quotation mark, or a verb joined on with ", and" ("…, and carry out talks on …") */
const CONSENSUS_STOP = /[;”"]|\s[—–]\s|,\s+and\s+(?=[a-z])/;
/** how long a consensus phrase runs at most */
const CONSENSUS_SPAN = 160;

/**
 * "to implement the consensus reached during the June 5 call", "consolidating the outcomes of the
 * Geneva talks": what is carried out was agreed before, so the meeting it names is an earlier one
 */
const CARRIED_OUT = /\b(?:implement(?:ing|ation\s+of)?|consolidat(?:e|ing)|carry(?:ing)?\s+out|deliver(?:ing)?\s+on|follow(?:ing)?\s+through\s+on)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:consensus|outcomes?|results|commitments|agreements?|understandings?)\s/gi;

/** The spans of phrases matching `pattern` in a sentence, each to its clause stop. */
function phraseSpans(sentence: Sentence, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
    const from = match.index + match[0].length;
    const rest = sentence.text.slice(from, Math.min(sentence.text.length, match.index + CONSENSUS_SPAN));
    const stop = CONSENSUS_STOP.exec(rest);
    const end = from + (stop ? stop.index : rest.length);
    spans.push({ start: sentence.start + match.index, end: sentence.start + end, text: sentence.text.slice(match.index, end) });
  }
  return spans;
}

/** The spans of "consensus reached between/by …" phrases in a sentence. */
function consensusSpans(sentence: Sentence): Span[] {
  return phraseSpans(sentence, CONSENSUS);
}

/**
 * "described the talks as a step to implement the consensus reached between Xi and Biden": a
 * consensus named with both its sides and no meeting word of its own points at an earlier
 * meeting of those two; it joins one the text reports, or stands as a mentioned one.
 */
function consensusCandidates(sentence: Sentence, findings: SentenceFindings): Candidate[] {
  const cues = itemsIn(findings.cues, sentence.index).filter((cue) => cue.kind === "trigger");
  const people = itemsIn(findings.people, sentence.index).filter(eligible);
  return consensusSpans(sentence).flatMap((span): Candidate[] => {
    const own = people.filter((person) => inside([span], person));
    if (cues.some((cue) => inside([span], cue)) || !coversBothSides(own, [], [])) return [];
    return [{
      sentence: sentence.index, mode: "meeting", status: "held", date: null, place: null, occasion: null, participants: participationsOf(own), anchors: [],
      triggers: [], refersBack: false, subordinate: true,
    }];
  });
}

/** "followed our call", "since my visit": a clause opened on the speaker's own engagement */
const FIRST_PERSON_OPENER = /^\S+\s+(?:\S+\s+)?(?:our|my|we|I)\b/;

/** how far from the meeting word of a clause its own people are named */
const CLAUSE_PEOPLE_REACH = 50;

/** "the meeting between Biden and Xi": the noun is followed by its own participants */
const OWN_PEOPLE_AFTER = /^\s+between\s+[A-Z]/;

/** "It followed a video call between the two men in April": the sentence names an earlier engagement as background */
const FOLLOWS_OPENER = /^(?:It|This|That|The (?:meeting|visit|call|talks|trip|summit))\s+(?:followed|follows|came after|comes after|was preceded by)\b/;

/** "… since the two leaders met", "after Biden and Xi met": a clause about an earlier engagement */
const RELATIVE_CLAUSE = /\b(?:since|after|before|following)\s+(?:the two \w+|they|their \w+|[A-Z][\w.]+(?:\s+(?:and\s+)?[A-Z][\w.]+){0,3})\s+(?:\w+\s+)?$/;

/**
 * Clauses about another time than the sentence's own: "a day after Trump and Xi struck a
 * truce in Busan", "weeks after he shelved a trip to Beijing", "since they met in
 * California", "The visit follows Tuesday's call between …", "amid friction over the senator's
 * planned trip next month" (someone's engagement argued over). From the opener to the next
 * comma, semicolon, dash or the end of the sentence; only after the sentence has begun its
 * own clause (a sentence opening with "After …" reports what the clause says).
 */
const SUBORDINATE_OPENER = /(?:\b(?:a|one|two|three|four|several|\d+|a few)\s+(?:days?|weeks?|months?)\s+|\b(?:days|weeks|months|shortly|just|soon|only)\s+)?\b(?:after|since|before|ahead of|in advance of|following|follows|followed|comes after|came after)\b(?!\s+(?:by|that|this|which|it|with|up|suit)\b|,)|(?<=,\s)(?!including\b|according\b)[a-z]+ing\b(?!\s+(?:with|to)\b)|(?<=,\s)(?:a|an)\s+(?:[a-z-]+\s+){1,2}?(?:that\b|which\b|(?=[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?\s+[a-z]))|(?<=,\s)(?:in|at|during)\s+which\b|(?<=,\s)with\b(?=[^,;]*\b(?:saying|adding|noting|warning)\b)|(?<=,\s)who\b|\b(?:over|about)\b(?=\s+(?:[\w.-]+\s+){0,5}?[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:visit|trip|meeting|talks|call)\b)/gi;
/** a comma ends the clause unless what follows still places or dates it ("met in Woodside, California, in November", "on Nov. 16, 2021") */
const CLAUSE_STOP = /;|\s[—–]\s|\s--\s|,(?!\s+(?:(?:in|on|at|last|earlier|this|during)\s|[A-Z][a-z]+(?:,|\s+in\b|\.?$)|\d{4}\b))/;

export function subordinateSpans(text: string, sentence: Sentence): Span[] {
  const spans: Span[] = [];
  const body = sentence.text;
  SUBORDINATE_OPENER.lastIndex = 0;
  for (let match = SUBORDINATE_OPENER.exec(body); match; match = SUBORDINATE_OPENER.exec(body)) {
    if (match.index < 12) continue;
    const rest = body.slice(match.index + match[0].length);
    const stop = CLAUSE_STOP.exec(rest);
    // "since the group formed in January and the first since Blinken met Xi in April": the next opener starts a clause of its own
    const next = nextOpener(rest);
    const end = match.index + match[0].length + Math.min(stop ? stop.index : rest.length, next ?? rest.length);
    spans.push({ start: sentence.start + match.index, end: sentence.start + end, text: body.slice(match.index, end) });
    SUBORDINATE_OPENER.lastIndex = end;
  }
  return spans;
}

/** Where, in what follows an opener, the next clause about another time begins ("… and the first since …"), if anywhere. */
const NEXT_SINCE = /\s(?:and|or|but)\s+(?:[\w'’-]+\s+){0,3}?(?=since\b)/i;

function nextOpener(rest: string): number | null {
  const match = NEXT_SINCE.exec(rest);
  return match ? match.index : null;
}

/** Triggers inside "since their meeting", "after the talks", "since the two leaders met": other engagements than the sentence's own. */
function relativeTriggers(text: string, sentence: Sentence, cues: Cue[]): Cue[] {
  const relative = cues.filter((cue) => cue.kind === "reference" && RELATIVE_REFERENCE.test(cue.text));
  const clauses = subordinateSpans(text, sentence);
  return cues.filter(
    (cue) =>
      cue.kind === "trigger" &&
      (relative.some((reference) => reference.start <= cue.start && cue.end <= reference.end) || inside(clauses, cue) || RELATIVE_CLAUSE.test(text.slice(Math.max(sentence.start, cue.start - 60), cue.start))),
  );
}

/** "talks in Guangzhou and Beijing": two cities joined name no one place of the engagement (its country may) */
const PLACE_AND = /^\s+and\s+$/;

function pairedPlace(text: string, place: PlaceMention, places: readonly PlaceMention[]): boolean {
  return places.some((other) => other !== place && other.specificity === place.specificity && other.country === place.country && PLACE_AND.test(other.start > place.end ? text.slice(place.end, other.start) : text.slice(other.end, place.start)));
}

function mostSpecific(places: PlaceMention[], triggers: Cue[]): PlaceMention | null {
  if (places.length === 0) return null;
  const best = Math.max(...places.map((place) => place.specificity));
  return nearest(places.filter((place) => place.specificity === best), triggers);
}

/** ", while Xi will …", ", with Xi reciprocating …": a clause of contrast or accompaniment with a subject of its own */
const OWN_SUBJECT_CLAUSE = /,\s+(?:while|with|whereas)\s+/g;
/** where such a clause ends: the next clause of its kind, a semicolon or a dash */
const OWN_SUBJECT_STOP = /,\s+(?:while|with|whereas|and)\s|;|\s[—–]\s/;

interface ReturnTrip {
  clause: Span;
  traveller: PersonMention;
  destination: PlaceMention;
}

/**
 * "Trump said he plans to visit China in April, with Xi reciprocating in the U.S. later", "…
 * to visit Beijing, while Xi will make a state visit to the United States": in a sentence about
 * a trip, a clause opened by "while" or "with" whose subject is an official of one side and
 * which names a place in the other side's country is a trip of that official there, however it
 * words the trip. The clause is read apart from the one before it (a trip declined or merely
 * offered there says nothing of this one).
 */
function returnTrips(text: string, sentence: Sentence, findings: SentenceFindings): ReturnTrip[] {
  const cues = itemsIn(findings.cues, sentence.index);
  const people = itemsIn(findings.people, sentence.index).filter(eligible);
  const places = itemsIn(findings.places, sentence.index).filter((place) => place.locative && !place.dateline);
  const trips: ReturnTrip[] = [];
  OWN_SUBJECT_CLAUSE.lastIndex = 0;
  for (let match = OWN_SUBJECT_CLAUSE.exec(sentence.text); match; match = OWN_SUBJECT_CLAUSE.exec(sentence.text)) {
    const from = sentence.start + match.index + match[0].length;
    // only in a sentence already about a trip, named before the clause
    if (!cues.some((cue) => cue.kind === "trigger" && cue.mode === "visit" && cue.end <= from)) continue;
    const rest = text.slice(from, sentence.end);
    const stop = OWN_SUBJECT_STOP.exec(rest);
    const clause: Span = { start: sentence.start + match.index, end: from + (stop ? stop.index : rest.length), text: "" };
    const traveller = people.find((person) => person.start >= from && person.end <= clause.end && TITLE_WORDS_BEFORE.test(text.slice(from, person.start)));
    if (!traveller || !isParticipantSide(traveller.side)) continue;
    const country = traveller.side === "US" ? "China" : "United States";
    const destination = places.find((place) => place.start >= traveller.end && place.end <= clause.end && place.country === country);
    // "…, with Wang having met him in Washington in January": a clause naming a meeting or a call reports that, not a trip
    const other = cues.some((cue) => cue.kind === "trigger" && cue.mode !== "visit" && cue.start >= from && cue.end <= clause.end);
    if (destination && !other) trips.push({ clause: { ...clause, text: text.slice(clause.start, clause.end) }, traveller, destination });
  }
  return trips;
}

/**
 * The sentence's candidates without what its return-trip clauses say (their triggers, and
 * those named only there), then one candidate for each such trip: its traveller, the place
 * it goes to, a date of its own, and the status its own trigger gives it or, with none, the
 * status of the sentence's trip it answers.
 */
function withReturnTrips(text: string, sentence: Sentence, candidates: Candidate[], trips: ReturnTrip[], findings: SentenceFindings): Candidate[] {
  if (trips.length === 0) return candidates;
  const clauses = trips.map((trip) => trip.clause);
  const outside = candidates.flatMap((candidate): Candidate[] => {
    const triggers = candidate.triggers.filter((trigger) => !inside(clauses, trigger));
    const participants = candidate.participants.filter((participation) => !participation.evidence.every((mention) => inside(clauses, mention)));
    if (candidate.triggers.length > 0 && triggers.length === 0) return [];
    if (participants.length === 0) return [];
    const place = candidate.place && inside(clauses, candidate.place) ? null : candidate.place;
    const date = candidate.date && inside(clauses, candidate.date) ? null : candidate.date;
    return [{ ...candidate, triggers, participants, place, date }];
  });
  const answered = outside.find((candidate) => candidate.mode === "visit")?.status ?? null;
  const dates = eventDaysIn(findings.dates, sentence.index);
  const cues = itemsIn(findings.cues, sentence.index).filter((cue) => cue.kind === "trigger");
  const returns = trips.map((trip): Candidate => {
    const own = cues.filter((cue) => inside([trip.clause], cue));
    const clauseSentence = { ...sentence, start: trip.clause.start, end: trip.clause.end, text: trip.clause.text };
    const status = own.map((trigger) => statusOf(text, clauseSentence, trigger)).find((found) => found !== null) ?? answered;
    return {
      sentence: sentence.index, mode: "visit", status, date: dates.find((date) => inside([trip.clause], date)) ?? null, place: trip.destination, occasion: null,
      participants: participationsOf([trip.traveller]), anchors: [], triggers: own, refersBack: false, subordinate: false,
    };
  });
  return [...outside, ...returns];
}

/**
 * "the speaker's potential trip to the island next month", "plans to visit the island of Taiwan":
 * a trip placed nowhere else whose every trip word goes to "the island" (or to Taiwan by name)
 * goes to Taiwan, which no place finder reads from "the island" alone.
 */
function tripToTheIsland(text: string, engagement: DraftEngagement): boolean {
  const trips = engagement.triggers.filter((trigger) => trigger.mode === "visit");
  if (engagement.mode !== "visit" || engagement.place !== null || trips.length === 0 || trips.length !== engagement.triggers.length) return false;
  return trips.every((trip) => TO_THE_ISLAND.test(text.slice(trip.end, trip.end + ISLAND_REACH)));
}
const TO_THE_ISLAND = /^\s+(?:to\s+)?(?:the\s+(?:self-ruled\s+|self-governing\s+|democratic\s+)?island\b|Taiwan\b)/i;
const ISLAND_REACH = 40;

/** "visits", "meetings": an engagement word in the plural */
const PLURAL_ENGAGEMENT = /^(?:visits|trips|meetings|calls)$/i;

/**
 * "expected visits to China by Yellen and Blinken", "meetings between Blinken, Yellen, Kerry and
 * their Chinese counterparts": several officials of one side, each on an engagement of their own.
 */
function splitPlural(candidate: Candidate): Candidate[] {
  const [trigger, ...more] = candidate.triggers;
  const sides = new Set(candidate.participants.map((participation) => participation.person.side));
  if (!trigger || more.length > 0 || !PLURAL_ENGAGEMENT.test(trigger.text) || candidate.participants.length < 2 || sides.size > 1) return [candidate];
  return candidate.participants.map((participation) => ({ ...candidate, participants: [participation] }));
}

/** "Blinken visited China, followed by Yellen and Raimondo": separate trips, one per official. */
function splitFollowedBy(candidate: Candidate, sentence: Sentence): Candidate[] {
  const at = sentence.text.indexOf("followed by");
  if (at < 0 || candidate.mode !== "visit") return [candidate];
  const cut = sentence.start + at;
  const leaders = candidate.participants.filter((participation) => participation.person.start < cut);
  const followers = candidate.participants.filter((participation) => participation.person.start >= cut);
  if (leaders.length === 0 || followers.length === 0) return [candidate];
  return [{ ...candidate, participants: leaders }, ...followers.map((follower) => ({ ...candidate, participants: [follower], date: null }))];
}

/** "talks with the mayor and a visit to the university": a visit listed after a name, beside it, not made by it */
const LISTED_BESIDE = /^\s+and\s+(?:a|an)\s+$/;

/** The visit a person is on: the first written after them, unless it is only listed beside them; then the one before. */
function tripOf(text: string, visits: Cue[], person: PersonMention): Cue | undefined {
  const after = visits.find((visit) => visit.start >= person.end);
  if (!after || !LISTED_BESIDE.test(text.slice(person.end, after.start))) return after;
  return visits.filter((visit) => visit.end <= person.start).pop();
}

/**
 * "Yellen would travel to China in the coming days, and Blinken would visit in the coming
 * weeks", "Blinken visited Beijing in June, and Yellen followed with her own trip in July":
 * officials of one side, each the subject of a visit of their own, made separate trips.
 * Officials of the side visited stay with the first trip.
 */
function splitVisits(text: string, candidate: Candidate, dates: DateMention[], places: PlaceMention[]): Candidate[] {
  // "during the trip" is the trip already spoken of, not another one
  const visits = candidate.triggers.filter((trigger) => trigger.mode === "visit" && !/\b(?:the|his|her|their|that|this)\s+(?!own\b)(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, trigger.start - 25), trigger.start)));
  if (candidate.mode !== "visit" || visits.length < 2) return [candidate];
  const groups = new Map<Cue, Participation[]>();
  for (const participation of candidate.participants) {
    const trigger = tripOf(text, visits, participation.person);
    if (!trigger) return [candidate];
    groups.set(trigger, [...(groups.get(trigger) ?? []), participation]);
  }
  // "Trump would travel to China in April, and Xi would visit the United States": each leads a trip of their own
  if (groups.size < 2 || [...groups.values()].some((group) => new Set(group.map((participation) => participation.person.side)).size > 1)) return [candidate];
  const ordered = [...groups.entries()].sort((a, b) => a[0].start - b[0].start);
  return ordered.map(([trigger, participants], index) => {
    const next = ordered[index + 1]?.[0].start ?? Infinity;
    const own = dates.filter((date) => date.start >= trigger.start && date.start < next);
    const ownPlaces = places.filter((place) => place.start >= trigger.start && place.start < next);
    return { ...candidate, participants, triggers: [trigger], date: own[0] ?? (index === 0 ? candidate.date : null), place: mostSpecific(ownPlaces, [trigger]) ?? candidate.place };
  });
}

/** ", and Adm. Paparo … held video talks with Gen. Wu": a coordinate clause with a subject of its own */
const COORDINATE = /,\s+and\s+(?=(?:[A-Z]|the\s|his\s|her\s))|;\s+/g;

/**
 * "Dong and Austin held talks in Singapore in May, and Paparo held video talks with Wu in
 * September": coordinate clauses, each with a trigger and both sides of its own, report
 * separate engagements.
 */
function splitCoordinate(candidate: Candidate, sentence: Sentence, dates: DateMention[], places: PlaceMention[]): Candidate[] {
  if (candidate.triggers.length < 2 || candidate.subordinate) return [candidate];
  const cuts = [sentence.start];
  COORDINATE.lastIndex = 0;
  for (let match = COORDINATE.exec(sentence.text); match; match = COORDINATE.exec(sentence.text)) cuts.push(sentence.start + match.index);
  if (cuts.length < 2) return [candidate];
  const ranges = cuts.map((start, index) => ({ start, end: cuts[index + 1] ?? sentence.end }));
  const within = (range: { start: number; end: number }, item: { start: number }) => item.start >= range.start && item.start < range.end;
  const parts = ranges.flatMap((range) => {
    const triggers = candidate.triggers.filter((trigger) => within(range, trigger));
    const participants = candidate.participants.filter((participation) => within(range, participation.person));
    if (triggers.length === 0) return [];
    return [{ range, triggers, participants }];
  });
  if (parts.length < 2 || !parts.every((part) => coversBothSides(part.participants.map((participation) => participation.person), [], []))) return [candidate];
  return parts.map((part) => {
    const date = nearest(dates.filter((mention) => within(part.range, mention)), part.triggers);
    const place = mostSpecific(places.filter((mention) => within(part.range, mention)), part.triggers);
    return { ...candidate, triggers: part.triggers, participants: part.participants, date: date ?? null, place, mode: part.triggers[0]?.mode ?? candidate.mode };
  });
}

function modesAgree(a: TriggerMode, b: TriggerMode): boolean {
  return (a === "call") === (b === "call");
}

function sharePeople(engagement: DraftEngagement, candidate: Candidate): boolean {
  return candidate.participants.some((participation) => engagement.participants.some((other) => other.person.key === participation.person.key));
}

function coarseOverlap(a: DateMention, b: DateMention): boolean {
  const length = Math.min(a.value?.length ?? 0, b.value?.length ?? 0);
  const cut = (value: string | null | undefined) => (value ?? "").slice(0, length);
  return cut(a.value) <= cut(b.valueEnd ?? b.value) && cut(b.value) <= cut(a.valueEnd ?? a.value);
}

function isRecent(engagement: DraftEngagement, published: string | null): boolean {
  const value = engagement.date?.value;
  if (!value || !published) return true;
  return value.length === 7 ? value >= published.slice(0, 7) : value >= addDays(published, -RECENT_DAYS);
}

function statusesAgree(engagement: DraftEngagement, candidate: Candidate, published: string | null): boolean {
  if ((engagement.status === "cancelled") !== (candidate.status === "cancelled")) return false;
  // dated before publication with no word on its status, it was held: "would travel" speaks of another trip
  const value = engagement.date?.value;
  const status = engagement.status ?? (value && published && engagement.date?.precision === "day" && value < published ? "held" : null);
  if (!status || !candidate.status || status === candidate.status) return true;
  // "what would make the meeting a success", said the day before: the same meeting; a trip still to come is another one
  return candidate.status === "planned" && candidate.mode !== "visit" && status === "held" && engagement.status === "held" && isRecent(engagement, published);
}

function lastSentence(engagement: DraftEngagement): number {
  return Math.max(...engagement.triggerSentences);
}

/** Later sentences rank higher; in one sentence, the engagement it reports above one a clause of it names in passing. */
function lastMentionRank(engagement: DraftEngagement): number {
  const last = lastSentence(engagement);
  return last * 2 + (engagement.subordinateSentences.includes(last) ? 0 : 1);
}

/** The engagement a candidate joins: same people and mode, overlapping dates; undated ones go to the best-agreeing, most recent. */
/**
 * An engagement whose sides were named only in part ("a U.S. delegation met Chinese
 * officials"; then "The U.S. team was led by Daskal") and a candidate just after it that
 * names the missing side without contradicting it: one engagement.
 */
function completes(engagement: DraftEngagement, candidate: Candidate, published: string | null, reach = COMPLETE_REACH): boolean {
  // parts of one sentence split apart ("he will travel to China, and Xi will visit the United States") do not complete each other
  if (candidate.subordinate || candidate.sentence <= lastSentence(engagement) || candidate.sentence - lastSentence(engagement) > reach) return false;
  if (candidate.date && engagement.date && !coarseOverlap(engagement.date, candidate.date)) return false;
  if (!statusesAgree(engagement, candidate, published)) return false;
  // "President Biden met President Xi in November": a sentence naming both sides of a meeting of its own reports that one,
  // unless it follows at once without a date of its own ("U.S. and Chinese negotiators ended talks. Bessent met He twice.")
  const ownMeeting = candidate.triggers.length > 0 && !candidate.refersBack && coversBothSides(candidate.participants.map((participation) => participation.person), [], []);
  if (ownMeeting && ((candidate.date && !engagement.date) || candidate.sentence - lastSentence(engagement) > 1)) return false;
  const named = new Set(engagement.participants.map((participation) => participation.person.side));
  const anchored = new Set(engagement.anchors.map((anchor) => anchor.side));
  // "Austin spoke with his Chinese counterpart. Tuesday's call was the first time Austin has spoken with Dong": told as the one
  // known, it may name again one already there
  const already = (participation: Participation) => engagement.participants.some((other) => other.person.key === participation.person.key);
  const completing = candidate.toldAgain ? candidate.participants.filter((participation) => !already(participation)) : candidate.participants;
  return completing.length > 0 && completing.every((participation) => !named.has(participation.person.side) && anchored.has(participation.person.side));
}

/** the speaking verbs find-cues reads as meeting words ("spoke", "talked"): a phone call fits them as well as a meeting */
const SPEAKING_VERB = /^(?:speak|speaks|spoke|spoken|talked)$/i;
/** "a conversation": a meeting word that, like a speaking verb, does not say whether the two met or called */
const CONVERSATION = /^conversations?$/i;

/** "spoke with", "talked with", "a conversation": speaking alone says nothing of whether the two met or called */
function formUnsaid(engagement: DraftEngagement): boolean {
  return engagement.triggers.length > 0 && engagement.triggers.every((trigger) => SPEAKING_VERB.test(trigger.text) || CONVERSATION.test(trigger.text));
}

/** Held in two countries: two engagements (a trip to Beijing and Guangzhou is still one). */
function placesConflict(engagement: DraftEngagement, candidate: Candidate): boolean {
  const a = engagement.place;
  const b = candidate.place;
  return a !== null && b !== null && a.specificity >= 2 && b.specificity >= 2 && a.country !== b.country;
}

/** "summit", "talks", "meeting": words that name a meeting held in person or by video alike */
const ANY_FORM = /^(?:summit|talks|meeting|meetings|discussions|dialogue)$/i;
/** "… about trade", "… with the U.S. envoy about chips": what the talk is about, later in the verb's clause */
const SUBJECT_AFTER = new RegExp(String.raw`^(?:[^.;,]|${INITIAL_STOP}){0,60}?\babout\b`, "i");

/**
 * "The two leaders spoke about trade", "were set to speak about Taiwan": a speaking verb followed by its subject tells what a
 * conversation held (or to be held) went over, which is as true of a phone call as of a meeting in person.
 */
function speaksOfSubject(text: string, trigger: Cue): boolean {
  return SPEAKING_VERB.test(trigger.text) && SUBJECT_AFTER.test(text.slice(trigger.end));
}

/**
 * "Biden spoke virtually with Xi …" then "… the summit", or "the two leaders were set to speak about climate": a sentence naming
 * the call only by a word any meeting goes by, or a speaking verb with what was (or is to be) said, with no place or date of its
 * own, speaks of that call: an official's preview of it or a report of it, not a second engagement.
 */
function namesAnyForm(text: string, engagement: DraftEngagement, candidate: Candidate): boolean {
  return engagement.mode === "call" && candidate.mode === "meeting" && !candidate.subordinate && !candidate.place && !candidate.date && candidate.triggers.length > 0 && candidate.triggers.every((trigger) => ANY_FORM.test(trigger.text) || speaksOfSubject(text, trigger));
}

/**
 * Told only by words of talking and placed nowhere ("Austin spoke with his counterpart"): it may have been a call; "spoke
 * with Xi in Lima" or "on the sidelines of the summit" was held in person.
 */
function mayHaveBeenCall(contact: { mode: TriggerMode; triggers: readonly Cue[]; place: PlaceMention | null; occasion: Occasion | null }): boolean {
  return contact.mode === "meeting" && contact.triggers.length > 0 && contact.triggers.every((trigger) => SPEAKING_VERB.test(trigger.text)) && contact.place === null && contact.occasion === null;
}

/**
 * The engagement the body tells that a headline names: it gives no date or status, and may name as a call what the body
 * tells only as talk, or the reverse ("Austin holds call with Chinese defense minister" over "Austin spoke with Wei on
 * Wednesday"; "Wang speaks with Rubio" over "Wang had a phone conversation with Rubio").
 */
function headlineTarget(text: string, engagements: DraftEngagement[], part: Candidate, published: string | null, years: ReadonlyMap<number, string>): DraftEngagement | undefined {
  const loose = { ...part, status: null, date: null };
  const told = joinTarget(text, engagements, loose, published, years);
  if (told) return told;
  if (part.mode === "call") return joinTarget(text, engagements.filter(mayHaveBeenCall), { ...loose, mode: "meeting" }, published, years);
  return mayHaveBeenCall(part) ? joinTarget(text, engagements.filter((engagement) => engagement.mode === "call"), { ...loose, mode: "call" }, published, years) : undefined;
}

/**
 * "Blinken and Sullivan met Yang and Wang over two days" then "On Thursday, the two sides
 * exchanged heated words": a dated mention with no word on its status, of no one the held
 * engagement lacks, on a day before publication, is that engagement dated (not a clause naming
 * another one in passing: "following a call on Jan. 17").
 */
function heldTwin(engagement: DraftEngagement, candidate: Candidate, published: string | null): boolean {
  if (candidate.status !== null || candidate.subordinate || candidate.refersBack || engagement.status !== "held" || candidate.participants.length === 0) return false;
  const value = candidate.date?.value;
  if (!value || (published && value.slice(0, 10) > published.slice(0, value.length))) return false;
  return candidate.participants.every((participation) => engagement.participants.some((other) => other.person.key === participation.person.key));
}

/**
 * "Biden and Xi met at the APEC summit in San Francisco" then "the November 2023 Woodside summit between Biden and Xi": a
 * dated mention with no word on its status, placed where the held engagement was or near it (an estate outside the city),
 * is that engagement dated.
 */
function placedAlike(engagement: DraftEngagement, candidate: Candidate): boolean {
  const [a, b] = [engagement.place, candidate.place];
  return candidate.status === null && engagement.status === "held" && a !== null && b !== null && a.specificity >= 2 && b.specificity >= 2 && placesOfOneSpot(a, b);
}

/**
 * The year before the report's that a mention is given when it is given no finer date: "Trump and Xi shook hands in 2019 before a
 * meeting in Osaka", in a report of 2025, recalls an earlier meeting. "The Stockholm talks … in 2023" (see candidatesAt) names the
 * engagement spoken of, and "he would travel to China next year" one still to come: neither recalls one.
 */
function recalledYear(candidate: Candidate, published: string | null): string | undefined {
  const reported = published?.slice(0, 4);
  return !candidate.refersBack && candidate.year && reported && candidate.year < reported ? candidate.year : undefined;
}

/**
 * A recalled meeting keeps apart from an engagement of another year (its date's, else the report's), and an engagement it starts
 * is joined only by mentions of its year.
 */
function yearsAgree(engagement: DraftEngagement, candidate: Candidate, published: string | null, years: ReadonlyMap<number, string>): boolean {
  const recalled = recalledYear(candidate, published);
  if (!recalled && !years.has(engagement.id)) return true;
  const reported = published?.slice(0, 4);
  const own = recalled ?? candidate.date?.value?.slice(0, 4) ?? reported;
  const theirs = engagement.date?.value?.slice(0, 4) ?? years.get(engagement.id) ?? reported;
  return !own || !theirs || own === theirs;
}

function joinTarget(text: string, all: DraftEngagement[], candidate: Candidate, published: string | null, years: ReadonlyMap<number, string>): DraftEngagement | undefined {
  const engagements = all.filter((engagement) => yearsAgree(engagement, candidate, published, years));
  // "the first time since November" does not say whether November's was a call or a meeting: the one the text dated so is it
  const modeFits = (engagement: DraftEngagement) => candidate.triggers.length === 0 || modesAgree(engagement.mode, candidate.mode);
  if (candidate.earlier) return engagements.find((engagement) => engagement.date && candidate.date && coarseOverlap(engagement.date, candidate.date) && modeFits(engagement) && sharePeople(engagement, candidate));
  // "Austin spoke with his Chinese counterpart. Tuesday's video call …": a call completes an engagement told only as speaking
  const completed = engagements.find((engagement) => (modesAgree(engagement.mode, candidate.mode) || formUnsaid(engagement)) && !placesConflict(engagement, candidate) && completes(engagement, candidate, published));
  if (completed) return completed;
  const agreeing = engagements.filter((engagement) => (modesAgree(engagement.mode, candidate.mode) || namesAnyForm(text, engagement, candidate)) && !placesConflict(engagement, candidate) && sharePeople(engagement, candidate));
  if (candidate.date) {
    const dated = candidate.date;
    const sameDate = agreeing.find((engagement) => engagement.date && coarseOverlap(engagement.date, dated) && statusesAgree(engagement, candidate, published));
    if (sameDate) return sameDate;
  }
  // a dated mention joins an undated engagement only when the text gives both the same status, or places both in one spot
  const datedJoinsUndated = (engagement: DraftEngagement) => !engagement.status || engagement.status === candidate.status || heldTwin(engagement, candidate, published) || placedAlike(engagement, candidate);
  const open = agreeing.filter(
    (engagement) => (!candidate.date || (!engagement.date && datedJoinsUndated(engagement))) && statusesAgree(engagement, candidate, published),
  );
  // an undated mention is likelier the news than a meeting months before it
  const rank = (engagement: DraftEngagement) => (engagement.status === candidate.status || !candidate.status ? 1_000_000 : 0) + (!candidate.date && isRecent(engagement, published) ? 500_000 : 0) + lastSentence(engagement);
  return open.sort((a, b) => rank(b) - rank(a))[0] ?? (candidate.refersBack ? referredTo(engagements, candidate, published) : undefined);
}

/** "The talks, held on Saturday, also included …": the latest engagement, if nothing in the sentence contradicts it. */
function referredTo(engagements: DraftEngagement[], candidate: Candidate, published: string | null): DraftEngagement | undefined {
  // "the talks" is the news, not a meeting months ago that the text mentioned last, nor one a clause of that sentence named in passing
  const rank = (engagement: DraftEngagement) => (isRecent(engagement, published) ? 1_000_000 : 0) + lastMentionRank(engagement);
  const latest = [...engagements].sort((a, b) => rank(a) - rank(b)).pop();
  if (!latest || !modesAgree(latest.mode, candidate.mode)) return undefined;
  if (latest.status && candidate.status && latest.status !== candidate.status) return undefined;
  if (latest.date && candidate.date && !coarseOverlap(latest.date, candidate.date)) return undefined;
  return latest;
}

/**
 * A day-precise date is more specific than its month; and a span of days that holds the day already known ("met on May 11" then
 * "met from May 10-11") is the engagement's fuller date, dated by its first day.
 */
function moreSpecificDate(current: DateMention | null, incoming: DateMention | null): DateMention | null {
  if (!current) return incoming;
  if (incoming && incoming.precision === "day" && current.precision === "month" && incoming.value?.startsWith(current.value ?? "-")) return incoming;
  if (incoming?.value && incoming.valueEnd && current.precision === "day" && current.value && !current.valueEnd && incoming.value < current.value && current.value <= incoming.valueEnd) return incoming;
  return current;
}

function join(engagement: DraftEngagement, candidate: Candidate): DraftEngagement {
  const participants = engagement.participants.map((participation) => ({ ...participation, evidence: [...participation.evidence] }));
  for (const participation of candidate.participants) {
    const existing = participants.find((other) => other.person.key === participation.person.key);
    if (existing) existing.evidence.push(...participation.evidence);
    else participants.push({ person: participation.person, evidence: [...participation.evidence] });
  }
  const place = candidate.place && (!engagement.place || candidate.place.specificity > engagement.place.specificity) ? candidate.place : engagement.place;
  return {
    ...engagement,
    status: engagement.status ?? candidate.status,
    date: moreSpecificDate(engagement.date, candidate.date),
    place,
    occasion: engagement.occasion ?? candidate.occasion,
    participants,
    anchors: [...engagement.anchors, ...candidate.anchors],
    triggerSentences: [...new Set([...engagement.triggerSentences, candidate.sentence])],
    subordinateSentences: subordinateAfterJoin(engagement, candidate),
    triggers: [...engagement.triggers, ...candidate.triggers],
  };
}

/**
 * "The two sides held trade talks on Monday, ahead of a meeting of their leaders": when both the
 * sentence's own engagement and the one in its clause about another time join the same engagement,
 * the sentence still reports it; only a sentence that names it in passing alone is subordinate.
 */
function subordinateAfterJoin(engagement: DraftEngagement, candidate: Candidate): number[] {
  const reported = engagement.triggerSentences.includes(candidate.sentence) && !engagement.subordinateSentences.includes(candidate.sentence);
  if (!candidate.subordinate) return engagement.subordinateSentences.filter((index) => index !== candidate.sentence);
  return reported ? engagement.subordinateSentences : [...new Set([...engagement.subordinateSentences, candidate.sentence])];
}

function fresh(candidate: Candidate, id: number): DraftEngagement {
  return {
    id, mode: candidate.mode, status: candidate.status, date: candidate.date, place: candidate.place, occasion: candidate.occasion,
    participants: candidate.participants.map((participation) => ({ person: participation.person, evidence: [...participation.evidence] })),
    anchors: candidate.anchors, triggerSentences: [candidate.sentence], subordinateSentences: candidate.subordinate ? [candidate.sentence] : [],
    triggers: candidate.triggers, tiedSentences: [candidate.sentence],
    kind: "other", role: "mentioned", title: "", topics: [], outcomes: [], confidence: 0,
  };
}

export function buildEngagements(state: ExtractionState): DraftEngagement[] {
  const findings: SentenceFindings = {
    text: state.text,
    sentences: state.sentences,
    people: groupBySentence(state.people),
    cues: groupBySentence(state.cues),
    dates: groupBySentence(state.dates),
    places: groupBySentence(state.places),
    occasions: groupBySentence(state.occasions),
  };
  let engagements: DraftEngagement[] = [];
  /** the year a mention gave an engagement it created without a finer date ("met in 2019"), by engagement id */
  const years = new Map<number, string>();
  // the headline is read last: it names the news in few words, without the date or status the body gives it
  const headline = state.sentences.filter((sentence) => isHeadline(sentence, state.sentences));
  for (const sentence of [...state.sentences.filter((sentence) => !headline.includes(sentence)), ...headline]) {
    const sentenceDates = eventDaysIn(findings.dates, sentence.index);
    const split = candidatesAt(state.text, sentence, findings, engagements).flatMap(splitPlural).flatMap((candidate) => splitFollowedBy(candidate, sentence)).flatMap((candidate) => splitVisits(state.text, candidate, sentenceDates, itemsIn(findings.places, sentence.index).filter((place) => place.locative && !place.dateline)))
      .flatMap((candidate) => splitCoordinate(candidate, sentence, sentenceDates, itemsIn(findings.places, sentence.index).filter((place) => place.locative && !place.dateline)));
    const candidates = withReturnTrips(state.text, sentence, split, returnTrips(state.text, sentence, findings), findings);
    const earlier = [...(candidates.some((candidate) => candidate.subordinate) ? [] : firstSinceCandidates(state.text, sentence, findings, engagements)), ...consensusCandidates(sentence, findings)];
    const completing = candidates.length > 0 ? candidates : [...leaders(state.text, sentence, findings, engagements), ...members(sentence, findings, engagements), ...addressed(sentence, findings, engagements), ...counterpartsNamed(sentence, findings, engagements)];
    for (const part of [...completing, ...earlier]) {
      const inHeadline = headline.includes(sentence);
      const named = part.joins === undefined ? undefined : engagements.find((engagement) => engagement.id === part.joins);
      const target = named ?? joinTarget(state.text, engagements, part, state.published, years) ?? (inHeadline ? headlineTarget(state.text, engagements, part, state.published, years) : undefined);
      // a headline naming an engagement the body reports adds its names, not its words: "as tensions rise" is no topic of the
      // call, and "U.S. looks to China …" is no place of it; "holds call" says how the contact the body told as talk was held
      const joined = (engagement: DraftEngagement) =>
        inHeadline
          ? { ...join(engagement, { ...part, place: null, date: null, occasion: null }), mode: part.mode === "call" ? "call" : engagement.mode, triggerSentences: engagement.triggerSentences, triggers: engagement.triggers }
          : join(engagement, part);
      const recalled = recalledYear(part, state.published);
      if (!target && recalled) years.set(engagements.length, recalled);
      engagements = target ? engagements.map((engagement) => (engagement === target ? joined(engagement) : engagement)) : [...engagements, fresh(part, engagements.length)];
    }
  }
  // an engagement whose sides were never named is not one the store can show
  // … nor is a visit to Taiwan a US–China engagement, whoever reacted to it
  engagements = engagements.filter((engagement) => engagement.participants.length > 0 && engagement.place?.country !== "Taiwan" && !tripToTheIsland(state.text, engagement)).map((engagement, id) => ({ ...engagement, id }));
  const used = new Set(engagements.flatMap((engagement) => (engagement.date ? [engagement.date.start] : [])));
  const unused = new Map([...findings.dates].map(([index, dates]) => [index, dates.filter((date) => !used.has(date.start))]));
  return engagements.map((engagement) => ({
    ...engagement,
    date: (engagement.date && arrivalDay(state.text, engagement, engagement.date, state.sentences, state.dates)) ?? engagement.date ?? paragraphDate(engagement, state.sentences, unused, findings.cues) ?? followingDate(engagement, state.people, unused, findings.cues),
    tiedSentences: [...engagement.triggerSentences],
  }));
}

/** "Austin holds first talks with China's Dong Jun as channels reopen": a first line (or the first under a breadcrumb trail) of few words with no closing stop. */
const HEADLINE_MAX = 160;
const CLOSING_STOP = /[.!?:]["”’')]?\s*$/;

/**
 * "Home > News > China": a trail of a site's sections printed above the headline, read section by section (one pattern over
 * the whole trail backtracks exponentially on a long trail that fails at its end: "Home > … > US-China")
 */
const BREADCRUMB_SEPARATOR = ">";
const BREADCRUMB_SECTION = /^[\p{L}' ]{1,40}$/u;

function isBreadcrumb(text: string): boolean {
  const sections = text.split(BREADCRUMB_SEPARATOR).map((section) => section.trim());
  return sections.length > 1 && sections.every((section) => BREADCRUMB_SECTION.test(section));
}

/** the first sentence, or the one under a breadcrumb trail: where a headline stands if the page has one */
export function headlinePlace(sentences: readonly Sentence[]): Sentence | undefined {
  return isBreadcrumb(sentences[0]?.text ?? "") ? sentences[1] : sentences[0];
}

export function isHeadline(sentence: Sentence, sentences: readonly Sentence[]): boolean {
  return sentence.index === headlinePlace(sentences)?.index && sentence.text.length <= HEADLINE_MAX && !sentence.text.includes("\n") && !CLOSING_STOP.test(sentence.text);
}

/**
 * "the first meeting of the China-U.S. trade mechanism": a body of the two sides meeting names them as its parties too, once
 * the sentences after it say who led each side (a forum's meeting, "of the U.S.-China Business Council", names no leaders of sides)
 */
const PARTIES_AFTER = /^\s+(?:between|of\s+the)\s+$/;
/** how many sentences after talks of both sides a sentence naming who led each still completes them: a report may describe the scene first */
const SIDES_LED_REACH = 4;
/** "The Chinese delegation was led by …, and the U.S. side by …": the people named after it led the sides */
const SIDES_LED = /\b(?:delegation|side|team)\s+(?:was|were|is|will\s+be)\s+(?:led|headed)\s+by\s/i;

/** Where in the sentence its list of the sides' leaders starts, if it has one naming both sides. */
function sidesLedFrom(sentence: Sentence, findings: SentenceFindings): number | null {
  const cue = SIDES_LED.exec(sentence.text);
  if (!cue) return null;
  const from = sentence.start + cue.index;
  return coversBothSides(itemsIn(findings.people, sentence.index).filter((person) => eligible(person) && person.start >= from), [], []) ? from : null;
}

function sidesLedNext(sentence: Sentence, findings: SentenceFindings): boolean {
  return findings.sentences.slice(sentence.index + 1, sentence.index + 1 + SIDES_LED_REACH).some((next) => sidesLedFrom(next, findings) !== null);
}

/**
 * "The U.S. team was led by Jen Daskal": no trigger, but it names who led one side of the
 * engagement spoken of just before; a candidate that can only complete that one.
 */
function leaders(text: string, sentence: Sentence, findings: SentenceFindings, engagements: DraftEngagement[]): Candidate[] {
  const cues = itemsIn(findings.cues, sentence.index);
  // "China's minister, Wang Xiaohong, opened the session": the engagement spoken of, and who was there for the side not yet named
  const refers = cues.some((cue) => cue.kind === "reference" && DEFINITE_REFERENCE.test(cue.text));
  const quoted = quotationSpans(sentence);
  const listFrom = sidesLedFrom(sentence, findings);
  // an official who speaks of "the talks" right after a side was left unnamed led that side; a name inside a quotation is only spoken of
  const led = itemsIn(findings.people, sentence.index).filter(
    (person) =>
      eligible(person) && !inside(quoted, person) &&
      (refers || (listFrom !== null && person.start >= listFrom) ||
        LED_BY.test(text.slice(Math.max(sentence.start, person.start - 40), person.start)) ||
        LEADS.test(text.slice(person.end, Math.min(sentence.end, person.end + 120)))),
  );
  if (led.length === 0) return [];
  // the engagement a side was left unnamed in, the latest first: a meeting mentioned in between does not take its leader
  for (const engagement of [...engagements].reverse()) {
    const candidate: Candidate = {
      sentence: sentence.index, mode: engagement.mode, status: null, date: null, place: null, occasion: null, participants: participationsOf(led), anchors: [],
      triggers: [], refersBack: false, subordinate: false,
    };
    // it joins the one it completes, however far the sides' leaders come after it
    if (completes(engagement, candidate, null, listFrom === null ? COMPLETE_REACH : SIDES_LED_REACH)) return [{ ...candidate, joins: engagement.id }];
  }
  return [];
}

/**
 * "Xi was accompanied by …", "The U.S. delegation included …", "Lee, who led the U.S. team
 * together with …": a sentence listing more members of a side at the engagement just spoken
 * of. The cue's trailing space is part of it, so the list starts where the match ends.
 */
const MEMBERS_CUE = /\b(?:accompanied\s+by|delegation\s+(?:also\s+)?(?:included|includes|comprised|consisted\s+of)|(?:led|headed)\s+(?:the|a|his|her)\s+(?:[\w.-]+\s+){0,2}?(?:delegation|team)\s+(?:together|along)\s+with)\s/gi;
/** what stands between two members of a list: a separator and a title of a few words ("Politburo Standing Committee member") */
const LIST_GAP = /^,?\s*(?:and\s+)?(?:(?:[A-Z][\w.'’-]*|of|the|for|member|chief|minister|secretary|envoy|adviser|director|vice|deputy|special)\s+){0,5}$/;
/** how long that title may be */
const MEMBERS_GAP = 60;
/** "The U.S. delegation included": the side a delegation is of, written just before it */
const DELEGATION_SIDE = /\b(?:(U\.S\.|US|American)|(Chinese))\s+(?:[\w-]+\s+)?delegation\s/i;

/** "Wang Wentao, China's commerce minister, also was part of Beijing's delegation", "Li joined the Chinese delegation": the subject is a member */
const MEMBER_OF = /\b(?:(?:was|were|is|are)\s+(?:also\s+)?(?:part|members?|among\s+the\s+members)\s+of|(?:also\s+)?joined)\s+(?:the|his|her|[A-Z][\w.'’]*['’]s)\s+(?:[\w.-]+\s+){0,2}?(?:delegation|team)\b/;

function subjectMembers(sentence: Sentence, findings: SentenceFindings, engagements: DraftEngagement[]): Candidate[] {
  const cue = MEMBER_OF.exec(sentence.text);
  if (!cue) return [];
  const subject = itemsIn(findings.people, sentence.index).filter((person) => eligible(person) && person.end <= sentence.start + cue.index);
  const side = subject[0]?.side;
  if (!side || subject.some((person) => person.side !== side)) return [];
  // the delegation of the side just before it: the latest engagement with people of that side
  const target = latestJustBefore(engagements, sentence, (engagement) => engagement.participants.some((participation) => participation.person.side === side));
  return target ? joiningCandidate(sentence, target, subject) : [];
}

function members(sentence: Sentence, findings: SentenceFindings, engagements: DraftEngagement[]): Candidate[] {
  MEMBERS_CUE.lastIndex = 0;
  const cue = MEMBERS_CUE.exec(sentence.text);
  if (!cue) return subjectMembers(sentence, findings, engagements);
  const listStart = sentence.start + cue.index + cue[0].length;
  const people = itemsIn(findings.people, sentence.index).filter(eligible);
  // the list runs on while only titles and separators stand between names ("member Cai Qi, Vice Premier He Lifeng, and …")
  const listed: PersonMention[] = [];
  let from = listStart;
  for (const person of people.filter((candidate) => candidate.start >= listStart)) {
    if (person.start - from > MEMBERS_GAP || !LIST_GAP.test(findings.text.slice(from, person.start))) break;
    listed.push(person);
    from = person.end;
  }
  // the one accompanied or leading: members are of that side; else the side the delegation is named for
  const subject = people.filter((person) => person.end <= listStart - cue[0].length);
  const delegation = DELEGATION_SIDE.exec(sentence.text.slice(Math.max(0, cue.index - 30), cue.index + cue[0].length));
  const side = subject[0]?.side ?? (delegation ? (delegation[1] ? "US" : "CN") : undefined);
  if (listed.length === 0 || !side || listed.some((person) => person.side !== side)) return [];
  // "The summit began at ten. Xi was accompanied by …": the latest engagement, unless others of the subject's side were named at it
  const target = latestJustBefore(engagements, sentence, (engagement) => {
    const ofSide = engagement.participants.filter((participation) => participation.person.side === side);
    return ofSide.length === 0 || subject.length === 0 || subject.some((person) => ofSide.some((participation) => participation.person.key === person.key));
  });
  return target ? joiningCandidate(sentence, target, [...subject, ...listed]) : [];
}

/**
 * The engagement reported last in the few sentences before, among those that fit: the one a
 * sentence naming no engagement of its own goes on about. An engagement named only in a clause
 * about another time ("since they met in November") ranks below the sentence's own.
 */
function latestJustBefore(engagements: DraftEngagement[], sentence: Sentence, fits: (engagement: DraftEngagement) => boolean): DraftEngagement | undefined {
  const near = engagements.filter((engagement) => lastSentence(engagement) < sentence.index && sentence.index - lastSentence(engagement) <= COMPLETE_REACH && fits(engagement));
  return near.sort((a, b) => lastMentionRank(b) - lastMentionRank(a))[0];
}

/** A candidate that only adds people to `target`; none when they are all there already. */
function joiningCandidate(sentence: Sentence, target: DraftEngagement, people: PersonMention[]): Candidate[] {
  if (people.every((person) => target.participants.some((participation) => participation.person.key === person.key))) return [];
  return [{
    sentence: sentence.index, mode: target.mode, status: null, date: null, place: null, occasion: null, participants: participationsOf(people), anchors: [],
    triggers: [], refersBack: false, subordinate: false, joins: target.id,
  }];
}

/** "Lin cautioned Ross that …", "Ross told his counterpart Lin that …": between a speaker and the one spoken to, only titles */
const ADDRESSED = /^\s+(?:also\s+)?(?:told|urged|warned|cautioned|assured|pressed|reminded)\s+(?:(?:his|her|the)\s+)?(?:(?:[A-Z][\w.'’-]*|counterpart)\s+){0,4}$/;
/** how far the one spoken to stands from the speaker */
const ADDRESSED_REACH = 60;

/**
 * An official of one side telling a participant of the engagement just reported something, in
 * a sentence naming no engagement of its own ("Lin cautioned Ross that …"): the two spoke, so
 * the speaker joins that engagement.
 */
function addressed(sentence: Sentence, findings: SentenceFindings, engagements: DraftEngagement[]): Candidate[] {
  const people = itemsIn(findings.people, sentence.index).filter(eligible);
  for (const speaker of people) {
    const listener = people.find((person) => person.start >= speaker.end && person.start - speaker.end <= ADDRESSED_REACH);
    if (!listener || listener.side === speaker.side || !ADDRESSED.test(findings.text.slice(speaker.end, listener.start))) continue;
    const target = latestJustBefore(engagements, sentence, (engagement) => engagement.participants.some((participation) => participation.person.key === listener.key));
    return target ? joiningCandidate(sentence, target, [speaker, listener]) : [];
  }
  return [];
}

/**
 * "will see", "sat down with", "plans to discuss a range of issues with": between the one who meets and the one met, a contact
 * verb, then only the title of the one met ("China's Foreign Minister")
 */
const CONTACT_WITH = /^\s+(?:(?:will|would|also|then|later|is\s+to|is\s+set\s+to|plans?\s+to|planned\s+to|is\s+expected\s+to)\s+){0,2}(?:see|saw|meet|meets|met|(?:sat|sit)\s+down\s+with|(?:spoke|speak|talked|talk)\s+with|(?:held|hold)\s+talks\s+with|discuss(?:ed)?\s+(?:[\w'’-]+\s+){0,5}?with)\s+(?:(?:[A-Z][\w.'’-]*|of|the|for)\s+){0,6}$/;
/** "he" or "she" opening the sentence: its subject is the one named before */
const PRONOUN_SUBJECT = /^(?:He|She)\b/;
/** between two of those met, only a list ("Yang Jiechi, director of …, and State Councilor Wang Yi"), no clause of its own */
const OWN_CLAUSE = /\b(?:who|which|that|whose)\b|[;:]|\s[—–]\s/;

/** The side the engagement's own words put across from its named people: an anchor ("his Chinese counterpart") or the country visited. */
function unnamedSide(engagement: DraftEngagement): "US" | "CN" | null {
  const sides = new Set(engagement.participants.map((participation) => participation.person.side));
  const [side] = [...sides];
  if (sides.size !== 1 || !isParticipantSide(side)) return null;
  const other = opposite(side);
  const across = engagement.anchors.some((anchor) => anchor.side === other) || (engagement.place ? destinationSides([engagement.place]).includes(other) : false);
  return across ? other : null;
}

/**
 * "Blinken will hold talks with his Chinese counterpart. Blinken will see China's Foreign Minister Wang Yi in Bali", "Blinken
 * held talks in Beijing. He sat down with Foreign Minister Wang Yi": a sentence right after an engagement whose other side went
 * unnamed tells one of its people (by name, or as "he"/"she" when it has one) meeting officials of that side; they are that
 * side, and those meeting them with its people are there too.
 */
function counterpartsNamed(sentence: Sentence, findings: SentenceFindings, engagements: DraftEngagement[]): Candidate[] {
  const people = itemsIn(findings.people, sentence.index).filter(eligible);
  const opener = PRONOUN_SUBJECT.exec(sentence.text);
  const pronoun = opener ? { start: sentence.start, end: sentence.start + opener[0].length } : null;
  for (const met of people) {
    const before = people.filter((person) => person.end <= met.start && person.side !== met.side);
    const subject = before.at(-1) ?? pronoun;
    if (!subject || !CONTACT_WITH.test(findings.text.slice(subject.end, met.start))) continue;
    const side = met.side;
    const target = latestJustBefore(engagements, sentence, (engagement) => unnamedSide(engagement) === side && (before.length > 0 ? before.some((person) => engagement.participants.some((participation) => participation.person.key === person.key)) : engagement.participants.length === 1));
    if (!target) return [];
    const listed = [met];
    for (const person of people.filter((candidate) => candidate.start > met.end && candidate.side === side)) {
      const previous = listed[listed.length - 1] ?? met;
      if (OWN_CLAUSE.test(findings.text.slice(previous.end, person.start))) break;
      listed.push(person);
    }
    return joiningCandidate(sentence, target, [...before, ...listed]);
  }
  return [];
}

/** "Wei Xiaojun, director general of the bureau, led the Chinese delegation": who led a side, said actively */
const LEADS = /^(?:,[^,;]{0,100},)?\s+(?:who\s+)?(?:led|headed|leads|heads)\s+(?:the|a|his|her)\s+(?:[\w.-]+\s+){0,2}?(?:delegation|side|team)\b/i;

/** how many sentences on a quotation may run before its speaker is named */
const QUOTE_RUN = 3;

/**
 * The one who says the words of a quotation: named after it closes, in its sentence or, when
 * it runs on ('"… our call with Dong. We will …," Hegseth added'), in one of the few after it
 * in the same paragraph. None when the item is not inside a quotation.
 */
function quotedBy(sentence: Sentence, findings: SentenceFindings, item: Span): PersonMention[] {
  const closed = quotationSpans(sentence);
  const spoken = (people: PersonMention[], after: number) => people.filter((person) => person.speaker && eligible(person) && person.start >= after).slice(0, 1);
  const around = closed.find((span) => inside([span], item));
  if (around) return spoken(itemsIn(findings.people, sentence.index), around.end);
  const open = /^[“"]/.test(sentence.text) && closed.length === 0;
  if (!open) return [];
  for (let index = sentence.index + 1; index <= sentence.index + QUOTE_RUN; index += 1) {
    const next = findings.sentences[index];
    if (!next || next.paragraph !== sentence.paragraph) return [];
    const close = /[”"]/.exec(next.text);
    if (close) return spoken(itemsIn(findings.people, index), next.start + close.index);
  }
  return [];
}

/** The spans between opening and closing quotation marks in a sentence. */
function quotationSpans(sentence: Sentence): Span[] {
  const spans: Span[] = [];
  const pattern = /“[^”]*”|"[^"]*"/g;
  for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
    spans.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, text: match[0] });
  }
  return spans;
}

/** a sentence's dates that fix an event's day or month ("on June 5", "in March"), not a bare year nor the day it was said */
function eventDaysIn(dates: Map<number, DateMention[]>, sentence: number): DateMention[] {
  return itemsIn(dates, sentence).filter((date) => date.role === "event" && date.value && date.precision !== "year");
}

/** Undated in its own sentences: the event date written in the same paragraph just before ("On Monday, Blinken revealed … during his visit"). */
function paragraphDate(engagement: DraftEngagement, sentences: Sentence[], dates: Map<number, DateMention[]>, cues: Map<number, Cue[]>): DateMention | null {
  for (const index of engagement.triggerSentences) {
    const paragraph = sentences[index]?.paragraph;
    for (let previous = index - 1; previous >= 0 && sentences[previous]?.paragraph === paragraph; previous -= 1) {
      // a sentence about an engagement of its own dates that one ("… met in Bali last November. Blinken called off a trip …")
      if (itemsIn(cues, previous).some((cue) => cue.kind === "trigger")) break;
      const found = eventDaysIn(dates, previous).pop();
      if (found) return found;
    }
  }
  return null;
}

/**
 * Undated in its own sentences: the one event date of the sentence right after, when that sentence goes on about the same people
 * and names no engagement of its own ("Wang will hold talks with Sullivan in Bangkok. Their meeting, set for May 3-4, …").
 */
function followingDate(engagement: DraftEngagement, people: readonly PersonMention[], dates: Map<number, DateMention[]>, cues: Map<number, Cue[]>): DateMention | null {
  for (const index of engagement.triggerSentences) {
    const next = index + 1;
    if (engagement.triggerSentences.includes(next) || itemsIn(cues, next).some((cue) => cue.kind === "trigger") || !namesItsPeople(people, engagement, next)) continue;
    const found = eventDaysIn(dates, next);
    if (found.length === 1) return found[0] ?? null;
  }
  return null;
}

export const buildEngagementsStep: Step = (state) => ({ ...state, engagements: buildEngagements(state) });
