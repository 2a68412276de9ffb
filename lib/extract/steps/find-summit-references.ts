import { groupBySentence, itemsIn, unionOfSentences } from "@/lib/extract/by-sentence";
import { isHeadOfState } from "@/lib/extract/steps/classify-engagements";
import { isHeadline } from "@/lib/extract/steps/build-engagements";
import { sharePeople } from "@/lib/extract/steps/join-sessions";
import { findSpans, overlaps } from "@/lib/extract/text";
import { namesOfOnePlace } from "@/lib/gazetteer/places";
import type { Cue, DateMention, DraftEngagement, ExtractionState, Participation, PersonMention, PlaceMention, Sentence, Span, Step } from "@/lib/extract/types";

/**
 * After the unnamed engagements (5d): a leaders' meeting the article refers to by its city.
 * "Noting the Bali meeting and the upcoming meeting in San Francisco", "commitments made during
 * the Woodside summit", "the heads of state … reached consensus at their meeting in San
 * Francisco": the city identifies a meeting of the two presidents told as known, without a
 * date. Each becomes an engagement of its own, mentioned, with the presidents the article names
 * when the words around it speak of them.
 */

const MEETING_WORD = "(?:summit|meeting)";
const MEETING_CUE = new RegExp(`^${MEETING_WORD}$`, "i");
/** "the Bali meeting", "their Busan summit", "last year's Woodside summit": the city before the meeting word */
const CITY_BEFORE = new RegExp(`^\\s+(?:leaders['’]\\s+)?${MEETING_WORD}\\b`, "i");
const DEFINITE_BEFORE_CITY = /\b(?:the|their|(?:last|this) year['’]s)\s+$/i;
/** "the upcoming meeting in San Francisco", "their summit in Busan": a definite meeting word, then the city */
const MEETING_BEFORE_CITY = new RegExp(`\\b(?:[Tt]he|[Tt]heir)\\s+(?:[a-z'’-]+\\s+){0,2}?${MEETING_WORD}\\s+(?:held\\s+)?(?:in|at)\\s+$`);
/** "the consensus reached by the two heads of state in San Francisco": the presidents, then the city */
const LEADERS_BEFORE_CITY = /\b(?:heads of state|presidents)\s+(?:of (?:the )?two countries\s+)?(?:in|at)\s+$/i;
/** how far before the city the words naming the meeting are read */
const BEFORE_REACH = 60;
/** words saying the presidents are the ones who met, read in the sentence and the one before it */
const LEADERS = /\bheads? of state\b|\b(?:two|both) (?:presidents|leaders)\b|\bpresidents of (?:the two|both) countries\b/gi;
/** between the city and the date that follows it: "in Woodside, California, in November", "in Bali last year" */
const DATE_AFTER_CITY = /^(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)*,?\s*(?:in|on|last)?\s*$/;
/** a meeting still to come */
const AHEAD = /\b(?:upcoming|forthcoming|next|planned|expected|ahead of|before)\s+(?:[\w'’-]+\s+){0,3}$/i;

interface Reference {
  place: PlaceMention;
  /** the words naming the meeting, from the first to the city or meeting word */
  span: Span;
  /** "summit" alone says the leaders met; "meeting" needs words of the leaders around it */
  summit: boolean;
  /** "their meeting in Beijing": the meeting of whoever "their" stands for */
  possessive: boolean;
  ahead: boolean;
}

function referenceAt(text: string, sentence: Sentence, place: PlaceMention): Reference | null {
  const before = text.slice(Math.max(sentence.start, place.start - BEFORE_REACH), place.start);
  const after = text.slice(place.end, Math.min(sentence.end, place.end + 30));
  const cityFirst = CITY_BEFORE.exec(after);
  if (cityFirst && DEFINITE_BEFORE_CITY.test(before)) {
    const end = place.end + cityFirst[0].length;
    return { place, span: { start: place.start, end, text: text.slice(place.start, end) }, summit: /summit/i.test(cityFirst[0]), possessive: /\btheir\s+$/i.test(before), ahead: AHEAD.test(before.replace(DEFINITE_BEFORE_CITY, "")) };
  }
  const named = MEETING_BEFORE_CITY.exec(before) ?? LEADERS_BEFORE_CITY.exec(before);
  if (!named) return null;
  const start = place.start - before.length + named.index;
  return { place, span: { start, end: place.end, text: text.slice(start, place.end) }, summit: /summit/i.test(named[0]), possessive: /^their\b/i.test(named[0]), ahead: AHEAD.test(named[0]) || AHEAD.test(before.slice(0, named.index)) };
}

/** The presidents the article names, one of each side, by their first mention. */
function presidentsNamed(heads: readonly PersonMention[]): PersonMention[] {
  const us = heads.find((person) => person.side === "US");
  const cn = heads.find((person) => person.side === "CN");
  return us && cn ? [us, cn] : [];
}

/** The day or month the words give the meeting: inside them ("their November 2022 meeting in Bali") or right after the city. */
function dateOf(text: string, reference: Reference, dates: readonly DateMention[]): DateMention | null {
  const given = dates.filter((date) => date.value !== null && date.precision !== "year" && date.role === "event");
  return given.find((date) => date.start >= reference.span.start && date.end <= reference.span.end) ?? given.find((date) => date.start >= reference.span.end && DATE_AFTER_CITY.test(text.slice(reference.span.end, date.start))) ?? null;
}

function engagementFor(reference: Reference, sentence: Sentence, trigger: Cue, date: DateMention | null, leaders: readonly Span[], presidents: readonly PersonMention[], shared: boolean): Omit<DraftEngagement, "id"> {
  const participants: Participation[] = leaders.length > 0 ? presidents.map((person) => ({ person, evidence: [{ start: person.start, end: person.end, text: person.text }] })) : [];
  // with nobody named, the words of the leaders (or "summit") tell the kind
  const anchors: Cue[] = leaders.slice(0, 1).map((span) => ({ ...span, kind: "pair", sentence: sentence.index }));
  return {
    mode: "meeting",
    status: reference.ahead ? "planned" : "held",
    date,
    place: reference.place,
    occasion: null,
    participants,
    anchors,
    triggerSentences: [sentence.index],
    subordinateSentences: [],
    triggers: [trigger],
    // named in a sentence about another engagement, the summit is where that one's words point back to, not what they are about
    tiedSentences: shared ? [] : [sentence.index],
    kind: "leader-summit",
    role: "mentioned",
    title: "",
    topics: [],
    outcomes: [],
    confidence: 0,
  };
}

/** The same time, as far as the reference tells it: the same month when it is dated, else both still to come or both held. */
function sameTime(engagement: DraftEngagement, reference: Reference, date: DateMention | null): boolean {
  const value = date?.value;
  const other = engagement.date?.value;
  if (value && other) return value.slice(0, 7) === other.slice(0, 7);
  return !value && (engagement.status === "planned") === reference.ahead;
}

/**
 * An engagement already read that is this meeting: in the same place, with a president and the same meeting word, or a
 * meeting of both presidents in the same country at the same time ("their meeting in Woodside in November" and "the San
 * Francisco meeting last November").
 */
function alreadyRead(engagement: DraftEngagement, reference: Reference, trigger: Cue, date: DateMention | null, published: string | null): boolean {
  if (engagement.place && namesOfOnePlace(engagement.place.name, reference.place.name)) return true;
  const heads = new Set(engagement.participants.filter((participation) => isHeadOfState(participation, published)).map((participation) => participation.person.side));
  if (engagement.triggers.some((other) => overlaps(other, trigger)) && heads.size > 0) return true;
  return heads.size === 2 && engagement.mode !== "call" && engagement.place?.country === reference.place.country && sameTime(engagement, reference, date);
}

/** An engagement built only on meeting words of the references, with no president at it: the speaker who named the summits, not their people. */
function misread(engagement: DraftEngagement, triggers: readonly Cue[], published: string | null): boolean {
  return engagement.triggers.every((own) => triggers.some((trigger) => overlaps(own, trigger))) && !engagement.participants.some((participation) => isHeadOfState(participation, published));
}

/**
 * Drops the misread engagements; what their sentences said goes to the engagement of the one
 * who named the summits ("Noting the Bali meeting …, Wang Yi said …" is said at Wang's talks).
 */
function withoutMisreads(engagements: readonly DraftEngagement[], references: readonly Reference[], triggers: readonly Cue[], published: string | null): DraftEngagement[] {
  const dropped = engagements.filter((engagement) => misread(engagement, triggers, published));
  const kept = engagements.filter((engagement) => !dropped.includes(engagement));
  const heirs = new Map<DraftEngagement, number[]>();
  for (const engagement of dropped) {
    const heir = kept.find((candidate) => sharePeople(candidate, engagement));
    if (heir) heirs.set(heir, [...(heirs.get(heir) ?? []), ...engagement.tiedSentences]);
  }
  return kept.map((engagement) => {
    const inherited = heirs.get(engagement);
    const tiedSentences = inherited ? unionOfSentences(engagement.tiedSentences, inherited) : engagement.tiedSentences;
    if (engagement.participants.some((participation) => isHeadOfState(participation, published))) return { ...engagement, tiedSentences };
    // the talks that also took the summits' words ("held talks … Recalling the Bali meeting") give them back, and their city
    const own = engagement.triggers.filter((trigger) => !triggers.some((other) => overlaps(other, trigger)));
    const place = engagement.place && references.some((reference) => overlaps(reference.span, engagement.place as PlaceMention)) ? null : engagement.place;
    return { ...engagement, tiedSentences, triggers: own, place };
  });
}

export function findSummitReferences(state: ExtractionState): DraftEngagement[] {
  const places = groupBySentence(state.places);
  const cues = groupBySentence(state.cues);
  const people = groupBySentence(state.people);
  const dates = groupBySentence(state.dates);
  const headMentions = state.people.filter((person) => !person.former && isHeadOfState({ person, evidence: [] }, state.published));
  const presidents = presidentsNamed(headMentions);
  let engagements = state.engagements;
  for (const sentence of state.sentences) {
    if (isHeadline(sentence, state.sentences)) continue;
    const meetingWords = itemsIn(cues, sentence.index).filter((cue) => cue.kind === "trigger" && MEETING_CUE.test(cue.text));
    const earlier = state.sentences[sentence.index - 1];
    const from = earlier && earlier.paragraph === sentence.paragraph ? earlier : sentence;
    const leaders = findSpans(LEADERS, state.text, from.start, sentence.end);
    // "Wang Yi and Sullivan discussed … during their meeting in Beijing": "their" is the officials the sentence is about
    const actorBefore = (reference: Reference) => itemsIn(people, sentence.index).some((person) => person.end <= reference.span.start && !person.speaker && !headMentions.includes(person));
    const found = itemsIn(places, sentence.index)
      .filter((place) => !place.dateline && place.specificity >= 2)
      .map((place) => referenceAt(state.text, sentence, place))
      .filter((reference): reference is Reference => reference !== null && (reference.summit || leaders.length > 0) && !(reference.possessive && actorBefore(reference)))
      // "reached by the two heads of state in San Francisco" has no meeting word: the words naming the meeting stand for it
      .map((reference) => ({ reference, trigger: meetingWords.find((cue) => cue.start >= reference.span.start && cue.end <= reference.span.end) ?? { ...reference.span, kind: "trigger" as const, mode: "meeting" as const, sentence: sentence.index } }));
    if (found.length === 0) continue;
    engagements = withoutMisreads(engagements, found.map(({ reference }) => reference), found.map(({ trigger }) => trigger), state.published);
    const speakers = itemsIn(people, sentence.index).filter((person) => !presidents.some((president) => president.key === person.key));
    for (const { reference, trigger } of found) {
      const date = dateOf(state.text, reference, itemsIn(dates, sentence.index));
      if (engagements.some((engagement) => alreadyRead(engagement, reference, trigger, date, state.published))) continue;
      const shared = speakers.length > 0 || engagements.some((engagement) => engagement.tiedSentences.includes(sentence.index));
      engagements = [...engagements, { ...engagementFor(reference, sentence, trigger, date, leaders, presidents, shared), id: 0 }];
    }
  }
  return engagements.map((engagement, id) => ({ ...engagement, id }));
}

export const findSummitReferencesStep: Step = (state) => ({ ...state, engagements: findSummitReferences(state) });
