import { groupBySentence, itemsIn } from "@/lib/extract/by-sentence";
import { isHeadline } from "@/lib/extract/steps/build-engagements";
import { RELATIVE_REFERENCE } from "@/lib/extract/steps/find-cues";
import { OTHER_COUNTRY_NAMES } from "@/lib/gazetteer/places";
import type { Cue, DateMention, DraftEngagement, PersonMention, Sentence, Step } from "@/lib/extract/types";

/**
 * Step 5c: which sentences speak about which engagement, so topics and outcomes are read
 * only where the text ties them to it. A sentence is tied by its own trigger, by a reference
 * back ("after the talks", "during the meeting"), by naming officials of both sides of the
 * engagement, by sharing a paragraph with such a sentence, or by opening the next paragraph
 * with one of its participants or a pronoun. After the article's lead, a paragraph in which
 * a participant speaks goes on with the lead engagement until a paragraph names another;
 * background about the relationship, commentators and someone else's quotes do not.
 * Sentences about someone else's meeting (the allies, a third country) are never tied.
 */

/** "China, he said, would …", "China's Commerce Ministry confirmed …", "Xinhua said …": more of the account of the engagement just reported */
const REPORTED_ACCOUNT = /\b(?:he|she) (?:said|added|told)\b|^(?:On [^,]{3,40}, )?(?:an?|the) (?:senior )?(?:U\.S\.|American|Chinese|administration|State Department|White House) (?:official|officials|diplomat|readout) (?:said|told|added)\b/;
/** "China's Commerce Ministry confirmed …", "According to Xinhua, …": the other side's account opens the paragraph */
const OFFICIAL_ACCOUNT = /^(?:["“]?(?:China['’]s|Beijing['’]s|The Chinese|The U\.S\.|The)\s+(?:[A-Z][a-z]+\s+)?(?:Ministry|ministry|readout|statement|embassy)|According to (?:Xinhua|the (?:Chinese |U\.S\. )?readout|China['’]s)|Xinhua said)/;
/** how many sentences ahead a sentence naming both sides may find its engagement's trigger */
const LEAD_AHEAD = 2;
const CONTINUING_OPENER = /^["“]?(?:Neither (?:side|leader|man|government|delegation)\b|(?:For (?:his|her|their) part|In (?:his|her|their) (?:remarks|turn)),\s+\S+|They|He|She|The two|Both|(?:The )?[Ll]eaders(?!\s+(?:of|from)\b)|The (?:Chinese|U\.S\.|American) (?:leader|president|side|minister|envoy|delegation|official|diplomat)s?)\b/;
/** "…, which resumed after the summit", "… since their meeting": a reference about the past inside a sentence about something else */
const BACKGROUND_REFERENCE = /^(?:since|before|ahead of)\b/i;
const RELATIVE_PRONOUN_BEFORE = /\b(?:which|that|who)\s+(?:[\w-]+\s+){0,3}$/i;

function isBackground(_text: string, sentence: Sentence, reference: Cue): boolean {
  const offset = reference.start - sentence.start;
  if (offset < 3) return false;
  return BACKGROUND_REFERENCE.test(reference.text) || (RELATIVE_REFERENCE.test(reference.text) && RELATIVE_PRONOUN_BEFORE.test(sentence.text.slice(Math.max(0, offset - 40), offset)));
}
const NAMED_GROUP = /^(?:the pair|the two|both) (?:world )?(?:leaders|presidents|heads of state|men|sides|officials|ministers|diplomats|defen[cs]e chiefs|delegations)\b/i;
/** "the next talks", "a new round": another engagement than the one spoken of */
const OTHER_ENGAGEMENT = /\b(?:next|upcoming|future|previous|last|first|new)\b/i;
/** "Separately, …": the text moves on to something else */
const SEPARATE_OPENER = /^(?:Separately|Meanwhile|In a separate|In other)\b/;

function isBlocked(sentence: Sentence, cues: Cue[], people: PersonMention[], ownsTrigger: boolean): boolean {
  if (ownsTrigger) return false;
  if (SEPARATE_OPENER.test(sentence.text)) return true;
  const hasTrigger = cues.some((cue) => cue.kind === "trigger");
  return hasTrigger && (cues.some((cue) => cue.kind === "third-party") || people.some((person) => person.side === "other"));
}

function hasBothSides(engagement: DraftEngagement, people: PersonMention[]): boolean {
  const present = engagement.participants.filter((participation) => people.some((person) => person.key === participation.person.key));
  return present.some((participation) => participation.person.side === "US") && present.some((participation) => participation.person.side === "CN");
}

function latestMentioned(engagements: DraftEngagement[], sentence: number, exclude: number[]): DraftEngagement | undefined {
  let best: DraftEngagement | undefined;
  let bestAt = -1;
  for (const engagement of engagements) {
    if (exclude.includes(engagement.id)) continue;
    // a sentence that names the engagement only in a clause about the past ("which resumed after the summit") does not make it the latest spoken of
    const at = Math.max(-1, ...engagement.triggerSentences.filter((index) => index <= sentence && (index === sentence || !engagement.subordinateSentences.includes(index))));
    if (at > bestAt) [best, bestAt] = [engagement, at];
  }
  return best;
}

/** the form an engagement word names: "the call" is a call, "the trip" a visit; "the meeting" or "the talks" may be either */
const FORMS: [string, RegExp][] = [
  ["call", /\b(?:call|calls|phone|conversation|conversations|teleconference|videoconference)\b/i],
  ["visit", /\b(?:visit|visits|visited|trip|trips|travel|travels|travelled|traveled)\b/i],
];

/** talks by their own name: "the talks", "the negotiations", "phone talks" */
const TALKS = /\b(?:talks|negotiations)\b/i;

function formOf(words: string): string | undefined {
  return FORMS.find(([, pattern]) => pattern.test(words))?.[0];
}

/**
 * "The call addressed …" after "he plans to visit China": a reference naming the form of
 * an engagement speaks of one of that form, when the text has one; otherwise of any.
 */
function sameForm(engagements: DraftEngagement[], reference: Cue): DraftEngagement[] {
  const form = formOf(reference.text);
  // "the talks" are not a phone call, unless the text calls the call talks ("held phone talks")
  const agreeing = form
    ? engagements.filter((engagement) => engagement.triggers.some((trigger) => formOf(trigger.text) === form))
    : TALKS.test(reference.text)
      ? engagements.filter((engagement) => engagement.mode !== "call" || engagement.triggers.some((trigger) => TALKS.test(trigger.text)))
      : [];
  return agreeing.length > 0 ? agreeing : engagements;
}

function addTie(ties: Map<number, Set<number>>, sentence: number, id: number): void {
  const set = ties.get(sentence) ?? new Set<number>();
  set.add(id);
  ties.set(sentence, set);
}

function paragraphsOf(sentences: Sentence[]): Sentence[][] {
  const paragraphs: Sentence[][] = [];
  for (const sentence of sentences) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last[0]?.paragraph === sentence.paragraph) last.push(sentence);
    else paragraphs.push([sentence]);
  }
  return paragraphs;
}

export function tieSentences(sentences: Sentence[], allCues: Cue[], allPeople: PersonMention[], drafts: DraftEngagement[], allDates: DateMention[]): DraftEngagement[] {
  const engagements = drafts.map((engagement) => ({ ...engagement, participants: engagement.participants.map((participation) => ({ ...participation, evidence: [...participation.evidence] })) }));
  const cues = groupBySentence(allCues);
  const people = groupBySentence(allPeople);
  const dates = groupBySentence(allDates);
  const owners = new Map<number, number[]>();
  for (const engagement of engagements) {
    // a sentence that names an engagement only in passing ("since their meeting in Bali") speaks of another one
    const own = engagement.triggerSentences.filter((index) => !engagement.subordinateSentences.includes(index));
    for (const index of own) owners.set(index, [...(owners.get(index) ?? []), engagement.id]);
  }
  // a headline that only names an engagement the body reports lends it no words of its own
  const blocked = new Set(sentences.filter((sentence) => isBlocked(sentence, itemsIn(cues, sentence.index), itemsIn(people, sentence.index), owners.has(sentence.index)) || (isHeadline(sentence, sentences) && !owners.has(sentence.index))).map((sentence) => sentence.index));

  const direct = new Map<number, Set<number>>();
  for (const sentence of sentences) {
    const index = sentence.index;
    for (const id of owners.get(index) ?? []) addTie(direct, index, id);
    if (blocked.has(index)) continue;
    const own = owners.get(index) ?? [];
    const named = itemsIn(people, index);
    for (const reference of itemsIn(cues, index).filter((cue) => cue.kind === "reference" && !OTHER_ENGAGEMENT.test(cue.text) && !isBackground(sentence.text, sentence, cue))) {
      if (own.length > 0 && !RELATIVE_REFERENCE.test(reference.text)) continue;
      // the people it names first, then the form it names ("the call", "the trip")
      const sharing = engagements.filter((engagement) => named.some((person) => engagement.participants.some((participation) => participation.person.key === person.key)));
      const target = latestMentioned(sameForm(sharing, reference), index, own) ?? latestMentioned(sameForm(engagements, reference), index, own);
      if (!target) continue;
      addTie(direct, index, target.id);
      // "During the talks, Lutnick raised …" places its people there; "… will join Trump during his state visit" ends on someone else's trip
      if (reference.inside && own.length === 0 && reference.start - sentence.start <= OPENING_REACH) addInsideParticipants(target, named);
    }
    const naming = engagements.filter((engagement) => hasBothSides(engagement, named));
    // a lead that names both sides before the sentence with the trigger ("Yellen and He agreed to …" / "The agreement came after two days of meetings …")
    const latest = latestMentioned(naming, index, []) ?? naming.find((engagement) => engagement.triggerSentences.some((at) => at > index && at - index <= LEAD_AHEAD));
    if (latest) addTie(direct, index, latest.id);
  }

  const tied = new Map<number, Set<number>>();
  let previousTies = new Set<number>();
  let previousWasDirect = false;
  /** the engagement spoken of before a paragraph about something else: "Wang had his own list." picks the thread up again */
  let recent: { ties: Set<number>; age: number } = { ties: new Set(), age: 0 };
  /** sentences tied by their own words (a trigger, a reference, both sides named), before any continuation */
  const independent = new Set(direct.keys());
  const lead = leadOf(sentences, owners);
  // "The two presidents went over climate policy.": an opening line about the participants, naming no engagement, speaks of the one the article opens with
  const opening = sentences[0];
  if (opening && lead !== undefined && !owners.has(opening.index) && !blocked.has(opening.index) && CONTINUING_OPENER.test(opening.text)) addTie(direct, opening.index, lead);
  /** the article's lead engagement is still the one spoken of: no paragraph since its lead named another */
  let inLead = false;
  /** the paragraph before was a participant's account: an unattributed quotation after it is theirs */
  let afterAccount = false;
  /** the paragraph before spoke of the lead engagement and ended on an aside about another one */
  let leadBeforeAside = false;
  for (const paragraph of paragraphsOf(sentences)) {
    const first = paragraph[0];
    const namesOther = (sentencesOf: Sentence[]) => sentencesOf.some((sentence) => [...(direct.get(sentence.index) ?? [])].some((id) => id !== lead));
    if (namesOther(paragraph)) inLead = false;
    const leading = lead === undefined ? undefined : engagements[lead];
    const account: boolean = first !== undefined && leading !== undefined && reportsAccount(paragraph, people, dates, leading, afterAccount);
    if (first && inLead && leading && !blocked.has(first.index) && account) addTie(direct, first.index, leading.id);
    afterAccount = account;
    if (first && !blocked.has(first.index)) {
      for (const id of previousTies) {
        const engagement = engagements[id];
        const strength = engagement ? continuationOf(first, itemsIn(people, first.index), itemsIn(cues, first.index), engagement) : "none";
        if (strength === "strong" || (strength === "weak" && previousWasDirect)) addTie(direct, first.index, id);
      }
      if (previousTies.size === 0 && !direct.has(first.index) && recent.age <= RESUME_REACH) {
        for (const id of recent.ties) {
          const engagement = engagements[id];
          if (engagement && opensWithParticipant(first, itemsIn(people, first.index), engagement)) addTie(direct, first.index, id);
        }
      }
      // "Austin met Dong in Singapore. Biden and Xi had met in Bali the year before." then "Austin urged …": after an aside closing a paragraph about the held lead engagement, its participant giving an account takes the thread up again
      if (!direct.has(first.index) && leadBeforeAside && leading?.status === "held" && SPEECH.test(first.text) && opensWithParticipant(first, itemsIn(people, first.index), leading)) addTie(direct, first.index, leading.id);
    }
    // "Under the deal, Beijing will curb exports …": the terms of a settlement named before are the engagement's that reached it
    for (const sentence of paragraph) {
      if (direct.has(sentence.index) || blocked.has(sentence.index)) continue;
      const settled = resultSpokenOf(sentence, sentence === first ? previousTies : new Set(), sentences, tied, direct);
      for (const id of settled) addTie(direct, sentence.index, id);
    }
    const directIndexes = paragraph.filter((sentence) => direct.has(sentence.index)).map((sentence) => sentence.index);
    previousWasDirect = directIndexes.some((index) => index !== first?.index) || (first !== undefined && (owners.has(first.index) || independent.has(first.index) || hasOwnDirectTie(direct, first.index, previousTies)));
    for (const sentence of paragraph) {
      if (blocked.has(sentence.index)) continue;
      const source = direct.has(sentence.index) ? sentence.index : (directIndexes.filter((index) => index < sentence.index).pop() ?? directIndexes[0]);
      const ids = source === undefined ? undefined : direct.get(source);
      if (ids) tied.set(sentence.index, new Set(ids));
      // "The statement said the two sides would hold a video call …": the call is what was agreed, at the engagement spoken of before
      const earlier = directIndexes.filter((index) => index < sentence.index).pop();
      if (earlier !== undefined && source === sentence.index && announcesOnly(sentence, itemsIn(cues, sentence.index))) {
        for (const id of direct.get(earlier) ?? []) addTie(tied, sentence.index, id);
      }
    }
    // a closing aside about someone else ("… before Taiwan's president-elect is inaugurated") does not end the thread
    const open = paragraph.filter((sentence) => !blocked.has(sentence.index) || SEPARATE_OPENER.test(sentence.text));
    const last = open[open.length - 1];
    previousTies = (last && tied.get(last.index)) ?? new Set();
    leadBeforeAside = lead !== undefined && !previousTies.has(lead) && previousTies.size > 0 && paragraph.some((sentence) => tied.get(sentence.index)?.has(lead));
    // a paragraph that starts another engagement ends the thread; one about nothing in particular only pauses it
    const starts = paragraph.some((sentence) => owners.has(sentence.index) && !sentence.text.match(SEPARATE_OPENER));
    if (first && blocked.has(first.index)) inLead = false;
    if (lead !== undefined && paragraph.some((sentence) => owners.get(sentence.index)?.includes(lead))) inLead = !namesOther(paragraph);
    if (previousTies.size > 0) recent = { ties: previousTies, age: 0 };
    else recent = starts ? { ties: new Set(), age: 0 } : { ties: recent.ties, age: recent.age + 1 };
  }

  return engagements.map((engagement) => ({
    ...engagement,
    tiedSentences: sentences.filter((sentence) => tied.get(sentence.index)?.has(engagement.id)).map((sentence) => sentence.index),
  }));
}

/** a few lower-case words before a noun: "the new trade deal", not a named one ("the Phase One deal") */
const PLAIN_MODIFIERS = String.raw`(?:[a-z][\w-]*\s+){0,2}`;
const AGREEMENT_NOUN = String.raw`(?:deal|agreement|accord|pact|truce|arrangement|framework)s?`;
/**
 * "Under the deal, …", "As part of the agreement, …", "The agreement includes …": a sentence
 * that opens by spelling out the terms of a settlement spoken of before
 */
export const TERMS_OPENER = new RegExp(
  String.raw`^(?:(?:Under|As part of|According to|In line with)\s+(?:the\s+terms\s+of\s+)?(?:the|this|that|their)\s+${PLAIN_MODIFIERS}${AGREEMENT_NOUN}\b|(?:The|This|That|Their)\s+${PLAIN_MODIFIERS}${AGREEMENT_NOUN}\s+(?:also\s+)?(?:includes|included|calls for|called for|provides for|provided for|covers|covered|sets out|spells out|will see|would see)\b)`,
);
/** "Chief among the outcomes was …", "The main results included …": what the engagement spoken of before produced */
const RESULTS_OPENER = new RegExp(String.raw`^(?:(?:(?:Chief|Foremost|First|Top)\s+)?[Aa]mong\s+(?:the|its|their)\s+${PLAIN_MODIFIERS}(?:outcomes|results|deliverables)\b|(?:The|Its|Their)\s+${PLAIN_MODIFIERS}(?:outcomes|results|deliverables)\s+(?:include|included)\b)`);
/** where a settlement is named: "reached an agreement", "agreed to", "the truce" */
const SETTLEMENT_WORD = new RegExp(String.raw`\b(?:${AGREEMENT_NOUN}|agreed|consensus)\b`, "i");
/** "a trade deal with Japan", "Japan's new agreement": a settlement with a third country */
const THIRD_COUNTRY_SETTLEMENT = new RegExp(String.raw`\b${AGREEMENT_NOUN}\s+with\s+(?:the\s+)?(?:${OTHER_COUNTRY_NAMES})\b|\b(?:${OTHER_COUNTRY_NAMES})(?:['’]s)?\s+${PLAIN_MODIFIERS}${AGREEMENT_NOUN}\b`);
/** how many sentences back the settlement a terms opener spells out may be named */
const SETTLEMENT_REACH = 6;

/**
 * The engagements whose result a sentence spells out, naming none of them: "Under the deal,
 * tariffs will be halved." speaks of the settlement named last before it ("… ended with an
 * agreement to cut tariffs"), when a sentence about an engagement named it and it is not a
 * third country's ("… signed a trade deal with Japan"); "Among the outcomes was …", opening a
 * paragraph, of the engagement the paragraph before spoke of.
 */
function resultSpokenOf(sentence: Sentence, before: Set<number>, sentences: Sentence[], tied: Map<number, Set<number>>, direct: Map<number, Set<number>>): Set<number> {
  if (RESULTS_OPENER.test(sentence.text)) return before;
  if (!TERMS_OPENER.test(sentence.text)) return new Set();
  const named = sentences.slice(Math.max(0, sentence.index - SETTLEMENT_REACH), sentence.index).filter((earlier) => SETTLEMENT_WORD.test(earlier.text)).pop();
  if (!named || THIRD_COUNTRY_SETTLEMENT.test(named.text)) return new Set();
  return tied.get(named.index) ?? direct.get(named.index) ?? new Set();
}

/**
 * The engagement the article opens with: the one whose own trigger comes first after the
 * headline (in the headline when the body names none). The paragraphs after its lead that
 * give a participant's account go on reporting it, until a paragraph names another.
 */
function leadOf(sentences: Sentence[], owners: Map<number, number[]>): number | undefined {
  const owning = sentences.filter((sentence) => (owners.get(sentence.index)?.length ?? 0) > 0);
  // a headline opens the text only when nothing after it names an engagement
  const opening = owning.find((sentence) => !isHeadline(sentence, sentences)) ?? owning[0];
  return opening ? owners.get(opening.index)?.[0] : undefined;
}

/** "said", "told reporters", "highlighted": a participant giving their account */
const SPEECH = /\b(?:said|says|told|added|noted|stressed|urged|highlighted|emphasi[sz]ed|underscored|expressed|raised|described|called (?:on|for)|warned|pressed|reiterated|according to)\b/;
const OPENING_QUOTE = /^["“]/;
/** '"…," he added': the speaker of the paragraph before goes on */
const PRONOUN_SPEAKER = /\b(?:he|she) (?:said|added|told|noted|stressed)\b|\b(?:said|added|noted) (?:he|she)\b/;

type Speaker = "participant" | "other" | "pronoun" | "none";

/** The parts of a sentence outside quotation marks, given whether a quotation is open where it starts; and whether one is open where it ends. */
function outsideQuotes(text: string, openAtStart: boolean): { parts: [number, number][]; openAtEnd: boolean } {
  const parts: [number, number][] = [];
  let open = openAtStart;
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char !== '"' && char !== "“" && char !== "”") continue;
    const opens = char === "“" || (char === '"' && !open);
    // a closing mark with none open (a stray one) still ends the words before it
    if (!open && at > from) parts.push([from, at]);
    if (!opens) from = at + 1;
    open = opens;
  }
  if (!open && from < text.length) parts.push([from, text.length]);
  return { parts, openAtEnd: open };
}

/**
 * Who speaks in a sentence: someone named outside the quotation, next to a speech verb
 * outside it ("Dong stressed that …", '"…," Wei said'); "he said" goes on with the speaker
 * before. Someone named only inside the quotation does not speak.
 */
function speakerOf(sentence: Sentence, parts: [number, number][], people: PersonMention[], isParticipant: (person: PersonMention) => boolean): Speaker {
  const outside = parts.map(([from, to]) => sentence.text.slice(from, to)).join(" … ");
  if (!SPEECH.test(outside)) return "none";
  const named = people.filter((person) => parts.some(([from, to]) => person.start - sentence.start >= from && person.end - sentence.start <= to));
  if (named.some(isParticipant)) return "participant";
  if (named.length > 0) return "other";
  return PRONOUN_SPEAKER.test(outside) ? "pronoun" : "other";
}

/**
 * A paragraph that gives a participant's account of the engagement: a participant speaks in
 * it, or it opens with a quotation no one else is said to speak (it goes on from the
 * paragraph before, which was their account). Background ("The trade dispute began in
 * 2018 …"), a commentator's quotes and words said before the engagement ("Biden told
 * reporters Tuesday" of a Wednesday summit) give none.
 */
function reportsAccount(paragraph: Sentence[], people: Map<number, PersonMention[]>, dates: Map<number, DateMention[]>, engagement: DraftEngagement, afterAccount: boolean): boolean {
  const first = paragraph[0];
  if (!first) return false;
  const day = engagement.date?.value;
  const before = (value: string | null) => value !== null && day !== undefined && day !== null && value.slice(0, day.length) < day.slice(0, value.length);
  if (paragraph.some((sentence) => itemsIn(dates, sentence.index).some((date) => before(date.value)))) return false;
  const isParticipant = (person: PersonMention) => engagement.participants.some((participation) => participation.person.key === person.key);
  const opensQuoted = OPENING_QUOTE.test(first.text);
  let open = false;
  const speakers = paragraph.map((sentence) => {
    const { parts, openAtEnd } = outsideQuotes(sentence.text, open);
    open = openAtEnd;
    return speakerOf(sentence, parts, itemsIn(people, sentence.index), isParticipant);
  });
  if (!opensQuoted) speakers.splice(1);
  const speaker = speakers.find((found) => found !== "none") ?? "none";
  if (speaker === "participant") return true;
  return (speaker === "pronoun" || (speaker === "none" && opensQuoted)) && afterAccount;
}

/**
 * How a paragraph's first sentence continues an engagement of the paragraph before:
 * strongly when it opens with a participant or "They", or speaks of "the two sides"
 * anywhere (a chain of such paragraphs stays tied); weakly when it only names a participant
 * or "the two" somewhere ("China, for its part, expects a commitment from Biden"), which
 * ties it only right after a paragraph that spoke of the engagement directly.
 */
function continuationOf(sentence: Sentence, people: PersonMention[], cues: Cue[], engagement: DraftEngagement): "strong" | "weak" | "none" {
  const participants = people.filter((person) => engagement.participants.some((participation) => participation.person.key === person.key));
  const opensWithParticipant = participants.some((person) => opensWith(sentence, person));
  const groups = cues.filter((cue) => cue.kind === "group");
  if (CONTINUING_OPENER.test(sentence.text) || opensWithParticipant || groups.some((cue) => NAMED_GROUP.test(cue.text)) || OFFICIAL_ACCOUNT.test(sentence.text)) return "strong";
  if (participants.length > 0 || groups.some((cue) => /^(?:the two|both)\b/i.test(cue.text)) || REPORTED_ACCOUNT.test(sentence.text)) return "weak";
  return "none";
}

/** a trigger that is the object of a plan: "would hold a video call", "agreed to resume talks", "will meet again" */
const PLANNED_OBJECT = /\b(?:would|will|to|plans? to|agreed to)\s+(?:also\s+)?(?:hold|have|resume|restart|set up|arrange|schedule|convene)\s+(?:an?\s+|the\s+|their\s+|more\s+)?(?:[\w-]+\s+){0,2}$/i;

/** "… and that working-level talks would continue" */
const PLANNED_SUBJECT = /^\s+(?:would|will)\s+(?:continue|resume|restart)\b/i;

function announcesOnly(sentence: Sentence, cues: Cue[]): boolean {
  const triggers = cues.filter((cue) => cue.kind === "trigger");
  const at = (offset: number) => offset - sentence.start;
  return (
    triggers.length > 0 &&
    triggers.every((trigger) => PLANNED_OBJECT.test(sentence.text.slice(Math.max(0, at(trigger.start) - 50), at(trigger.start))) || PLANNED_SUBJECT.test(sentence.text.slice(at(trigger.end), at(trigger.end) + 30)))
  );
}

/** how far into a sentence "During the meeting," still opens it */
const OPENING_REACH = 3;

/** how many untied paragraphs a thread survives */
const RESUME_REACH = 2;

/** "Sullivan said", "“Wang …", "Mr. Sullivan emphasized": the name opens the sentence, after an opening quote or a courtesy title at most */
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Dr)\.?\s+$/;

function opensWith(sentence: Sentence, person: PersonMention): boolean {
  const offset = person.start - sentence.start;
  return offset <= 1 || COURTESY_TITLE.test(sentence.text.slice(0, offset));
}

function opensWithParticipant(sentence: Sentence, people: PersonMention[], engagement: DraftEngagement): boolean {
  return people.some((person) => opensWith(sentence, person) && engagement.participants.some((participation) => participation.person.key === person.key));
}

/** A tie that is not just the continuation from the paragraph before. */
function hasOwnDirectTie(direct: Map<number, Set<number>>, index: number, continued: Set<number>): boolean {
  return [...(direct.get(index) ?? [])].some((id) => !continued.has(id));
}

/** "During the meeting, China's top foreign policy official, Wang Yi, criticized …": Wang Yi was there. */
function addInsideParticipants(engagement: DraftEngagement, named: PersonMention[]): void {
  for (const person of named) {
    if (person.former || person.spokesperson || (person.side !== "US" && person.side !== "CN")) continue;
    const existing = engagement.participants.find((participation) => participation.person.key === person.key);
    if (existing) existing.evidence.push(person);
    else engagement.participants.push({ person, evidence: [person] });
  }
}

export const tieSentencesStep: Step = (state) => ({ ...state, engagements: tieSentences(state.sentences, state.cues, state.people, state.engagements, state.dates) });
