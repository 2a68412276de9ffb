import { groupBySentence, itemsIn } from "@/lib/extract/by-sentence";
import { MONTH_NAMES, WEEKDAY_NAMES } from "@/lib/extract/calendar";
import { findTopicCues, type TopicCue } from "@/lib/extract/steps/find-topics";
import { capitalize, escapeRegExp, findSpans, lowerAscii, withoutOverlaps } from "@/lib/extract/text";
import type { Cue, DraftEngagement, DraftOutcome, DraftTopic, ExtractionState, PersonMention, Sentence, Span, Step } from "@/lib/extract/types";
import type { OutcomeSide, OutcomeStatus } from "@/lib/taxonomy/enums";
import { OTHER_COUNTRY_NAMES } from "@/lib/gazetteer/places";
import { isHeadOfState } from "@/lib/extract/steps/classify-engagements";
import { TERMS_OPENER } from "@/lib/extract/steps/tie-sentences";
import { AGREEMENT_NOUNS, OUTCOME_CUE_FAMILIES } from "@/lib/taxonomy/outcome-cues";
import { TOPICS } from "@/lib/taxonomy/topics";

/**
 * Step 7: outcomes, read from sentences tied to an engagement. The verb gives the status
 * ("agreed", "announced", "rejected", "urged", "hoping to announce", "no joint statement"),
 * its subject the side, the clause after it the statement and topic. Discussion alone is
 * not an outcome.
 */

interface OutcomeCue extends Span {
  status: OutcomeStatus;
  standsAlone?: boolean;
  unilateral?: boolean;
  subjectIsStatement?: boolean;
  namesTopic?: boolean;
  predicate?: boolean;
  objectIsContact?: boolean;
  /** where the verb reporting it stands ("Trump said China would …"): its speaker may be of the other side */
  reportedAt?: number;
  /** where its clause gives way to another stated outcome's ("asked Raimondo to come to Shanghai, and the two ministers agreed …") */
  clauseEnd?: number;
}

/**
 * A cue phrase as a regex source: words joined by any run of spaces, a trailing * for any
 * word ending, `~` for up to three words in between, either apostrophe.
 */
export function cuePhraseSource(phrase: string): string {
  let source = "";
  let afterGap = false;
  phrase.split(" ").forEach((word, index) => {
    if (word === "~") {
      source += "\\s+(?:[\\w'’‘\"“”.-]+\\s+){0,3}?";
      afterGap = true;
      return;
    }
    const wildcard = word.endsWith("*");
    const body = escapeRegExp(wildcard ? word.slice(0, -1) : word).replace(/'/g, "['’]");
    source += `${index > 0 && !afterGap ? "\\s+[\"“‘]?" : ""}${body}${wildcard ? "[\\w-]*" : ""}`;
    afterGap = false;
  });
  return source;
}

function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(cuePhraseSource).join("|");
}

interface CompiledFamily {
  status: OutcomeStatus;
  standsAlone: boolean;
  unilateral: boolean;
  subjectIsStatement: boolean;
  namesTopic: boolean;
  predicate: boolean;
  objectIsContact: boolean;
  pattern: RegExp;
  next?: RegExp;
  notNext?: RegExp;
  reportedBy?: RegExp;
  notAfter?: RegExp;
}

const optional = (phrases: readonly string[] | undefined, build: (source: string) => RegExp) => (phrases ? build(alternation(phrases)) : undefined);
const FAMILIES: CompiledFamily[] = OUTCOME_CUE_FAMILIES.map((family) => ({
  status: family.status,
  standsAlone: family.standsAlone ?? false,
  unilateral: family.unilateral ?? false,
  subjectIsStatement: family.subjectIsStatement ?? false,
  namesTopic: family.namesTopic ?? false,
  predicate: family.predicate ?? false,
  objectIsContact: family.objectIsContact ?? false,
  pattern: new RegExp(`\\b(?:${alternation(family.phrases)})(?!\\w)`, "g"),
  next: optional(family.next, (source) => new RegExp(`^\\s+(?:${source})(?!\\w)`)),
  // an opening quote does not hide the word after it ('would "never compromise"')
  notNext: optional(family.notNext, (source) => new RegExp(`^\\s+["“]?(?:${source})(?!\\w)`)),
  reportedBy: optional(family.reportedBy, (source) => new RegExp(`\\b(?:${source})(?!\\w)`, "g")),
  notAfter: optional(family.notAfter, (source) => new RegExp(`\\b(?:${source})\\s+$`)),
}));
/** how far before a "… would" the verb reporting it may stand */
const REPORTING_REACH = 60;
const CONTEXT_REACH = 40;
/** ", while": a clause set against the one before it, in the same report */
const WHILE_BEFORE = /,\s+while\s+$/;

/** The cues of one family in a sentence, `lower` being the sentence's text in ASCII lower case. */
function familyCues(lower: string, sentence: Sentence, family: CompiledFamily): OutcomeCue[] {
  return findSpans(family.pattern, lower).flatMap((span) => {
    const after = lower.slice(span.end, span.end + CONTEXT_REACH);
    const before = (reach: number) => lower.slice(Math.max(0, span.start - reach), span.start);
    // "Trump said the United States would cut tariffs to 47 percent, while China would buy soybeans": the verb reporting the first clause reports the one set against it
    const reach = WHILE_BEFORE.test(before(CONTEXT_REACH)) ? span.start : REPORTING_REACH;
    const reporting = family.reportedBy ? findSpans(family.reportedBy, lower, Math.max(0, span.start - reach), span.start).pop() : undefined;
    const kept =
      (!family.next || family.next.test(after)) &&
      (!family.notNext || !family.notNext.test(after)) &&
      (!family.reportedBy || reporting !== undefined) &&
      (!family.notAfter || !family.notAfter.test(before(CONTEXT_REACH)));
    if (!kept) return [];
    const cue: OutcomeCue = { start: sentence.start + span.start, end: sentence.start + span.end, text: sentence.text.slice(span.start, span.end), status: family.status, standsAlone: family.standsAlone, unilateral: family.unilateral, subjectIsStatement: family.subjectIsStatement, namesTopic: family.namesTopic, predicate: family.predicate, objectIsContact: family.objectIsContact };
    return [reporting ? { ...cue, reportedAt: sentence.start + reporting.start } : cue];
  });
}

const PRIORITY: OutcomeStatus[] = ["no-agreement", "rejected", "agreed", "announced", "expected", "proposed"];
/** Statuses that need a topic to say anything: a bare "urged" or "expects" is too vague to keep. */
const NEEDS_TOPIC = new Set<OutcomeStatus>(["proposed", "expected"]);
/** cues that carry their own object: a likelihood, preparations for a call, an invitation to visit */
const SELF_CONTAINED = /likelihood|preparations|^welcomed/i;
const INVITATION = /^invited$/i;
/** what an invitation is to: a visit ("invited Xi to visit", "to come") or a place ("invited the minister to Tianjin") */
const INVITED_TO = /^\s*(?:[\w.]+\s+){0,3}?[Tt]o (?:(?:[Vv]isit|[Pp]ay a [Vv]isit|[Cc]ome)\b|(?:the\s+)?[A-Z])/;
/** a trigger this close after an expectation makes it about the engagement itself ("expected to meet") */
const SELF_REACH = 25;

/**
 * case-sensitive: ", and Xi …" opens a clause of its own, ", and continue to …" goes on with the same subject; ", prompting
 * Washington to …" tells what the step led to, not more of it; ", endorsed by the two presidents" and ", with Wang accepting
 * an invitation" are asides about what was agreed, not more of it (the "-ing" word needs a subject of its own, a name or
 * "the minister": in ", with new funding for …" it is a noun and what was agreed goes on)
 */
const CLAUSE_END = /;|\s+and that\s|,\s+(?:but|while|which|according to|prompting|sparking|triggering|leading to)\b|,\s+(?:agreed|reached|endorsed|outlined|set out)\s+(?:upon\s+|on\s+)?by\b|,\s+with\s+(?:(?:[A-Z][\w.'’-]*\s+){1,3}|(?:the|both|each|its|his|her|their)\s+(?:[\w'’-]+\s+){1,2}?)[a-z]+ing\b|,\s+(?:[\w.'’-]+\s+){0,5}?(?:said|says|told|added)\b|,["”]|,\s+and\s+(?=[A-Z])|\s+(?:when|after|before|because|although)\s/;
const CONJUNCT_BREAK = /\s+[—–]\s+|,?\s+and\s+(?=(?:continue|keep|work|hold|resume|maintain|stay|set up|establish|expand|restore|launch)\b)|,\s+(?:and\s+)?(?=(?:the|a|an|to|[a-z]+ing)\b)|\s+and\s+(?=(?:the|a|an|to|[a-z]+ing)\b)/g;
const LEADING_FILLER = /^(?:(?:there (?:was|were)|made|with|produced|offered)(?=\s+no\b)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|to|that|on|of|with|an?|the|his|her|their|its|new|(?:proposal|request|plan|commitment|pledge|call|agreement)\s+(?:to|for|on))\s+/i;
const MAX_STATEMENT_WORDS = 14;
/** what separates the items of a list: ", ", " and ", ", commerce and " */
const TOPIC_LIST_GAP = /^,?\s+(?:and\s+)?(?:[\w-]+,?\s+){0,2}?(?:and\s+)?$|^,\s*$/;

const US_WORDS = /\b(?:U\.S\.|US|United States|Washington|American|White House|Biden administration|Trump administration|Pentagon|State Department|Treasury|the president)\b/gi;
const CN_WORDS = /\b(?:(?<!(?:South|East) )China(?!\s+Sea)|Chinese|Beijing|PRC)\b/g;

interface Marker {
  start: number;
  end: number;
  side: OutcomeSide;
}

/** "were not announced in advance", "we are not here to announce a deal": a verb negated says nothing came of it */
const NEGATED_BEFORE = /\b(?:not|n['’]t|never|no)\s+(?:[\w-]+\s+){0,2}$/i;
const NEGATABLE = new Set<OutcomeStatus>(["agreed", "announced", "expected", "proposed"]);
/** "may agree to cut tariffs", "the best outcome is for them to agree to …": a possibility spoken of, not a result */
const IRREALIS_BEFORE = /\b(?:may|might|could|can|should|to)\s+(?:[\w-]+\s+)?$/i;
const FACTUAL = new Set<OutcomeStatus>(["agreed", "announced"]);
/** "the delegations were nearing an agreement on chips", "worked toward an agreement": a settlement approached is not one reached ("close to" is read as irrealis) */
const APPROACHING_BEFORE = /\b(?:nearing|near|toward|towards)\s+$/i;
/** "asked whether he would travel to China": a question put, not an answer given */
const QUESTION_BEFORE = /\b(?:whether|if)\s+(?:[\w-]+\s+){0,3}$/i;
/**
 * "a red line over which China would brook no interference", "the note with which the ministry announced …": a relative
 * clause describes a noun of the sentence, it states no result. "the meeting, during which the two sides agreed …" is the
 * exception: what was settled during or at a meeting is its result.
 */
const RELATIVE_BEFORE = /\b(?:(?<!\b(?:during|at)\s+)which|whom|whose)\s+(?:[\w'’.-]+\s+){0,4}$/i;
/**
 * "the second round of talks since Trump launched his trade war": a clause opened by "since" tells what came before the
 * engagement, not what it produced; its comma ends it ("Since the talks began, the two sides agreed …")
 */
const EARLIER_TIME_BEFORE = /\bsince\s+[^,;:]*$/i;
/**
 * "the channels agreed upon by the two presidents", "announced by the Treasury": a verb whose
 * agent follows is a passive participle; what it names stands before it and is background.
 * An agent opens with a determiner or a name, which tells it from a means ("agreed by phone")
 * or a deadline ("by the end of the year").
 */
const AGENT_AFTER = /^\s+(?:upon\s+|on\s+)?by\s+(?!the\s+(?:end|close|time)\b)(?:the|both|each|its|their|his|her|[A-Z])/;

/**
 * "China's announced peace plan", "the agreed framework": a participle before its noun names a
 * thing (background); "a role in reaching an agreement", "ended without announcing an extension":
 * a gerund after a preposition, the cue's own or the one it is the object of, names an act spoken of. Neither states what a meeting produced.
 */
const MODIFIER_BEFORE = /(?:['’]s|\b(?:the|its|their|his|her|newly|previously|recently|already))\s+$/i;
const GERUND_PREPOSITION = "(?:in|of|for|toward|towards|without|about|from|on)";
const GERUND_AFTER = new RegExp(String.raw`\b${GERUND_PREPOSITION}\s+$`, "i");
const GERUND_BEFORE = new RegExp(String.raw`\b${GERUND_PREPOSITION}\s+[a-z]+ing\s+$`, "i");

function nonFinite(text: string, sentence: Sentence, cue: OutcomeCue): boolean {
  const before = text.slice(Math.max(sentence.start, cue.start - 20), cue.start);
  const verb = /^[a-z]+/i.exec(cue.text)?.[0] ?? "";
  return (/ed$/i.test(verb) && MODIFIER_BEFORE.test(before)) || (/ing$/i.test(verb) && GERUND_AFTER.test(before)) || GERUND_BEFORE.test(before);
}

/** a word between a verb and its object, not one opening a setting ("rejected the demands during the talks": the talks are where, not what) */
const OBJECT_WORD = String.raw`(?!(?:at|during|in|after|before|since|following|throughout)\b)[\w.'’-]+\s+`;
/** what was arranged is the contact itself, the verb's object: a few words at most between them ("agreed to work toward a phone call"), not a call named further on ("a framework to implement the consensus of their June call") */
const CONTACT_GAP = new RegExp(String.raw`^\s*(?:${OBJECT_WORD}){0,5}$`);

/**
 * "declined an invitation to meet", "turned down a request for a call": what is refused is a
 * contact itself, news of an engagement that did not happen, not a stand taken on a subject
 */
function refusesContact(text: string, cue: OutcomeCue, triggers: Cue[]): boolean {
  if (cue.status !== "rejected") return false;
  // the engagement word may be one the cues step does not take for an engagement ("a proposal for a meeting" never held)
  return CONTACT_OBJECT.test(text.slice(cue.end, cue.end + 80)) || contactFollows(text, cue, triggers);
}

/** an engagement word is the verb's object, a few words after it at most */
function contactFollows(text: string, cue: OutcomeCue, triggers: Cue[]): boolean {
  return triggers.some((trigger) => trigger.start >= cue.end && CONTACT_GAP.test(text.slice(cue.end, trigger.start)));
}

/**
 * a contact named as the refused thing, a few words after the verb: "a request for a meeting", "an invitation to meet Blinken";
 * not a demand ("the call for a ceasefire") nor a goal met ("refused to meet the deadline")
 */
const CONTACT_OBJECT = new RegExp(String.raw`^\s*(?:${OBJECT_WORD}){0,5}?(?:(?:meeting|talks|visit|call(?!\s+(?:for|to|on)\b))\b|meet\s+(?:with\b|[A-Z]))`);

function outcomeCuesIn(text: string, sentence: Sentence, triggers: Cue[]): OutcomeCue[] {
  const lower = lowerAscii(sentence.text);
  const found = FAMILIES.flatMap((family) => familyCues(lower, sentence, family)).filter(
    (cue) =>
      (!NEGATABLE.has(cue.status) || !NEGATED_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 30), cue.start))) &&
      (!FACTUAL.has(cue.status) || !IRREALIS_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 30), cue.start))) &&
      (!FACTUAL.has(cue.status) || !APPROACHING_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 20), cue.start))) &&
      (cue.status === "no-agreement" || !QUESTION_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start))) &&
      !RELATIVE_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 50), cue.start)) &&
      !EARLIER_TIME_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 120), cue.start)) &&
      !AGENT_AFTER.test(text.slice(cue.end, cue.end + 12)) &&
      !nonFinite(text, sentence, cue) &&
      // "had not indicated that they reached any understanding": "any" is said only where nothing was reached
      (!FACTUAL.has(cue.status) || !/\bany\b/i.test(cue.text)) &&
      (!cue.objectIsContact || contactFollows(text, cue, triggers)) &&
      !refusesContact(text, cue, triggers),
  );
  const longestFirst = found.sort((a, b) => b.end - b.start - (a.end - a.start));
  return withoutOverlaps(longestFirst).filter(
    (cue) => cue.status !== "expected" || /likelihood|preparations/i.test(cue.text) || !triggers.some((trigger) => trigger.start >= cue.end && trigger.start - cue.end <= SELF_REACH),
  );
}

function clauseAfter(text: string, cue: OutcomeCue, sentence: Sentence): Span {
  const rest = text.slice(cue.end, cue.clauseEnd ?? sentence.end);
  const stop = CLAUSE_END.exec(rest);
  const end = cue.end + (stop ? stop.index : rest.length);
  return { start: cue.end, end, text: text.slice(cue.end, end) };
}

function conjunctsOf(clause: Span): Span[] {
  const parts: Span[] = [];
  let from = 0;
  CONJUNCT_BREAK.lastIndex = 0;
  for (let match = CONJUNCT_BREAK.exec(clause.text); match; match = CONJUNCT_BREAK.exec(clause.text)) {
    parts.push({ start: clause.start + from, end: clause.start + match.index, text: clause.text.slice(from, match.index) });
    from = match.index + match[0].length;
  }
  parts.push({ start: clause.start + from, end: clause.end, text: clause.text.slice(from) });
  return parts;
}

function statementOf(phrase: string): string {
  // a full stop may stand inside the closing quote ('… on crisis hotlines."')
  let statement = phrase.trim().replace(/[\s,.;:—–"“”-]+$/, "");
  for (let previous = ""; previous !== statement; ) {
    previous = statement;
    statement = statement.replace(/^["“”]+/, "").replace(LEADING_FILLER, "");
  }
  const words = statement.split(/\s+/);
  return capitalize(words.length > MAX_STATEMENT_WORDS ? words.slice(0, MAX_STATEMENT_WORDS).join(" ") : statement);
}

const REACHED_NOUN = new RegExp(`^reached\\s.*\\b(?:${AGREEMENT_NOUNS.join("|")})$`, "i");

/** a trip announced: "would travel to China", "plans to visit Beijing" */
const ANNOUNCED_TRIP = /^(?:would|will|plans?|planned|planning)\s/i;

/** "no joint statement …" and "expects a commitment from …" carry their object in the cue itself. */
/** The person named just before a verb: its subject ("Yellen would travel …"). */
function subjectOf(people: PersonMention[], cue: OutcomeCue): string {
  const before = people.filter((person) => person.end <= cue.start && cue.start - person.end <= 40).pop();
  return before?.text ?? "";
}

/** up to three modifiers before a noun, back to a word that opens or links a clause: "that close communication" → "close " */
const MODIFIERS_BEFORE = /(?:^|\s)((?:(?!(?:that|and|or|but|while|said|says|the|their|its|his|her|our)\s)[a-z][\w-]*\s+){0,3})$/;

function subjectTextOf(text: string, sentence: Sentence, people: PersonMention[], cue: OutcomeCue): string {
  if (!cue.subjectIsStatement) return subjectOf(people, cue);
  return MODIFIERS_BEFORE.exec(text.slice(Math.max(sentence.start, cue.start - 40), cue.start))?.[1] ?? "";
}

function statementSourceOf(cue: OutcomeCue, clause: string, subject = ""): string {
  if (cue.status === "no-agreement" || /likelihood/i.test(cue.text)) return `${cue.text}${clause}`;
  if (cue.subjectIsStatement) return `${subject}${cue.text}${clause}`;
  // "Yellen would travel to China in the coming days": who travels is the news
  if (ANNOUNCED_TRIP.test(cue.text)) return `${subject ? `${subject} ` : ""}${cue.text}${clause}`;
  // "reached a preliminary framework at …": what was reached is named in the cue, with its qualifiers
  if (REACHED_NOUN.test(cue.text)) return /\w/.test(clause) ? `${cue.text.replace(/^\S+\s+/, "")}${clause}` : "";
  const noun = /\b(?:commitment|agreement|announcement|deal|pledge)$/i.exec(cue.text)?.[0];
  return noun ? `${noun}${clause}` : clause;
}

function markersBefore(text: string, sentence: Sentence, before: number, people: PersonMention[], cues: Cue[]): Marker[] {
  const region = (pattern: RegExp, side: OutcomeSide) => findSpans(pattern, text, sentence.start, before).map((span) => ({ start: span.start, end: span.end, side }));
  return [
    ...people.filter((person) => person.end <= before && (person.side === "US" || person.side === "CN")).map((person) => ({ start: person.start, end: person.end, side: person.side as OutcomeSide })),
    ...cues.filter((cue) => cue.end <= before && (cue.kind === "group" || (cue.kind === "side-anchor" && cue.side))).map((cue) => ({ start: cue.start, end: cue.end, side: (cue.kind === "group" ? "both" : cue.side) as OutcomeSide })),
    ...region(US_WORDS, "US"),
    ...region(CN_WORDS, "CN"),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The side of the verb's subject: the marker nearest before it; two sides joined by "and" are both. */
function sideOf(text: string, markers: Marker[]): OutcomeSide | null {
  const last = markers[markers.length - 1];
  if (!last) return null;
  const previous = markers.filter((marker) => marker.end <= last.start).pop();
  if (previous && previous.side !== last.side && /^\s*(?:and|&)\s+(?:\S+\s+){0,3}?$/.test(text.slice(previous.end, last.start))) return "both";
  return last.side;
}

/**
 * The outcome cues a sentence states: the strongest, and any other of a clause of its own
 * after it ("said he would travel to China early next year and that Xi would make a visit")
 * or right before it ("Raimondo was asked to come to Shanghai, and the two ministers agreed to …"),
 * whose clause then ends where the strongest one's begins.
 */
function statedCues(text: string, sentence: Sentence, triggers: Cue[]): OutcomeCue[] {
  const found = outcomeCuesIn(text, sentence, triggers);
  const status = PRIORITY.find((candidate) => found.some((cue) => cue.status === candidate));
  const first = found.find((candidate) => candidate.status === status);
  if (!first) return [];
  const others = found.filter((cue) => cue !== first && cue.start > first.end && SEPARATE_CLAUSE.test(text.slice(first.end, cue.end)) && !found.some((other) => other !== cue && other.start > first.end && other.start < cue.start));
  const earlier = clauseBefore(text, found, first);
  return [first, ...(earlier ? [earlier] : []), ...others];
}

/** The cue right before the strongest one, when a new clause opens between them, with its clause ended there. */
function clauseBefore(text: string, found: OutcomeCue[], first: OutcomeCue): OutcomeCue | undefined {
  const previous = found.filter((cue) => cue.end <= first.start).sort((a, b) => a.start - b.start).pop();
  const boundary = previous && SEPARATE_CLAUSE.exec(text.slice(previous.end, first.end));
  return previous && boundary ? { ...previous, clauseEnd: previous.end + boundary.index } : undefined;
}

/** a new clause with its own verb: "… and that Xi would …", "; the two also agreed …", ", while China would …" */
const SEPARATE_CLAUSE = /(?:\band that\b|;|[,"”]\s+(?:and|while)\s+(?:that\s+)?(?:the|he|she|they|[A-Z][a-z]+)\b|\band to\b|,\s+(?:announcing|saying|adding)\b)/;

/** What an outcome's sentence is read with besides its own words: who is a head of state, and who was named just before it. */
interface Surroundings {
  isLeader: (person: PersonMention) => boolean;
  /** the sentence before and its people, for a "he" or "they" that opens this one */
  earlier: { text: string; people: PersonMention[] };
}

function outcomesIn(text: string, sentence: Sentence, people: PersonMention[], cues: Cue[], topicCues: TopicCue[], surroundings: Surroundings): { cue: OutcomeCue; outcomes: DraftOutcome[] }[] {
  const triggers = cues.filter((cue) => cue.kind === "trigger");
  return statedCues(text, sentence, triggers).flatMap((cue) => {
    const found = outcomesOfCue(text, sentence, people, cues, topicCues, cue, surroundings);
    return found ? [found] : [];
  });
}

/**
 * "Trump said China would buy soybeans": one side telling what the OTHER will do reports a
 * commitment won at the talks (an agreement), where "Trump said the United States would cut
 * tariffs" announces its own side's step.
 */
function committedByOtherSide(text: string, sentence: Sentence, people: PersonMention[], cues: Cue[], cue: OutcomeCue, side: OutcomeSide | null): boolean {
  if (cue.status !== "announced" || cue.reportedAt === undefined || (side !== "US" && side !== "CN")) return false;
  const speaker = sideOf(text, markersBefore(text, sentence, cue.reportedAt, people, cues));
  return (speaker === "US" || speaker === "CN") && speaker !== side;
}

/**
 * "Austin added that", "Trump announced on social media that": one named person putting out
 * news of his own, the verb right after the name; a plain "said" or "told reporters" is how a
 * readout gives what both settled ("told reporters that close communication would continue")
 */
const ONE_SPEAKER_REPORTS = /\b(?:added|announced)\b/gi;
const MODAL_FUTURE = /\b(?:would|will)\b/i;

/**
 * "Trump announced that the trade talks would resume", "Austin added that the two countries
 * would resume contacts": what is to happen, told by one side's speaker, is that side's word of
 * it (an announcement), not a result both state; "agreed to resume" and a readout's "the two
 * sides would keep talking" stay agreed.
 */
function toldByOneSide(text: string, sentence: Sentence, people: PersonMention[], cues: Cue[], cue: OutcomeCue): boolean {
  if (cue.status !== "agreed" || !MODAL_FUTURE.test(cue.text) || cue.reportedAt !== undefined) return false;
  const verb = findSpans(ONE_SPEAKER_REPORTS, text, Math.max(sentence.start, cue.start - REPORTING_REACH * 2), cue.start).pop();
  const speaker = verb && people.filter((person) => person.end <= verb.start && /^\s*$/.test(text.slice(person.end, verb.start))).pop();
  if (!verb || !speaker) return false;
  const side = sideOf(text, markersBefore(text, sentence, verb.start, people, cues));
  return side === "US" || side === "CN";
}

/** "Under the deal, tariffs will be halved.": a step told as a term of a settlement is agreed, whoever takes it */
function spellsOutTerms(sentence: Sentence, cue: OutcomeCue): boolean {
  return cue.status === "announced" && TERMS_OPENER.test(sentence.text);
}

/** "said the round will resume on Tuesday, without further detail": a comment on the telling, not a thing resumed or announced */
const ASIDE_AFTER_WHEN = String.raw`,\s+(?:without|according\s+to|but|though|although)\b`;

/**
 * "the working group launched in January.", "a deal announced over the weekend.": the verb is
 * followed only by when, so what was announced stands before it (a passive, a participle) and
 * is background to the sentence, not a result read after the verb.
 */
const ONLY_WHEN_AFTER = new RegExp(
  `^\\s*(?:(?:in|on|over|during|at|last|this|past|earlier|later|early|late|the|of|yesterday|today|weekend|week|month|year|morning|afternoon|evening|night|${[...WEEKDAY_NAMES, ...MONTH_NAMES].join("|")}|\\d{1,4}(?:st|nd|rd|th)?),?\\s+)*(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES, "weekend", "week", "month", "year", "earlier", "yesterday", "today", "morning", "evening"].join("|")}|\\d{1,4})\\s*(?:[.;]|${ASIDE_AFTER_WHEN}|$)`,
  "i",
);

/**
 * "committed to doing that", "as both leaders agreed during their summit last year": the verb
 * ends its sentence with a word standing for something said before, or only with the meeting it
 * was said at, so it refers back to a settlement and names none.
 */
const REFERENCE_ONLY_AFTER = /^\s+(?:(?:(?:do|doing)\s+)?(?:that|this|so|it)|(?:during|at|in)\s+(?:their|the|its|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|talks|call|visit)(?:\s+(?:last|this|earlier)\s+[a-z]+)?)\s*["”]?\s*(?:[.;]|$)/i;

/** the leaders as one party: "the two presidents", "both leaders", "the heads of state" */
const LEADERS = /\b(?:the|both|two)\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state)\b/gi;
/** "he would", "they would": a pronoun standing for someone named before */
const PRONOUN = /\b(?:he|she|they)\b/gi;
/** any other party a contact may be had by, or one this sentence cannot tell: "the two sides", "the teams", "we", "me" ("us" is left out: read without case it would take "US" for one) */
const OTHER_PARTY = /\b(?:the\s+two\s+sides|both\s+sides|we|i|me|the\s+(?:two\s+)?(?:teams|delegations|ministers|diplomats|officials|militaries|countries|governments))\b/gi;
/** contact the leaders keep with no engagement word for it: "stay in touch", "communicate often", "regular contact" */
const CONTACT_WORDS = /\b(?:(?:stay|keep|remain)\s+in\s+(?:close\s+)?touch|communicat(?:e|ing|ion)|contacts?|speak\s+again|talk\s+again)\b/i;
/** "agreed that …", "announced that …": a clause with a subject of its own */
const THAT = /\bthat\b/gi;

interface Party extends Span {
  leader: boolean;
  pronoun?: boolean;
}

/**
 * "The two presidents agreed to meet next month", "Xi invited Trump to visit", "Trump said he
 * plans to travel to China": what was arranged is a contact of the leaders themselves, so its
 * subject is leader-level diplomacy even where no topic word names it. The contact is the
 * engagement word the verb governs, a few words after it at most (or, said of the leaders, a
 * word for keeping in touch); who has it is the party named last before that word, inside the
 * clause that holds it ("announced that the trade talks would resume": not the announcer's): a
 * head of state, the leaders as a pair, or a pronoun standing for them. A minister's trip
 * ("agreed that Blinken would visit China") is not one, nor the engagement itself judged
 * ("agreed that the call was constructive").
 */
function leaderContact(text: string, sentence: Sentence, people: PersonMention[], cues: Cue[], cue: OutcomeCue, clause: Span, surroundings: Surroundings): boolean {
  const near = (start: number) => start <= cue.end || CONTACT_GAP.test(text.slice(cue.end, start));
  const trigger = cues.find((candidate) => candidate.kind === "trigger" && candidate.start >= cue.start && candidate.end <= clause.end && near(candidate.start));
  const words = trigger ? undefined : CONTACT_WORDS.exec(text.slice(clause.start, clause.end));
  const contact = trigger?.start ?? (words && near(clause.start + words.index) ? clause.start + words.index : undefined);
  // "asked whether he would travel to China": a question put, not a contact arranged
  if (contact === undefined || QUESTION_BEFORE.test(text.slice(Math.max(sentence.start, contact - 40), contact)) || cues.some((other) => other.kind === "hedge" && other.start < contact && other.end >= contact - 1)) return false;
  const parties = partiesBefore(text, sentence, people, contact, surroundings);
  const from = findSpans(THAT, text, sentence.start, contact).pop()?.end ?? sentence.start;
  const party = parties.filter((candidate) => candidate.start >= from).pop();
  // with no party named before it, a trip or meeting is the leader's whom it is with ("interest in a meeting with Xi")
  if (!party) return trigger !== undefined && people.some((person) => person.start >= contact && person.end <= clause.end && surroundings.isLeader(person));
  const leader = party.pronoun ? antecedentIsLeader(parties, party, surroundings) : party.leader;
  // keeping in touch is said of a pair; one leader's part in it is no arrangement
  return leader && (trigger !== undefined || !people.some((person) => person.start === party.start));
}

/** The parties a sentence names before an offset, in text order: people, the leaders as a pair, other groups, pronouns. */
function partiesBefore(text: string, sentence: Sentence, people: PersonMention[], before: number, surroundings: Surroundings): Party[] {
  const spans = (pattern: RegExp) => findSpans(pattern, text, sentence.start, before);
  const pronouns = spans(PRONOUN);
  return [
    ...people.filter((person) => person.end <= before).map((person) => ({ start: person.start, end: person.end, text: person.text, leader: surroundings.isLeader(person) })),
    ...spans(LEADERS).map((span) => ({ ...span, leader: true })),
    ...spans(OTHER_PARTY).map((span) => ({ ...span, leader: false })),
    ...pronouns.map((span) => ({ ...span, leader: false, pronoun: true })),
  ].sort((a, b) => a.end - b.end || b.start - a.start);
}

/** a pronoun stands for the party named last before it in its sentence, or, with none, "he" or "she" for the one the sentence before opens with, "they" for a pair named there */
function antecedentIsLeader(parties: Party[], pronoun: Party, surroundings: Surroundings): boolean {
  const named = parties.filter((party) => !party.pronoun && party.end <= pronoun.start).pop();
  if (named) return named.leader;
  const { text, people } = surroundings.earlier;
  // "they" are the leaders as a pair, or two of them, named in the sentence before
  if (/^they$/i.test(pronoun.text)) return findSpans(LEADERS, text).length > 0 || new Set(people.filter(surroundings.isLeader).map((person) => person.key)).size >= 2;
  const first = people[0];
  return first !== undefined && surroundings.isLeader(first);
}

function outcomesOfCue(text: string, sentence: Sentence, people: PersonMention[], cues: Cue[], sentenceTopics: TopicCue[], cue: OutcomeCue, surroundings: Surroundings): { cue: OutcomeCue; outcomes: DraftOutcome[] } | null {
  // a clause that ends where another outcome's begins has no say over the topics named there ("asked Raimondo to come to Shanghai, and the two agreed on tariffs")
  const topicCues = sentenceTopics.filter((topic) => topic.end <= (cue.clauseEnd ?? sentence.end));
  // a reported "China would …" names its subject inside the cue
  const side = sideOf(text, markersBefore(text, sentence, cue.reportedAt === undefined ? cue.start : cue.end, people, cues));
  const clause = clauseAfter(text, cue, sentence);
  const after = text.slice(cue.end, sentence.end);
  if (cue.status !== "no-agreement" && (ONLY_WHEN_AFTER.test(after) || REFERENCE_ONLY_AFTER.test(after))) return null;
  const evidence = [{ start: sentence.start, end: sentence.end, text: sentence.text }];
  const status = committedByOtherSide(text, sentence, people, cues, cue, side) || spellsOutTerms(sentence, cue) ? ("agreed" as const) : toldByOneSide(text, sentence, people, cues, cue) ? ("announced" as const) : cue.status;
  const base = { status, side, evidence, sentence: sentence.index };
  if (cue.predicate) return predicateOutcome(text, sentence, topicCues, cue, base);
  const inClause = topicCues.filter((topic) => topic.start >= clause.start && topic.end <= clause.end);
  if (inClause.length === 0) {
    if (cue.namesTopic) return null;
    if (leaderContact(text, sentence, people, cues, cue, clause, surroundings)) {
      const statement = statementOf(statementSourceOf(cue, clause.text, subjectTextOf(text, sentence, people, cue)));
      return statement ? { cue, outcomes: [{ ...base, topic: LEADER_DIPLOMACY, statement }] } : null;
    }
    if (NEEDS_TOPIC.has(cue.status) && topicCues.length === 0 && !cue.standsAlone && !cue.objectIsContact && !SELF_CONTAINED.test(cue.text) && !(INVITATION.test(cue.text) && INVITED_TO.test(clause.text))) return null;
    const statement = statementOf(statementSourceOf(cue, clause.text, subjectTextOf(text, sentence, people, cue)));
    // "On tariffs, both sides agreed.": the verb with nothing after it says that, not what
    return statement ? { cue, outcomes: [{ ...base, topic: topicCues[0]?.slug ?? null, statement }] } : null;
  }
  const conjuncts = conjunctsOf(clause);
  // a list of topics in one conjunct is one item, filed under the first ("dialogue on counternarcotics, AI and climate")
  const bySlug = new Map<string, DraftOutcome>();
  let previous: TopicCue | undefined;
  for (const topic of inClause) {
    const listed = previous !== undefined && TOPIC_LIST_GAP.test(text.slice(previous.end, topic.start));
    previous = topic;
    if (bySlug.has(topic.slug) || listed) continue;
    const part = conjuncts.find((conjunct) => conjunct.start <= topic.start && topic.end <= conjunct.end) ?? clause;
    const source = part.start === clause.start ? statementSourceOf(cue, part.text, subjectTextOf(text, sentence, people, cue)) : part.text;
    bySlug.set(topic.slug, { ...base, topic: topic.slug, statement: statementOf(source) });
  }
  return { cue, outcomes: [...bySlug.values()] };
}

/** the words a predicate is said of, back to the verb or the word that opens its clause: "told reporters [an extension of the truce] is likely" */
const SUBJECT_OPENERS = "said|says|told reporters|told|reporters|added|that|believes|believed|thinks|thought";
const PREDICATE_SUBJECT = new RegExp(String.raw`(?:^|\b(?:${SUBJECT_OPENERS})\s+|[,;:]\s+)((?:(?!(?:${SUBJECT_OPENERS})\s)[^\s,;:]+\s+){1,12})$`, "i");

/** "an extension of the truce is likely": what is expected is the subject, and its topic is named there */
function predicateOutcome(text: string, sentence: Sentence, topicCues: TopicCue[], cue: OutcomeCue, base: Omit<DraftOutcome, "topic" | "statement">): { cue: OutcomeCue; outcomes: DraftOutcome[] } | null {
  const from = Math.max(sentence.start, cue.start - 120);
  const subject = PREDICATE_SUBJECT.exec(text.slice(from, cue.start));
  if (!subject?.[1]) return null;
  const start = cue.start - subject[1].length;
  const topic = topicCues.find((candidate) => candidate.start >= start && candidate.end <= cue.start);
  const statement = statementOf(subject[1]);
  return topic && statement ? { cue, outcomes: [{ ...base, topic: topic.slug, statement }] } : null;
}

const LEADER_DIPLOMACY = "leader-diplomacy";

/** "at their summit", "during the call": the engagement a verb was said at, not its object */
const CIRCUMSTANCE_BEFORE = /\b(?:at|during|in|on|after|before|since|from|following)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** ", and Sullivan said …", "; …": what follows the clause has a subject of its own */
const NEW_CLAUSE_AFTER = /^(?:;|,\s+and\s+[A-Z])/;

/** A sentence tied to several engagements: not the one whose trigger is the object of the verb ("agreed that Blinken would visit"). */
function ownerOf(text: string, engagements: DraftEngagement[], sentence: number, cue: OutcomeCue, objectsFrom: number, clause: Span): DraftEngagement | undefined {
  const tied = engagements.filter((engagement) => engagement.tiedSentences.includes(sentence));
  const isObject = (engagement: DraftEngagement) => {
    const here = engagement.triggers.filter((trigger) => trigger.sentence === sentence);
    // "said Yellen would travel to China": the trip is what was announced, not where; so is a call
    // named after the sentence's first outcome verb, for the verbs after it ("would hold a call …, and that talks would continue")
    return here.length > 0 && here.every((trigger) => trigger.start >= objectsFrom);
  };
  // a trip announced in passing belongs to the meeting it was announced at, not to another trip ahead
  const subjects = tied.filter((engagement) => !isObject(engagement) && possibleOutcome(engagement, cue));
  // "agreed to work toward a phone call": a call that is only the object was agreed elsewhere; "agreed at their summit" names where;
  // one named after the clause, in a clause with a subject of its own (", and Sullivan said … a summit"), is not where it was agreed either
  // "at the G20 summit" after the meeting agreed on places that meeting, not the agreeing
  const triggersHere = engagements.flatMap((engagement) => engagement.triggers.filter((trigger) => trigger.sentence === sentence));
  const circumstance = (trigger: Cue) => CIRCUMSTANCE_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start)) && !triggersHere.some((other) => other.start >= cue.end && other.end <= trigger.start);
  const objectOnly = (engagement: DraftEngagement) =>
    isObject(engagement) &&
    engagement.triggers.filter((trigger) => trigger.sentence === sentence).every((trigger) => (trigger.start >= Math.min(objectsFrom, clause.start) && trigger.end <= clause.end && !circumstance(trigger)) || (trigger.start >= clause.end && NEW_CLAUSE_AFTER.test(text.slice(clause.end, clause.end + 12))));
  if (subjects.length === 0 && (ANNOUNCED_TRIP.test(cue.text) || tied.every(objectOnly))) {
    // "The White House said Yellen would travel to China": announced at the engagement spoken of before; of several, at the one
    // the article reports ("Biden called Xi on Tuesday, their first contact since they met in Woodside. … said Biden would travel …")
    const earlier = engagements
      .filter((engagement) => !isObject(engagement) && possibleOutcome(engagement, cue))
      .map((engagement) => {
        const before = (indexes: number[]) => Math.max(-1, ...indexes.filter((index) => index < sentence && !engagement.subordinateSentences.includes(index)));
        return { engagement, at: before(engagement.tiedSentences), triggered: before(engagement.triggerSentences) };
      })
      .filter((entry) => entry.at >= 0 && sentence - entry.at <= 4)
      .sort((a, b) => isMain(b.engagement) - isMain(a.engagement) || b.triggered - a.triggered || b.at - a.at)[0];
    if (earlier) return earlier.engagement;
  }
  const pool = subjects.length ? subjects : tied;
  // a sentence that only continues several engagements ("They agreed to …" after a word on an earlier call) goes on with the one the report is about
  return nearestTriggeredBefore(pool, sentence, cue) ?? pool.find((engagement) => engagement.triggerSentences.includes(sentence)) ?? pool.find((engagement) => engagement.role === "main") ?? pool[pool.length - 1];
}

/** "at their meeting in Bali", "during the talks": the setting a verb is told in, right after what it settled */
const SETTING_BEFORE = /\b(?:at|during)\s+(?:the|their|its|that|a|an)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** "agreed to implement the consensus reached at the Bali meeting": a verb of its own between them, which the setting belongs to */
const OWN_VERB = /\b(?:reached|made|agreed|announced|signed|held|set|outlined|struck|forged)\b/i;
/**
 * "a meeting in Sweden in July, where both sides agreed …": a relative clause told of the engagement named just before it,
 * read up to the end of the sentence but not past the stop of an initial ("talks in the U.S. capital, where …")
 */
const SETTING_CLAUSE = /^(?:[^;.]|(?<=\b[A-Z])\.){0,60}?,?\s+(?:where|at which|during which|in which)\s+(?:[\w'’-]+\s+){0,3}$/i;

/**
 * The engagement a verb says its result was reached at, named in the sentence: "the two
 * presidents reached a consensus on resuming military contacts at their meeting in San
 * Francisco", "a similar round in Stockholm, where both sides agreed to extend the truce".
 * What was settled there is that engagement's, even in a sentence about another one.
 */
function engagementSettingIt(text: string, engagements: DraftEngagement[], sentence: Sentence, cue: OutcomeCue, triggers: Cue[]): DraftEngagement | undefined {
  if (cue.status !== "agreed") return undefined;
  const clause = clauseAfter(text, cue, sentence);
  // "ready for a meeting at the G20 summit": the summit is where the meeting agreed on would be, not where it was agreed
  const triggerBetween = (from: number, to: number) => triggers.some((other) => other.start >= from && other.end <= to);
  // "their first meeting since talks in Stockholm, where …": the relative clause tells of the engagement word right before it
  const setsIt = (trigger: Cue) =>
    trigger.start >= cue.end
      ? trigger.end <= clause.end && SETTING_BEFORE.test(text.slice(Math.max(cue.end, trigger.start - 40), trigger.start)) && !OWN_VERB.test(text.slice(cue.end, trigger.start)) && !triggerBetween(cue.end, trigger.start)
      : SETTING_CLAUSE.test(text.slice(trigger.end, cue.start)) && !triggerBetween(trigger.end, cue.start);
  const setting = engagements.filter((engagement) => possibleOutcome(engagement, cue) && engagement.triggers.some((trigger) => trigger.sentence === sentence.index && setsIt(trigger)));
  // a setting word joined to the engagement reported as well as to its own ("This round follows a meeting in July, where …") is the one it first named
  return setting.find((engagement) => engagement.triggers[0] !== undefined && setsIt(engagement.triggers[0]) && engagement.triggers[0].sentence === sentence.index) ?? setting[0];
}

const isMain = (engagement: DraftEngagement) => (engagement.role === "main" ? 1 : 0);

/** "The summit crowned talks between Bessent and He, who reached a framework": the verb is said of the engagement named last before it */
function nearestTriggeredBefore(engagements: DraftEngagement[], sentence: number, cue: OutcomeCue): DraftEngagement | undefined {
  const lastBefore = (engagement: DraftEngagement) => Math.max(-1, ...engagement.triggers.filter((trigger) => trigger.sentence === sentence && trigger.end <= cue.start).map((trigger) => trigger.start));
  const ranked = engagements.map((engagement) => ({ engagement, at: lastBefore(engagement) })).filter((entry) => entry.at >= 0).sort((a, b) => b.at - a.at);
  return ranked[0]?.engagement;
}

function mergeOutcomes(outcomes: DraftOutcome[]): DraftOutcome[] {
  const kept: DraftOutcome[] = [];
  for (const outcome of outcomes) {
    // an outcome with no topic is the same as another only when it says much the same ("Yellen would travel …" is not "Xi would visit …")
    const same = kept.find(
      (other) =>
        other.status === outcome.status &&
        (other.topic === outcome.topic || outcome.topic === null) &&
        ((outcome.topic !== null && !CONTACT_TOPICS.has(outcome.topic) && !distinctItems(other, outcome)) || !DISTINCT.has(outcome.status) || similar(other.statement, outcome.statement)),
    );
    if (same) same.evidence.push(...outcome.evidence.filter((span) => !same.evidence.some((other) => other.start === span.start)));
    else kept.push({ ...outcome, evidence: [...outcome.evidence] });
  }
  return kept.filter((outcome) => outcome.topic !== null || !kept.some((other) => other !== outcome && other.status === outcome.status && other.topic !== null && (!DISTINCT.has(outcome.status) || similar(other.statement, outcome.statement))));
}

/**
 * Topics that are themselves contacts between the sides ("to meet next month", "to stay in
 * touch"): two arrangements of one such topic are two items, not one said twice.
 */
const CONTACT_TOPICS = new Set(TOPICS.filter((topic) => topic.describesContact).map((topic) => topic.slug));

const MIN_SIGNIFICANT_LENGTH = 4;

/** what was agreed, announced or proposed comes in several distinct items; a refusal or a failure repeated is one */
const DISTINCT = new Set<OutcomeStatus>(["agreed", "announced", "proposed"]);

/** what was agreed or announced is often a list of items; a proposal or demand pressed again in other words stays one */
const ITEMIZED = new Set<OutcomeStatus>(["agreed", "announced"]);

/** "“We are restarting cooperation on counternarcotics,” Biden said": a speaker's own words restating what the report tells */
const OPENS_QUOTE = /^\s*["“]/;
const QUOTE_MARK = /["“”]/g;

/** "said the two sides would hold a call, and that working-level talks would go on": a second clause reported by one verb */
const SECOND_REPORTED_CLAUSE = /\band\s+that\s+$/;

/**
 * Two outcomes of one topic are two items when they share no word of substance ("curb exports
 * of precursor chemicals" and "set up a counternarcotics working group"). Not when either is
 * told in quoted words (a speaker restating the deal, or a statement cut inside a quotation),
 * nor two in one sentence unless a second "and that" clause reports the later one: a sentence
 * seldom tells one thing twice, but its second telling of a topic is mostly a gloss on the first.
 */
function distinctItems(first: DraftOutcome, later: DraftOutcome): boolean {
  if (!ITEMIZED.has(first.status) || [first, later].some(toldInQuotes)) return false;
  if (first.sentence === later.sentence && !reportedSecond(later)) return false;
  const firstWords = significantWords(first.statement);
  return ![...significantWords(later.statement)].some((word) => firstWords.has(word));
}

function toldInQuotes(outcome: DraftOutcome): boolean {
  return OPENS_QUOTE.test(outcome.evidence[0]?.text ?? "") || (outcome.statement.match(QUOTE_MARK) ?? []).length % 2 === 1;
}

function reportedSecond(outcome: DraftOutcome): boolean {
  const sentence = lowerAscii(outcome.evidence[0]?.text ?? "");
  const at = sentence.indexOf(lowerAscii(outcome.statement));
  return at > 0 && SECOND_REPORTED_CLAUSE.test(sentence.slice(0, at));
}

/** short words ("for", "the", "two") say nothing of what was settled and are left out */
function significantWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/\W+/).filter((word) => word.length >= MIN_SIGNIFICANT_LENGTH));
}

/** half the significant words of the shorter telling are the other's */
function similar(a: string, b: string): boolean {
  const left = significantWords(a);
  const right = significantWords(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared >= Math.min(left.size, right.size) / 2;
}

/**
 * What can come of an engagement not yet held (or called off): expectations, proposals, word
 * that nothing will be agreed, and what the sides agreed on. An announcement or one side's vow
 * read in its sentences is background (the announcement of the meeting itself, a threat made
 * before the talks), not its result.
 */
function possibleOutcome(engagement: DraftEngagement, cue: OutcomeCue): boolean {
  if (engagement.status !== "planned" && engagement.status !== "cancelled") return true;
  return cue.status !== "announced" && !cue.unilateral;
}

/** "since their 2019 summit in Osaka, when they agreed …": a "when" clause told of a year named just before it */
const WHEN_OF_YEAR = /\b((?:19|20)\d{2})\b[^.;]{0,80}?,\s+when\s+(?:[\w'’-]+\s+){0,3}$/;

/** what a "when" clause says was settled in a year before the engagement's was settled then, not at it */
function toldOfEarlierYear(text: string, sentence: Sentence, engagement: DraftEngagement, cue: OutcomeCue): boolean {
  const year = WHEN_OF_YEAR.exec(text.slice(sentence.start, cue.start))?.[1];
  const ownYear = engagement.date?.value?.slice(0, 4);
  return year !== undefined && ownYear !== undefined && year < ownYear;
}

/** "agreed", "reached a consensus": a settlement told in the past, which an engagement still ahead cannot have produced */
const SETTLED = /^(?:agreed|reached)\b/i;

function settledAhead(engagement: DraftEngagement, cue: OutcomeCue): boolean {
  return (engagement.status === "planned" || engagement.status === "cancelled") && SETTLED.test(cue.text);
}

const OTHER_COUNTRY = new RegExp(`\\b(?:${OTHER_COUNTRY_NAMES})\\b`);

/** "announced a ten-year defence pact with India", "signed a deal with the Philippines": a pact with a third country, made beside the US–China engagement, is none of its outcomes */
const PACT_WITH_THIRD_COUNTRY = new RegExp(String.raw`^\s*(?:[\w'’-]+\s+){0,4}?(?:agreement|deal|pact|accord)\s+with\s+(?:the\s+)?(?:${OTHER_COUNTRY_NAMES})\b`);

function pactWithThirdCountry(clause: Span): boolean {
  return PACT_WITH_THIRD_COUNTRY.test(clause.text);
}

/** "announced in a statement that the two ministers had a candid exchange on Gaza": what is announced is the talking itself, and discussion alone is no outcome */
const DISCUSSION_HAD = /^\s*(?:in\s+a\s+statement\s+)?that\s+(?:[\w'’.-]+\s+){1,4}?["“]?(?:had|held)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:discussions?|exchanges?|conversations?)\b/i;

function announcesDiscussionOnly(cue: OutcomeCue, clause: Span): boolean {
  return cue.status === "announced" && DISCUSSION_HAD.test(clause.text);
}

/** The sides a sentence names, by a person of that side, a word for it ("Washington", "Chinese") or for both ("the two sides"). */
function sidesNamed(sentence: Sentence, people: PersonMention[], cues: Cue[]): Set<OutcomeSide> {
  const sides = new Set<OutcomeSide>(people.flatMap((person) => (person.side === "US" || person.side === "CN" ? [person.side] : [])));
  // "the two sides" are the US and China only where no other country is named ("Japan and Korea said the two sides …")
  if (cues.some((cue) => cue.kind === "group") && !OTHER_COUNTRY.test(sentence.text)) ["US", "CN"].forEach((side) => sides.add(side as OutcomeSide));
  if (findSpans(US_WORDS, sentence.text).length > 0) sides.add("US");
  if (findSpans(CN_WORDS, sentence.text).length > 0) sides.add("CN");
  return sides;
}

/**
 * The lead: the first paragraph of running text (a headline has no full stop), when no sentence
 * of it speaks of an engagement. A news report opens with the result of the event it is about
 * ("… have agreed to …", "Trump said the United States would …") and names the meeting only
 * later, so when the article has one main engagement, an outcome its lead states of a side is
 * that engagement's.
 *
 * Returns the lead's sentences that name a side, when the lead names both (a lead on a US–Japan
 * pact is not about the US–China meeting).
 */
function leadOf(sentences: Sentence[], people: Map<number, PersonMention[]>, cues: Map<number, Cue[]>, engagements: DraftEngagement[], tied: number[]): { owner: DraftEngagement; sentences: number[] } | null {
  const mains = engagements.filter((engagement) => engagement.role === "main");
  const [owner] = mains;
  const first = sentences.find((sentence) => FULL_STOP.test(sentence.text));
  if (mains.length !== 1 || !owner || !first) return null;
  const lead = sentences.filter((sentence) => sentence.paragraph === first.paragraph && sentence.index >= first.index && FULL_STOP.test(sentence.text));
  if (lead.some((sentence) => tied.includes(sentence.index))) return null;
  const named = lead.map((sentence) => ({ index: sentence.index, sides: sidesNamed(sentence, itemsIn(people, sentence.index), itemsIn(cues, sentence.index)) }));
  const sides = new Set(named.flatMap((entry) => [...entry.sides]));
  return sides.has("US") && sides.has("CN") ? { owner, sentences: named.filter((entry) => entry.sides.size > 0).map((entry) => entry.index) } : null;
}

const FULL_STOP = /[.!?]["”’)]?\s*$/;

/**
 * Lines with no closing stop that state nothing whole: a headline (before the first sentence
 * of running text), which a report's body says again in full, and the last line of a text cut
 * short ("They set up a working group with U.S. an"). A list item is kept, wherever it stands.
 */
const LIST_ITEM = /^\s*(?:[-–•*]|\d{1,2}[.)])\s/;

export function unfinishedLines(sentences: Sentence[]): Set<number> {
  const first = sentences.find((sentence) => FULL_STOP.test(sentence.text));
  const last = sentences[sentences.length - 1];
  if (!first) return new Set();
  const open = sentences.filter((sentence) => !FULL_STOP.test(sentence.text) && ((sentence.index < first.index && !LIST_ITEM.test(sentence.text)) || sentence === last));
  return new Set(open.map((sentence) => sentence.index));
}

/**
 * In a lead, what one side did or urged alone ("unveiled new controls", "should be partners")
 * is news or a stance of its own; what was agreed or not, or said of a side after the talks,
 * is their result.
 */
function leadOutcome(cue: OutcomeCue): boolean {
  return cue.status === "agreed" || cue.status === "no-agreement" || (cue.status === "announced" && (cue.reportedAt !== undefined || ANNOUNCED_TRIP.test(cue.text)));
}

/**
 * "an issue Trump has pushed for", "China and the Kremlin have rejected such reports": a call
 * or a refusal in the present perfect by someone not at the engagement (or by no one named) is
 * a stance held over time, not one put at it. A participant's ("Dong has warned the United
 * States to …", or "he has …") opens a report of the meeting and is kept.
 */
const PRESENT_PERFECT_BEFORE = /\b(?:has|have)\s+(?:(?:long|repeatedly|also|consistently|previously|already|often|firmly)\s+)?$/i;
/** "he has urged": a pronoun stands for someone named before, most often a participant */
const PRONOUN_SUBJECT = /\b(?:he|she|they|we|i)\s+(?:has|have)\s+(?:\w+\s+)?$/i;
const STANCE = new Set<OutcomeStatus>(["proposed", "rejected"]);

function standingStance(text: string, sentence: Sentence, people: PersonMention[], owner: DraftEngagement, cue: OutcomeCue): boolean {
  const before = text.slice(Math.max(sentence.start, cue.start - 30), cue.start);
  if (!STANCE.has(cue.status) || !PRESENT_PERFECT_BEFORE.test(before) || PRONOUN_SUBJECT.test(before)) return false;
  const subject = people.filter((person) => person.end <= cue.start && cue.start - person.end <= 40).pop();
  return !subject || !owner.participants.some((participation) => participation.person.key === subject.key);
}

/** "a mechanism to continue discussions", "another round of talks": talks to come, not the ones held */
const LATER_ROUND_BEFORE = /\b(?:continue|continued|continuing|further|more|another|next|new|future|regular|second|resume|resumed)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * "Trump announced that he had a very productive call with Xi", "Trump will travel to Beijing
 * for a meeting with Xi": what is announced is the article's main engagement itself (a word of
 * it in the announced clause, not a setting like "at the summit" nor a later round), which is
 * news of that engagement, not something that came of one. So is "an aide said the two presidents
 * would meet for two hours in Lima" where that meeting is the main one: the pair's "would" tells
 * of the meeting ahead, it settles nothing.
 */
function announcesMain(text: string, engagements: DraftEngagement[], sentence: number, cue: OutcomeCue, clause: Span): boolean {
  if (cue.status !== "announced" && !tellsOfPairAhead(cue)) return false;
  const before = (trigger: Cue, reach: number) => text.slice(Math.max(0, trigger.start - reach), trigger.start);
  return engagements.some(
    (engagement) =>
      engagement.role === "main" &&
      engagement.triggers.some((trigger) => trigger.sentence === sentence && trigger.end > cue.start && trigger.end <= clause.end && !CIRCUMSTANCE_BEFORE.test(before(trigger, 40)) && !LATER_ROUND_BEFORE.test(before(trigger, 30))),
  );
}

/** "the two leaders would meet": the joint cue told in the future, not "agreed to meet" */
function tellsOfPairAhead(cue: OutcomeCue): boolean {
  return cue.status === "agreed" && MODAL_FUTURE.test(cue.text);
}

export function findOutcomes(state: ExtractionState): DraftEngagement[] {
  const cues = groupBySentence(state.cues);
  const people = groupBySentence(state.people);
  const topicCues = findTopicCues(state);
  const collected = new Map<number, DraftOutcome[]>();
  const tied = [...new Set(state.engagements.flatMap((engagement) => engagement.tiedSentences))].sort((a, b) => a - b);
  const lead = leadOf(state.sentences, people, cues, state.engagements, tied);
  const unfinished = unfinishedLines(state.sentences);
  const isLeader = (person: PersonMention) => isHeadOfState({ person, evidence: [] }, state.published);
  // what cannot have come of the engagement ahead a sentence speaks of (an announcement, a settlement told in the past) came of the one the article reports, when that was held
  const mains = state.engagements.filter((engagement) => engagement.role === "main");
  const heldMain = mains.length === 1 && mains[0]?.status === "held" ? mains[0] : undefined;
  for (const index of [...(lead?.sentences ?? []), ...tied]) {
    const sentence = state.sentences[index];
    if (!sentence || unfinished.has(index)) continue;
    const sentenceCues = itemsIn(cues, index);
    const inLead = lead !== null && lead.sentences.includes(index);
    const founds = outcomesIn(state.text, sentence, itemsIn(people, index), sentenceCues, itemsIn(topicCues, index), { isLeader, earlier: { text: state.sentences[index - 1]?.text ?? "", people: itemsIn(people, index - 1) } });
    const firstVerb = Math.min(...founds.map((found) => found.cue.start));
    for (const found of founds) {
      const tiedOwner = engagementSettingIt(state.text, state.engagements, sentence, found.cue, sentenceCues.filter((cue) => cue.kind === "trigger")) ?? (inLead ? lead.owner : ownerOf(state.text, state.engagements, index, found.cue, firstVerb, clauseAfter(state.text, found.cue, sentence)));
      const owner = heldMain && tiedOwner && (!possibleOutcome(tiedOwner, found.cue) || settledAhead(tiedOwner, found.cue)) ? heldMain : tiedOwner;
      if (!owner || !possibleOutcome(owner, found.cue)) continue;
      if (standingStance(state.text, sentence, itemsIn(people, index), owner, found.cue) || toldOfEarlierYear(state.text, sentence, owner, found.cue)) continue;
      if (inLead && !leadOutcome(found.cue)) continue;
      const clause = clauseAfter(state.text, found.cue, sentence);
      if (announcesMain(state.text, state.engagements, index, found.cue, clause) || pactWithThirdCountry(clause) || announcesDiscussionOnly(found.cue, clause)) continue;
      collected.set(owner.id, [...(collected.get(owner.id) ?? []), ...found.outcomes]);
    }
  }
  return state.engagements.map((engagement) => {
    const outcomes = mergeOutcomes(collected.get(engagement.id) ?? []);
    return { ...engagement, outcomes, topics: engagement.status === "held" ? withOutcomeTopics(engagement.topics, outcomes) : engagement.topics };
  });
}

/**
 * A subject something was agreed, announced or proposed on was raised where it was: the leaders'
 * own contact arranged at a call ("agreed to meet next month") is read by the outcome's clause
 * alone, with no topic word for the topics step to find. Only at an engagement held: what is
 * said of one ahead is expectation, not a subject raised (as the topics step has it).
 */
function withOutcomeTopics(topics: DraftTopic[], outcomes: DraftOutcome[]): DraftTopic[] {
  const added = outcomes.filter((outcome) => outcome.topic !== null && CONTACT_TOPICS.has(outcome.topic) && !topics.some((topic) => topic.slug === outcome.topic));
  if (added.length === 0) return topics;
  const bySlug = new Map<string, DraftTopic>();
  for (const outcome of added) {
    const slug = outcome.topic ?? "";
    const topic = bySlug.get(slug) ?? { slug, evidence: [] };
    topic.evidence.push(...outcome.evidence.map((span) => ({ start: span.start, end: span.end, text: span.text })));
    bySlug.set(slug, topic);
  }
  return [...topics, ...bySlug.values()];
}

export const findOutcomesStep: Step = (state) => ({ ...state, engagements: findOutcomes(state) });
