import { daysBetween } from "@/lib/extract/calendar";
import { personBySlug, titleOn } from "@/lib/gazetteer/people";
import { countryByName } from "@/lib/gazetteer/places";
import { headlinePlace, subordinateSpans } from "@/lib/extract/steps/build-engagements";
import { compilePhrases, inside, lowerAscii } from "@/lib/extract/text";
import type { Cue, DraftEngagement, ExtractionState, Participation, PlaceMention, Sentence, Span, Step } from "@/lib/extract/types";
import { CALL_NOUNS, DIALOGUE_FORMATS, SUBJECT_KINDS, VIDEO_WORDS } from "@/lib/taxonomy/kind-cues";
import type { EngagementKind, EngagementStatus } from "@/lib/taxonomy/enums";

/**
 * Step 5d: what each engagement is. Status when no sentence said it (by its date against
 * publication), kind from the participants' titles and the mode, a title, and which one
 * the article is mainly about.
 */

const HEAD_OF_STATE = /^President of (?:the United States|China)$/;
const KIND_BY_TITLE: [RegExp, EngagementKind][] = [
  [/National Security Adviser|Homeland Security|Public Security|State Security|Drug|Narcotics|Law Enforcement/i, "security-dialogue"],
  [/Treasury|Commerce|Trade Representative|Vice Premier|Finance|People's Bank|International Trade|Economic/i, "economic-dialogue"],
  [/Defen[cs]e|Joint Chiefs|Indo-Pacific Command|Military|Joint Staff|Commander|General|Admiral/i, "military-talks"],
  // cabinet-rank envoys ("Special Presidential Envoy for Climate") meet as ministers do
  [/Secretary|Minister|Councilor|Foreign Affairs|Envoy/i, "ministerial-meeting"],
];
const MAIN_LEAD_SENTENCES = 4;

/** The day titles are looked up on: the engagement's date, else publication. */
export function referenceDay(engagement: DraftEngagement, published: string | null): string | null {
  const value = engagement.date?.value;
  if (value) return value.length === 7 ? `${value}-15` : value;
  return published;
}

export function titleOf(participation: Participation, day: string | null): string | null {
  const person = participation.person.slug ? personBySlug(participation.person.slug) : undefined;
  const known = person && day ? titleOn(person, day) : null;
  return known ?? participation.person.textTitle ?? undatedTitle(person);
}

/** For the kind, an office the gazetteer is sure of outweighs a title as written ("U.S. President"). */
function officeOf(participation: Participation, day: string | null): string {
  const person = participation.person.slug ? personBySlug(participation.person.slug) : undefined;
  return (person && day ? titleOn(person, day) : null) ?? undatedTitle(person) ?? participation.person.textTitle ?? "";
}

/** A president of either side, by the office held on the day (or, failing that, as written). */
export function isHeadOfState(participation: Participation, day: string | null): boolean {
  return HEAD_OF_STATE.test(officeOf(participation, day));
}

/**
 * Undated and unpublished: the office the person is known for, the only one or the first still
 * held, else the last one held ("Joe Biden" with no date is the president, not the vice-president).
 */
function undatedTitle(person: ReturnType<typeof personBySlug>): string | null {
  const titles = person?.titles ?? [];
  const known = titles.length === 1 ? titles[0] : (titles.find((held) => held.end === null) ?? lastHeld(titles));
  return known?.title ?? null;
}

function lastHeld<T extends { start: string | null }>(titles: readonly T[]): T | undefined {
  return titles.reduce<T | undefined>((latest, held) => (!latest || (held.start ?? "") > (latest.start ?? "") ? held : latest), undefined);
}

function finalStatus(engagement: DraftEngagement, published: string | null): EngagementStatus {
  if (engagement.status) return engagement.status;
  const value = engagement.date?.value;
  if (!value || !published) return "held";
  return value > published.slice(0, value.length) ? "planned" : "held";
}

/** "Blinken is postponing his trip", dated the day of publication: that is the day it was called off, not the day it was to be held. */
function calledOffOnPublication(engagement: DraftEngagement, published: string | null): boolean {
  return engagement.date?.precision === "day" && engagement.date.value === published;
}

/**
 * How the two sides were in contact: a meeting named "the call" anywhere in its account was
 * held on the line ("spoke on Tuesday … The call, which lasted two hours").
 */
function contactMode(engagement: DraftEngagement, calls: CallReferences): DraftEngagement["mode"] {
  // a meeting placed in a city was held there
  if (engagement.mode !== "meeting" || engagement.place !== null || engagement.triggers.some((trigger) => trigger.mode === "visit")) return engagement.mode;
  // only where the sentence speaks of this engagement alone
  const calledCall = engagement.tiedSentences.some((index) => calls.sentences.has(index) && calls.tiesOf.get(index) === 1);
  return calledCall ? "call" : engagement.mode;
}

interface CallReferences {
  /** sentences holding a reference such as "the call" */
  sentences: Set<number>;
  /** how many engagements each sentence is tied to */
  tiesOf: Map<number, number>;
}

function callReferences(engagements: readonly DraftEngagement[], cues: readonly Cue[]): CallReferences {
  const tiesOf = new Map<number, number>();
  for (const engagement of engagements) for (const index of engagement.tiedSentences) tiesOf.set(index, (tiesOf.get(index) ?? 0) + 1);
  return { sentences: new Set(cues.filter((cue) => cue.kind === "reference" && CALL_REFERENCE.test(cue.text)).map((cue) => cue.sentence)), tiesOf };
}
const CALL_REFERENCE = new RegExp(`\\b${compilePhrases(CALL_NOUNS, "").source}$`, "i");

/** "held the new round of strategic communication", "the working group met": a standing channel, named by its format */
function isStandingChannel(engagement: DraftEngagement, sentences: readonly Sentence[]): boolean {
  // not where the engagement is named in passing ("set up the working group, following Yellen's visit")
  const own = engagement.triggers.filter((trigger) => !engagement.subordinateSentences.includes(trigger.sentence));
  return own.some((trigger) => {
    const sentence = sentences[trigger.sentence];
    if (!sentence) return false;
    const at = trigger.start - sentence.start;
    const before = sentence.text.slice(Math.max(0, at - FORMAT_REACH), at);
    // "set up the working group, following Yellen's visit": the channel belongs to the main clause, the visit to the past
    const temporal = [...before.matchAll(TEMPORAL_CONNECTIVE)].pop();
    const window = `${temporal ? before.slice((temporal.index ?? 0) + temporal[0].length) : before}${sentence.text.slice(at, trigger.end - sentence.start + FORMAT_REACH)}`;
    return DIALOGUE_FORMAT.test(lowerAscii(window));
  });
}
const DIALOGUE_FORMAT = compilePhrases(DIALOGUE_FORMATS, "");
const FORMAT_REACH = 80;
const TEMPORAL_CONNECTIVE = /\b(?:after|following|since|before)\b/gi;

/** "spoke virtually", "their video conference": the trigger, or the words right after it, say the contact was by video */
function byVideo(engagement: DraftEngagement, text: string): boolean {
  return engagement.triggers.some((trigger) => VIDEO_WORD.test(text.slice(Math.max(0, trigger.start - VIDEO_REACH), trigger.end + VIDEO_REACH)));
}
const VIDEO_WORD = compilePhrases(VIDEO_WORDS, "i");
const VIDEO_REACH = 12;

type Reading = Pick<ExtractionState, "sentences" | "text" | "places">;

const SUBJECT_PATTERNS = SUBJECT_KINDS.map(({ kind, words }) => ({ kind, pattern: compilePhrases(words, "") }));
/** how far before the meeting word its subject is read ("the two countries' lead officials held an economic and trade meeting") */
const SUBJECT_REACH = 40;

/**
 * Talks of officials nobody names: their kind is in the words of the phrase naming the sides and just before the meeting word;
 * failing those, in the words of its sentences ("follows a similar meeting in Lisbon, where both sides paused tariffs").
 */
function kindByWords(engagement: DraftEngagement, { text, sentences }: Reading): EngagementKind {
  const near = [...engagement.anchors, ...engagement.triggers.map((trigger) => ({ text: text.slice(Math.max(0, trigger.start - SUBJECT_REACH), trigger.end) }))];
  const kind = subjectKind(near) ?? subjectKind(engagement.triggerSentences.flatMap((index) => sentences[index] ?? [])) ?? "other";
  return kind === "leader-summit" && engagement.mode === "call" ? "leader-call" : kind;
}

function subjectKind(spans: readonly { text: string }[]): EngagementKind | undefined {
  const words = lowerAscii(spans.map((span) => span.text).join(" | "));
  return SUBJECT_PATTERNS.find(({ pattern }) => pattern.test(words))?.kind;
}

function kindOf(engagement: DraftEngagement, day: string | null, { sentences, text, places }: Reading): EngagementKind {
  if (engagement.participants.length === 0) return kindByWords(engagement, { sentences, text, places });
  const all = engagement.participants.map((participation) => ({ participation, side: participation.person.side, title: officeOf(participation, day) }));
  const isHead = (entry: (typeof all)[number]) => HEAD_OF_STATE.test(entry.title);
  // "Blinken will meet Wang … their last meeting led to the presidents' summit": the contact was first told between
  // two officials, and presidents named only in a later sentence do not make it theirs; nor does the other side's
  // president named later beside the host president who was at the table ("Biden met Wang … talked about Xi")
  const opening = openingSentence(engagement, sentences);
  const aside = (entry: (typeof all)[number]) => opening !== null && isHead(entry) && !named(entry.participation, opening);
  const titled = all.filter((entry) => !aside(entry));
  const heads = new Set(titled.filter(isHead).map((entry) => entry.side));
  if (heads.has("US") && heads.has("CN")) return engagement.mode === "call" && !byVideo(engagement, text) ? "leader-call" : "leader-summit";
  const host = hostSide(engagement);
  // a visit goes to the other side's country; met in a third country, it is a meeting ("on the sidelines in Munich")
  const thirdCountry = engagement.place !== null && host === null;
  const sidelines = onSidelines(engagement, sentences);
  const visit = engagement.mode !== "call" && !thirdCountry && !sidelines && (engagement.mode === "visit" || engagement.triggers.some((trigger) => trigger.mode === "visit" && !toThirdCountry(trigger, text, places)));
  // a president's trip to the other country is a summit, whoever the text names as host; a minister received by the other president is on a visit
  if (heads.size > 0 && visit && titled.every((entry) => heads.has(entry.side))) return "leader-summit";
  // received on the host's soil by its president or premier: a visit, whatever the visitor's office ("Sullivan met Xi in Beijing")
  const receivedByLeader = engagement.mode !== "call" && host !== null && titled.some((entry) => entry.side === host && HOST_LEADER.test(entry.title)) && titled.some((entry) => entry.side !== host);
  const titles = titled.map((entry) => entry.title).join(" | ");
  const byTitle = KIND_BY_TITLE.find(([pattern]) => pattern.test(titles))?.[1];
  // a round of a standing dialogue is that dialogue, wherever it is held
  if (byTitle && byTitle !== "ministerial-meeting" && isStandingChannel(engagement, sentences)) return byTitle;
  // a minister or economic envoy of one side meeting on the other side's soil came on a visit ("Raimondo sat down with Wang in Beijing")
  const hosted = engagement.mode !== "call" && host !== null && !sidelines && (byTitle === "ministerial-meeting" || byTitle === "economic-dialogue") && titled.some((entry) => entry.side !== host && CABINET_RANK.test(entry.title) && !SUB_MINISTERIAL.test(entry.title));
  if (visit || receivedByLeader || hosted) return "ministerial-visit";
  // a treasury or commerce head who met a counterpart of the same rank held a ministers' meeting; the economic dialogue is
  // led by a vice-premier or a trade negotiator, or told as talks ("Bessent said the trade talks …"), not merely held ("will hold talks with")
  if (byTitle === "economic-dialogue" && !negotiatorPresent(titled) && !engagement.triggers.some((trigger) => toldAsNegotiation(trigger, text))) return "ministerial-meeting";
  // a deputy, a vice-minister or an ambassador across the table: below a meeting of ministers
  if ((byTitle === "ministerial-meeting" || byTitle === "economic-dialogue") && SIDES.some((side) => belowMinisters(titled, side))) return "other";
  return byTitle ?? "other";
}

/**
 * "met … on the sidelines of his trip to attend the trade ministers' meeting", "on the margins of the
 * General Assembly": a meeting fitted into another occasion, whoever's soil it is on, is not a visit to the other side.
 */
function onSidelines(engagement: DraftEngagement, sentences: readonly Sentence[]): boolean {
  return engagement.occasion !== null || engagement.triggers.some((trigger) => SIDELINES.test(sentences[trigger.sentence]?.text ?? ""));
}
const NEGOTIATION = /\b(?:talks|negotiat\w*|consultations?|dialogue)\b/i;
const ECONOMIC_CHANNEL = /Vice Premier|Finance|People's Bank|International Trade|Economic|Negotiat/i;
const TRADE_REPRESENTATIVE = /Trade Representative/i;

/**
 * Someone who leads the economic channel: a vice-premier, a finance head, a trade negotiator. The U.S. trade
 * representative is one while the other side goes unnamed ("Greer flies to Geneva for trade meetings"), but facing
 * a counterpart who leads no channel she meets as a minister ("Tai sat down with the commerce minister").
 */
function negotiatorPresent(titled: readonly { side: string | null; title: string }[]): boolean {
  if (titled.some((entry) => ECONOMIC_CHANNEL.test(entry.title))) return true;
  const counterpartNamed = SIDES.every((side) => titled.some((entry) => entry.side === side));
  return !counterpartNamed && titled.some((entry) => TRADE_REPRESENTATIVE.test(entry.title));
}
const HOLD_BEFORE = /\b(?:hold|holds|held|holding)\s+$/i;
const HOLD_REACH = 12;

/**
 * "the trade talks resumed", "negotiations in Geneva": a round of talks; but "will hold talks with the commerce
 * secretary" is only how news says two people will meet, and makes no negotiation of it.
 */
function toldAsNegotiation(trigger: Cue, text: string): boolean {
  const word = NEGOTIATION.exec(trigger.text);
  if (!word) return false;
  const at = trigger.start + word.index;
  return !HOLD_BEFORE.test(text.slice(Math.max(0, at - HOLD_REACH), at));
}
const SIDELINES = /\b(?:on|at) the (?:sidelines|margins)\b/i;

/** "fresh off his visits to allies Japan and South Korea": a trip that went elsewhere is not a visit to the other side */
function toThirdCountry(trigger: Cue, text: string, places: readonly PlaceMention[]): boolean {
  const destination = places.find((place) => place.start >= trigger.end && place.start - trigger.end <= DESTINATION_REACH);
  if (!destination?.country || !DESTINATION_TO.test(text.slice(trigger.end, destination.start))) return false;
  return !countryByName(destination.country)?.side;
}
const DESTINATION_TO = /^\s+to\s+(?:[\w'’-]+\s+){0,2}$/i;
const DESTINATION_REACH = 30;

/** The sentence that opened the engagement's own account, when it names people of both sides; else null. */
function openingSentence(engagement: DraftEngagement, sentences: readonly Sentence[]): Sentence | null {
  const first = Math.min(...engagement.triggerSentences.filter((index) => !engagement.subordinateSentences.includes(index)));
  const opening = sentences[first];
  return SIDES.every((side) => engagement.participants.some((participation) => participation.person.side === side && named(participation, opening))) ? (opening ?? null) : null;
}

function named(participation: Participation, sentence: Sentence | undefined): boolean {
  return sentence !== undefined && participation.evidence.some((span) => span.start >= sentence.start && span.end <= sentence.end);
}
const HOST_LEADER = /^(?:President of (?:the United States|China)|Premier of China)$/;
const SUB_MINISTERIAL = /\b(?:Deputy|Vice|Under|Assistant)\s+(?:Secretary|(?:[A-Z][\w-]*\s+)?Minister)\b|\bAmbassador\b/i;
const SIDES = ["US", "CN"] as const;
/** a cabinet member or an envoy of that rank, not a negotiator or trade representative sent for a round of talks */
const CABINET_RANK = /\b(?:Secretary|Minister|Councilor|Envoy)\b/;

/** The side whose country the engagement was held in; null in a third country or when unplaced. */
function hostSide(engagement: DraftEngagement): "US" | "CN" | null {
  const country = engagement.place?.country;
  return (country && countryByName(country)?.side) || null;
}

/** Everyone of `side` holds an office below minister ("Deputy Secretary", "Vice Foreign Minister", an ambassador). */
function belowMinisters(titled: readonly { side: string; title: string }[], side: "US" | "CN"): boolean {
  const own = titled.filter((entry) => entry.side === side);
  return own.length > 0 && own.every((entry) => SUB_MINISTERIAL.test(entry.title));
}

/** Short display names: a US official by surname, a Chinese one by full name (as the press writes them). */
function shortName(participation: Participation): string {
  const { name, side } = participation.person;
  return side === "US" ? (name.replace(/\s+(?:Jr\.|Sr\.|III)$/, "").split(/\s+/).pop() ?? name) : name;
}

const KIND_NOUNS: Record<EngagementKind, string> = {
  "leader-summit": "summit",
  "leader-call": "call",
  "ministerial-visit": "visit",
  "ministerial-meeting": "meeting",
  "security-dialogue": "talks",
  "economic-dialogue": "talks",
  "military-talks": "talks",
  other: "meeting",
};

export function titleFor(engagement: DraftEngagement, kind: EngagementKind): string {
  const names = (side: "US" | "CN") => engagement.participants.filter((participation) => participation.person.side === side).map(shortName);
  const us = names("US");
  const cn = names("CN");
  const noun = engagement.mode === "call" && kind !== "leader-call" ? "call" : KIND_NOUNS[kind];
  const place = engagement.place ? ` in ${engagement.place.name}` : "";
  if (kind === "ministerial-visit" && engagement.place) {
    const visitors = engagement.place.country === "China" ? us : engagement.place.country === "United States" ? cn : [...us, ...cn];
    return `${visitors.join(", ")} ${noun} to ${engagement.place.name}`;
  }
  const left = us.length ? us.join(", ") : "U.S. officials";
  const right = cn.length ? cn.join(", ") : "Chinese officials";
  return `${left}–${right} ${noun}${place}`;
}

/** Headline, lead paragraphs and how much the article says about it. */
function mainScore(engagement: DraftEngagement, headline: string, leadEnd: number): number {
  const named = engagement.participants.filter((participation) => headline.includes(shortName(participation).split(/\s+/).pop() ?? "\u0000")).length;
  const inLead = engagement.triggerSentences.some((index) => index < leadEnd) ? 3 : 0;
  return named * 2 + inLead + engagement.triggerSentences.length * 2 + engagement.tiedSentences.length;
}

/** "Trump says Xi call produced progress …": the headline names what kind of engagement is the news. */
const HEADLINE_MODES: [RegExp, DraftEngagement["mode"]][] = [
  [/\b(?:call|calls|phone|spoke|speak|video)\b/i, "call"],
  [/\b(?:visit|visits|trip|travels?|arrives?)\b/i, "visit"],
  [/\b(?:meet|meets|met|meeting|talks|summit|sit-down)\b/i, "meeting"],
];

/** The headline's first engagement word, which is its subject ("Xi call produced progress …, plans to meet …"). */
function headlineSubject(title: string): { at: number; mode: DraftEngagement["mode"] } | null {
  const first = HEADLINE_MODES.map(([pattern, mode]) => ({ at: pattern.exec(title)?.index ?? Infinity, mode })).sort((a, b) => a.at - b.at)[0];
  return first && first.at !== Infinity ? first : null;
}

function headlinePlansContact(title: string): boolean {
  const first = headlineSubject(title);
  return first !== null && plannedHeadline(title, first.at);
}

function headlineModeScore(engagement: DraftEngagement, title: string): number {
  const first = headlineSubject(title);
  if (!first) return 0;
  const mode = first.mode === engagement.mode ? 4 : 0;
  // "Trump will meet Xi", "Vice-Premier to meet US delegation": the news is a contact still to come, whatever its form
  if (!plannedHeadline(title, first.at)) return mode;
  return engagement.status === "planned" ? 8 + mode : 0;
}

/** "will meet", "to visit", "to head to US for talks", "plans spring trip": the headline's first engagement word is still to come (not "return to talks"). */
function plannedHeadline(title: string, at: number): boolean {
  const before = title.slice(Math.max(0, at - HEADLINE_TENSE_REACH), at);
  return (FUTURE_MARK.test(before) && FUTURE_VERB.test(title.slice(at, at + HEADLINE_TENSE_REACH))) || FUTURE_TRAVEL.test(before) || PLANNING.test(before);
}
const FUTURE_MARK = /\b(?:will|to)\s+$/i;
const FUTURE_VERB = /^(?:meet|visit|speak|call|travel)/i;
const FUTURE_TRAVEL = /\b(?:will|to)\s+(?:head|travel|go|fly)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** "Trump plans spring trip", "Blinken planning visit": the contact is the object of a plan */
const PLANNING = /\b(?:plans|planning)\s+(?:[\w'’-]+\s+){0,2}$/i;
const HEADLINE_TENSE_REACH = 40;

/** Days before publication past which a dated engagement is background, not the news. */
const BACKGROUND_DAYS = 21;

/**
 * News reports what just happened: an engagement dated in the days before publication (or
 * by a weekday) is likelier the article's own than one dated months earlier, whatever the
 * precision of its date.
 */
function recencyScore(engagement: DraftEngagement, published: string | null): number {
  // what is only planned is the news less often than what was held
  if (engagement.status === "planned" || engagement.status === "cancelled") return -4;
  const value = engagement.date?.value;
  if (!value || !published) return 0;
  if (value.length === 10) {
    const days = daysBetween(value, published);
    if (days >= -1 && days <= 7) return 6;
    return days > BACKGROUND_DAYS ? -6 : 0;
  }
  return value.length === 7 && value < published.slice(0, 7) ? -4 : 0;
}

/**
 * A market report or a commentary that names the talks in one sentence past its first, and says little
 * else about them, is not an account of them: no engagement is its main one.
 */
function inPassing(engagement: DraftEngagement, sentenceCount: number, text: string): boolean {
  const own = engagement.triggerSentences.filter((index) => !engagement.subordinateSentences.includes(index));
  if (toldOnlyAtTheEnd(own, sentenceCount)) return true;
  if (sentenceCount < REPORT_SENTENCES || own.length !== 1 || own[0] === 0 || engagement.tiedSentences.length * PASSING_SHARE >= sentenceCount) return false;
  // "Paparo held a video call with Wu": a sentence telling the contact itself starts an account, however short
  return !engagement.triggers.some((trigger) => TELLING_VERB.test(trigger.text) || HOLDING.test(text.slice(Math.max(0, trigger.start - HOLDING_REACH), trigger.start)));
}
/**
 * "… (a long account of the forum and the minister's talks with the host) … On the sidelines, Austin
 * said he had also met Wei": a contact the article reaches only in its closing sentences is an aside
 * to another story, however plainly that sentence tells it. News opens with its news.
 */
function toldOnlyAtTheEnd(own: readonly number[], sentenceCount: number): boolean {
  return sentenceCount >= CLOSING_ARTICLE_SENTENCES && own.length > 0 && Math.min(...own) * CLOSING_SHARE_DENOMINATOR >= sentenceCount * CLOSING_SHARE_NUMERATOR;
}
/** the last fifth of an article long enough to have a lead and a body */
const CLOSING_SHARE_NUMERATOR = 4;
const CLOSING_SHARE_DENOMINATOR = 5;
const CLOSING_ARTICLE_SENTENCES = 8;
const TELLING_VERB = /^(?:met|meets|spoke|speaks|talked|visited|hosted)$/i;
const HOLDING = /\b(?:held|holds|had|has)\s+(?:[\w-]+\s+){0,2}$/i;
const HOLDING_REACH = 30;
/** under a quarter of the sentences of an article long enough to be about something else (a short readout is all account) */
const PASSING_SHARE = 4;
const REPORT_SENTENCES = 10;

/**
 * "Blinken and Wang met on Friday … Their talks came after the presidents' call in November": between
 * engagements the article weighs alike, the one whose own account it opens with is its news. A clause
 * looking back ("since their meeting in Bali") tells the past, not the news.
 */
function firstToldIndex(engagements: readonly DraftEngagement[]): number {
  const opened = engagements.map((engagement) => {
    const told = engagement.triggers.filter((trigger) => !engagement.subordinateSentences.includes(trigger.sentence));
    return Math.min(...told.map((trigger) => trigger.start));
  });
  const first = Math.min(...opened);
  return first === Infinity ? -1 : opened.indexOf(first);
}
const FIRST_TOLD_POINT = 3;

/**
 * "Shares held steady ahead of trade talks in London next week": a contact still to come that
 * the article names only as what something else comes ahead of is that other story's backdrop,
 * not its news. A planned contact told in a clause of its own ("The two will meet in London") is
 * unaffected.
 */
function onlyAwaited(engagement: DraftEngagement, sentences: readonly Sentence[], text: string): boolean {
  if (engagement.status !== "planned" || engagement.triggers.length === 0) return false;
  return engagement.triggers.every((trigger) => {
    const sentence = sentences[trigger.sentence];
    return sentence !== undefined && awaitingClauses(text, sentence).some((span) => inside([span], trigger) || subjectOfComingAhead(text, engagement, trigger, span));
  });
}

/** The sentence's "ahead of" clauses, each with what a ", where …" after it says of the occasion awaited ("ahead of the summit in Lima, where Biden will meet Xi"). */
function awaitingClauses(text: string, sentence: Sentence): Span[] {
  return subordinateSpans(text, sentence)
    .filter((span) => AWAITING_OPENER.test(span.text))
    .map((span) => {
      const where = WHERE_AFTER.exec(text.slice(span.end, sentence.end));
      return where ? { ...span, end: span.end + where[0].length } : span;
    });
}
const WHERE_AFTER = /^,\s+where\b[^;]*/i;

/**
 * "The week of meetings in Manila comes ahead of …": a meeting word that is the subject of the coming-ahead,
 * naming none of the engagement's people, is another occasion than the one awaited ("Biden's meeting with
 * Xi comes ahead of the summit" is theirs).
 */
function subjectOfComingAhead(text: string, engagement: DraftEngagement, trigger: Cue, span: Span): boolean {
  if (span.start < trigger.end || !COMES_BEFORE.test(text.slice(trigger.end, span.start))) return false;
  const subject = { start: trigger.start - COMING_SUBJECT_REACH, end: span.start };
  return !engagement.participants.some((participation) => participation.evidence.some((mention) => inside([subject], mention)));
}
const COMING_SUBJECT_REACH = 60;
const COMES_BEFORE = /^[^,;]{0,60}\b(?:comes?|came)\s+$/i;
/** "ahead of", "days before", "in advance of": a clause about what is still to come after the sentence's own news */
const AWAITING_OPENER = /^(?:[\w-]+\s+){0,2}?(?:ahead of|in advance of|before)\b/i;

export function classifyEngagements(state: ExtractionState): DraftEngagement[] {
  const headline = [state.title ?? "", headlinePlace(state.sentences)?.text ?? ""].join(" ");
  const leadEnd = MAIN_LEAD_SENTENCES;
  const calls = callReferences(state.engagements, state.cues);
  const classified = state.engagements.map((drafted) => {
    // a call happens on the line: no place
    const mode = contactMode(drafted, calls);
    const engagement = mode === "call" ? { ...drafted, mode, place: null } : drafted;
    const status = finalStatus(engagement, state.published);
    const dated = status === "cancelled" && calledOffOnPublication(engagement, state.published) ? { ...engagement, date: null } : engagement;
    const kind = kindOf(dated, referenceDay(dated, state.published), state);
    return { ...dated, status, kind, title: titleFor(dated, kind) };
  });
  const title = state.title ?? headlinePlace(state.sentences)?.text ?? "";
  // a headline that plans a contact has told it before any sentence of the body
  const firstTold = headlinePlansContact(title) ? -1 : firstToldIndex(classified);
  const scores = classified.map((engagement, index) => mainScore(engagement, headline, leadEnd) + recencyScore(engagement, state.published) + headlineModeScore(engagement, title) + (index === firstTold ? FIRST_TOLD_POINT : 0));
  const leading = scores.indexOf(Math.max(...scores));
  const backdrop = classified[leading] && (inPassing(classified[leading], state.sentences.length, state.text) || onlyAwaited(classified[leading], state.sentences, state.text));
  const best = backdrop ? -1 : leading;
  const dateline = state.places.find((place) => place.dateline && place.sentence <= MAIN_LEAD_SENTENCES);
  return classified.map((engagement, index) => {
    if (index !== best) return { ...engagement, role: "mentioned" as const };
    // "KUALA LUMPUR, Malaysia — Rubio and Wang held talks …": the main engagement, placed nowhere else, is where the report was filed
    const placed = engagement.place ?? (engagement.mode !== "call" && dateline && dateline.country !== "United States" ? dateline : null);
    return { ...engagement, role: "main" as const, place: placed };
  });
}

export const classifyEngagementsStep: Step = (state) => ({ ...state, engagements: classifyEngagements(state) });
