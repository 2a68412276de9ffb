import { groupBySentence, itemsIn } from "@/lib/extract/by-sentence";
import { compilePhrases, compileTaggedPhrases, findSpans, lowerAscii, overlaps, sentenceIndexAt } from "@/lib/extract/text";
import type { Cue, DraftEngagement, DraftTopic, ExtractionState, Occasion, Sentence, Span, Step } from "@/lib/extract/types";
import { cueVariants, ENCOUNTER_NOUNS, MILITARY_CONTACT, NOT_TOPIC_PHRASES, TOPICS } from "@/lib/taxonomy/topics";
import { subordinateSpans } from "@/lib/extract/steps/build-engagements";
import { isHeadOfState, referenceDay } from "@/lib/extract/steps/classify-engagements";

/**
 * Step 6: topics, from the taxonomy's cues, only in sentences tied to the engagement. A cue
 * does not count when it names an office ("Trade Representative"), describes the meeting
 * itself ("face-to-face meeting", "the G20 summit"), or is said not to have been discussed.
 */

export interface TopicCue extends Span {
  slug: string;
  sentence: number;
  /** the engagement word the cue holds ("trade talks"): the cue names that engagement's subject, and counts for it alone */
  names?: Cue;
}

/** a shadowing phrase ("bargaining chip") matches with the cues and yields no topic */
const NOT_A_TOPIC = "";
const TOPIC_CUES = compileTaggedPhrases([
  ...TOPICS.flatMap((topic) => topic.cues.flatMap(cueVariants).map((phrase) => ({ phrase, tag: topic.slug }))),
  ...NOT_TOPIC_PHRASES.flatMap(cueVariants).map((phrase) => ({ phrase, tag: NOT_A_TOPIC })),
]);
/**
 * "Trade Representative", "Taiwan Affairs Office", "Taipei Times", "Russian Foreign Minister": the cue opens the name of an office, a
 * body or a newspaper (a portfolio word may stand between)
 */
const OFFICE_AFTER = /^\s+(?:(?:Foreign|Defen[cs]e|Finance|Commerce|Prime|Deputy)\s+)?(?:Representatives?|Secretary|Ministers?|Ministry|Department|Council|Commission|Office|Committee|Organi[sz]ation|Administration|Bureau|Agency|Affairs|Institute|Association|Foundation|Times|News|Post|Daily|Herald|Tribune|Journal|Independent)\b/;
/** "the first visit since the pandemic", "post-pandemic": the subject dates something, it was not raised */
const TIME_MARK_BEFORE = /(?:\b(?:since|before|during|until)\s+(?:the|their|its|this|that|a)\s+(?:(?!(?:on|about|over|regarding|concerning|with)\b)[\w-]+\s+){0,3}|\b(?:post|pre)-)$/i;
const TIME_MARK_REACH = 60;
/**
 * "met amid tensions over Taiwan", "ties that have cooled while friction grew over chips": the
 * clause sets the scene, it does not say what was raised; read from the sentence start, since
 * such a clause runs long ("amid rising friction over permits and the war in Ukraine"). It ends
 * where the sentence goes on to what was said: "amid tensions and discussed Taiwan", "while
 * tensions simmered and the two raised chips".
 */
const SCENE_BEFORE =
  /\b(?:amid(?:st)?|while\s+(?:[\w-]+\s+){0,2}?(?:tensions?|frictions?|strains?|rivalry|disputes?))\s(?:(?!\s+and\s+(?:the two|they|both|(?:then\s+)?(?:discussed|raised|talked|agreed|spoke|addressed|touched|pressed|urged|said|focused|covered))\b)[^,;:])*$/i;
const NEGATION_BEFORE = /\b(?:did not|didn['’]t|does not|doesn['’]t|do not|don['’]t|failed to|never|not|without)\s+(?:\w+\s+){0,2}?(?:raise|raised|discuss|discussed|address|addressed|bring up|brought up|mention|mentioned|touch on|touched on|cover|covered|get into|got into|go into|went into|delve into|include|included)\b[^;]*$/i;
const NEGATION_AFTER = /^[^.;]{0,60}?\b(?:(?:was|were|is|are)\s+(?:not|never)\s+(?:on the agenda|discussed|raised|addressed|mentioned|brought up)|not on the agenda|never came up|(?:did not|didn['’]t) come up|never arose)\b/i;
/** "Nothing was discussed concerning Russia": the subjects after it were not raised */
const NOTHING_BEFORE = /\bnothing\s+(?:was\s+|were\s+)?(?:discussed|raised|said|mentioned)\s+(?:about|concerning|on|regarding)\b[^.;]*$/i;
/** "Neither subject was mentioned in either readout": the topics of the sentence before were not discussed */
const RULED_OUT_BACK = /^(?:Neither|None of (?:these|those|the|them)|Not one of)\b[^.;]*?\b(?:mentioned|discussed|raised|came up|addressed|on the agenda)\b/i;
const DESCRIPTOR_GAP = /^[\s-]*$/;
/** "a day after Trump and Xi struck a trade truce": a clause placing the engagement in time, about something else */
const TEMPORAL_CLAUSE = /^(?:[\w-]+\s+){0,3}?(?:after|since|before|following|follows|followed)\b/i;

/**
 * "Asia-Pacific Economic Cooperation", "Human Rights Council": a phrase of several words
 * written in capitals inside a longer capitalised name is part of that name (a forum, a
 * body, an office), not a subject raised. The name's own first word may open the sentence.
 */
function isInsideName(text: string, sentence: Sentence, cue: Span): boolean {
  if (!/\s/.test(cue.text) || !TITLE_CASE_PHRASE.test(cue.text)) return false;
  const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(sentence.start, cue.start - NAME_REACH), cue.start));
  const after = CAPITALISED_AFTER.exec(text.slice(cue.end, Math.min(sentence.end, cue.end + NAME_REACH)));
  return Boolean(before || after);
}
const TITLE_CASE_PHRASE = /^(?:[A-Z][\w'’-]*\s+)+[A-Z][\w'’-]*$/;
const CAPITALISED_BEFORE = /(?:^|[^.!?]\s)[A-Z][\w'’-]*[a-z][\w'’-]*\s+$/;
const CAPITALISED_AFTER = /^\s+[A-Z][a-z][\w'’-]*/;
const NAME_REACH = 30;

/** "their first face-to-face encounter", "the fourth summit-level discussion": the cue says what form the engagement took */
const DESCRIBES_ENCOUNTER = new RegExp(`^\\s+(?:[\\w-]+\\s+)?${compilePhrases(ENCOUNTER_NOUNS, "").source}`, "i");

const CONTACT_TOPICS = new Set(TOPICS.filter((topic) => topic.describesContact).map((topic) => topic.slug));
const CHANNEL_TOPICS = new Set(TOPICS.filter((topic) => topic.isChannel).map((topic) => topic.slug));

function isExcluded(text: string, sentence: Sentence, cue: Span & { slug: string }, triggers: Cue[], occasions: Occasion[]): boolean {
  if (OFFICE_AFTER.test(text.slice(cue.end, cue.end + 20)) || isInsideName(text, sentence, cue)) return true;
  const describesEncounter = DESCRIBES_ENCOUNTER.test(text.slice(cue.end, cue.end + 30));
  // "since the pandemic" dates something; "during the climate discussion" still names what it was about
  const shortlyBefore = text.slice(Math.max(sentence.start, cue.start - TIME_MARK_REACH), cue.start);
  const before = text.slice(sentence.start, cue.start);
  if (!describesEncounter && (TIME_MARK_BEFORE.test(shortlyBefore) || SCENE_BEFORE.test(before))) return true;
  if (CONTACT_TOPICS.has(cue.slug) && describesEncounter) return true;
  const describesTrigger = (trigger: Cue) =>
    (trigger.start >= cue.end && DESCRIPTOR_GAP.test(text.slice(cue.end, trigger.start))) ||
    (trigger.end <= cue.start && DESCRIPTOR_GAP.test(text.slice(trigger.end, cue.start)));
  // "a face-to-face meeting" describes the meeting, "defense talks" name its channel; "climate talks" say what it was about (topicsOf)
  const namesForm = CONTACT_TOPICS.has(cue.slug) || CHANNEL_TOPICS.has(cue.slug);
  if (namesForm && triggers.some((trigger) => overlaps(trigger, cue))) return true;
  if (CONTACT_TOPICS.has(cue.slug) && triggers.some(describesTrigger)) return true;
  if (occasions.some((occasion) => overlaps(occasion, cue))) return true;
  return NEGATION_BEFORE.test(before) || NOTHING_BEFORE.test(before) || NEGATION_AFTER.test(text.slice(cue.end, sentence.end));
}

/**
 * Every place the text names a topic, by the vocabulary alone (one scan, longest phrase
 * first), whether or not it was raised at an engagement; shadowing phrases yield nothing.
 */
export function topicWordsIn(text: string): (Span & { slug: string })[] {
  const found: (Span & { slug: string })[] = [];
  const { pattern, tagOf } = TOPIC_CUES;
  const lower = lowerAscii(text);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
    const slug = tagOf(match[0]);
    if (slug) found.push({ start: match.index, end: match.index + match[0].length, text: text.slice(match.index, match.index + match[0].length), slug });
  }
  return found;
}

const wordsOf = (words: readonly string[]) => words.map((word) => word.replace(/'/g, "['’]").replace(/ /g, "\\s+")).join("|");
/** "talks with the PLA", "relations between the two armed forces": a contact noun, at most two words, then the party; the span kept runs from "with"/"between" */
const MILITARY_PARTY = new RegExp(
  `\\b(?:${wordsOf(MILITARY_CONTACT.contactNouns)})\\s+(?:[\\w-]+\\s+){0,2}?((?:with|between)\\s+(?:the\\s+)?(?:two\\s+|both\\s+)?(?:${wordsOf(MILITARY_CONTACT.bodies)}))\\b`,
  "gi",
);

/** The places the text names the two militaries as a party of contact (see MILITARY_CONTACT), as cues of its topic. */
export function militaryPartiesIn(text: string): (Span & { slug: string })[] {
  const found: (Span & { slug: string })[] = [];
  MILITARY_PARTY.lastIndex = 0;
  for (let match = MILITARY_PARTY.exec(text); match; match = MILITARY_PARTY.exec(text)) {
    const party = match[1] ?? "";
    const start = match.index + match[0].length - party.length;
    found.push({ start, end: match.index + match[0].length, text: party, slug: MILITARY_CONTACT.slug });
  }
  return found;
}

/** Every topic cue in the text that counts, by sentence. */
export function findTopicCues(state: ExtractionState): Map<number, TopicCue[]> {
  const cues = groupBySentence(state.cues);
  const occasions = groupBySentence(state.occasions);
  const found: TopicCue[] = [];
  const words = topicWordsIn(state.text);
  const parties = militaryPartiesIn(state.text).filter((party) => !words.some((word) => word.slug === party.slug && overlaps(word, party)));
  for (const { slug, ...span } of [...words, ...parties].sort((a, b) => a.start - b.start)) {
    const index = sentenceIndexAt(state.sentences, span.start);
    const sentence = state.sentences[index];
    if (!sentence) continue;
    const triggers = itemsIn(cues, index).filter((cue) => cue.kind === "trigger");
    if (isExcluded(state.text, sentence, { ...span, slug }, triggers, itemsIn(occasions, index))) continue;
    // "met on Friday, a day after Trump and Xi struck a trade truce": the truce's subject is not the meeting's
    if (triggers.length > 0) {
      const within = (outer: Span, item: Span) => outer.start <= item.start && item.end <= outer.end;
      const clauses = subordinateSpans(state.text, sentence);
      const clause = clauses.find((candidate) => TEMPORAL_CLAUSE.test(candidate.text) && within(candidate, span));
      if (clause && !triggers.some((trigger) => within(clause, trigger)) && triggers.some((trigger) => !clauses.some((other) => within(other, trigger)))) continue;
    }
    const names = triggers.find((trigger) => overlaps(trigger, span));
    found.push({ ...span, slug, sentence: index, ...(names ? { names } : {}) });
  }
  const ruledOut = new Set(state.sentences.filter((sentence) => RULED_OUT_BACK.test(sentence.text)).map((sentence) => sentence.index - 1));
  const kept = groupBySentence(ruledOut.size > 0 ? found.filter((cue) => !ruledOut.has(cue.sentence)) : found);
  for (const [index, sentenceCues] of kept) {
    const sentence = state.sentences[index];
    if (sentence) kept.set(index, withoutRemits(sentence, withoutSettings(sentence, withoutDescriptions(sentence, sentenceCues))));
  }
  return kept;
}

/** ", which …" up to the next comma or semicolon (or the sentence end): a relative clause describing the noun before it */
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose)\b[^,;]*/g;

/**
 * "rare earths, which the U.S. needs for weapons and AI", "a hotline, which has long
 * linked Washington and Moscow": a subject named only inside a relative clause that
 * describes another topic is part of that description, not a subject raised.
 */
function withoutDescriptions(sentence: Sentence, cues: TopicCue[]): TopicCue[] {
  const clauses = findSpans(RELATIVE_CLAUSE, sentence.text).map((clause) => ({ start: sentence.start + clause.start, end: sentence.start + clause.end }));
  if (clauses.length === 0) return cues;
  const clauseOf = (cue: TopicCue) => clauses.find((clause) => clause.start <= cue.start && cue.end <= clause.end);
  const outside = cues.filter((cue) => !clauseOf(cue));
  return cues.filter((cue) => {
    const clause = clauseOf(cue);
    if (!clause) return true;
    const described = outside.some((other) => other.end <= clause.start && other.slug !== cue.slug);
    return !described || outside.some((other) => other.slug === cue.slug);
  });
}

/** "where …", "on which …" up to the next semicolon (or the sentence end), with what the clause goes on to say of the place or thing before it */
const SETTING_CLAUSE = /\b(?:where|(?:on|in|at|over|against|to|for)\s+which)\b[^;]*/gi;
/** a clause that says what was talked about ("a dinner at which they discussed Taiwan") still names a subject raised */
const SUBJECT_VERB = /\b(?:discuss|rais|talk|agree|address|focus|cover|touch|stress|urg|press|pledg|vow|warn|featur|dominat|cent[er]|came up|come up)\w*/i;
/** "a range of issues where they see room for cooperation, including …", "the call, in which …": the clause lists subjects, or tells of the engagement */
const SUBJECT_NOUN_BEFORE = /\b(?:issues?|areas?|fields?|topics?|matters?|subjects?|questions?|points?|fronts?|sectors?|meetings?|talks|calls?|conversations?|sessions?|summits?|dialogues?|discussions?|exchanges?|readouts?|statements?)\s*,?\s+$/i;

/**
 * "met in Bangkok, where Russia was isolated", "wine, one import on which Beijing placed
 * tariffs": a subject named only inside a clause that describes a place or a thing sets
 * the scene; it was not raised. Unless the clause itself says what was talked about.
 */
function withoutSettings(sentence: Sentence, cues: TopicCue[]): TopicCue[] {
  const clauses = findSpans(SETTING_CLAUSE, sentence.text)
    .filter((clause) => !SUBJECT_VERB.test(clause.text) && !SUBJECT_NOUN_BEFORE.test(sentence.text.slice(Math.max(0, clause.start - 20), clause.start)))
    .map((clause) => ({ start: sentence.start + clause.start, end: sentence.start + clause.end }));
  return outsideOf(clauses, cues);
}

/** ", responsible for …", ", in charge of …" up to the next comma or semicolon (or the sentence end): what the office or person before it answers for */
const REMIT_CLAUSE = /,\s+(?:responsible for|in charge of)\b[^,;]*/gi;

/**
 * "a former head of Central Command, responsible for forces in the Gulf and Central Asia": a
 * subject named only in the remit of an office or a person describes them; it was not raised.
 */
function withoutRemits(sentence: Sentence, cues: TopicCue[]): TopicCue[] {
  const clauses = findSpans(REMIT_CLAUSE, sentence.text).map((clause) => ({ start: sentence.start + clause.start, end: sentence.start + clause.end }));
  return outsideOf(clauses, cues);
}

function outsideOf(clauses: readonly { start: number; end: number }[], cues: TopicCue[]): TopicCue[] {
  if (clauses.length === 0) return cues;
  return cues.filter((cue) => !clauses.some((clause) => clause.start <= cue.start && cue.end <= clause.end));
}

/** the longest run of untied sentences that still belongs to the engagement on both sides of it */
const GAP_REACH = 2;
/**
 * "Discussions over X were extended", "The conversation also touched on X", "X and Y were also
 * discussed": a sentence that only says which subjects were talked about, naming no one
 */
const SUBJECTS_DISCUSSED =
  /^(?:the\s+)?(?:discussions?|talks|negotiations|conversations?)\s+(?:(?:on|over|about|of|regarding|concerning)\b|(?:also\s+)?(?:touched on|covered|included|focused on|cent(?:er|re)d on|dealt with|turned to)\b)|\b(?:was|were)\s+(?:also\s+)?(?:discussed|raised|addressed|covered|touched on)\b/i;

/** the article's lead engagement when it is the one held lead: where an account of held talks that names no one belongs */
function soleHeldLead(engagements: readonly DraftEngagement[]): DraftEngagement | undefined {
  const heldLeads = engagements.filter((engagement) => engagement.role === "main" && engagement.status === "held");
  return heldLeads.length === 1 ? heldLeads[0] : undefined;
}

/** "They noted …", "Xi laid out …", "the two leaders also discussed …": an account of talks already held */
const PAST_ACCOUNT = /\b(?:discussed|talked about|noted|emphasi[sz]ed|underscored|stressed|expressed|reaffirmed|laid out|welcomed|raised|urged|indicated|pressed|reiterated)\b/i;

/**
 * "Trump accepted an invitation to visit Beijing in April. … The two leaders also discussed
 * Ukraine.": the tie step lets a planned meeting's thread run on over the account of the
 * held talks where it was arranged. A sentence of a planned engagement telling in the past
 * what was said or discussed tells of the held lead (when there is exactly one), not of a
 * meeting that has not happened: its subjects move there. Returns those moves.
 */
function pastAccountsOfPlanned(engagements: readonly DraftEngagement[], sentences: readonly Sentence[]): { from: number; to: number; indexes: number[] }[] {
  const heldLead = soleHeldLead(engagements);
  if (!heldLead) return [];
  return engagements
    .filter((engagement) => engagement.status === "planned" && engagement.role !== "main")
    .map((engagement) => ({
      from: engagement.id,
      to: heldLead.id,
      indexes: engagement.tiedSentences.filter((index) => !heldLead.tiedSentences.includes(index) && PAST_ACCOUNT.test(sentences[index]?.text ?? "")),
    }))
    .filter((move) => move.indexes.length > 0);
}

/**
 * "The defence secretary raised …", "China's foreign minister told his counterpart …": a
 * sentence opening with an official named by title alone, who speaks or raises something
 */
const TITLED_SPEAKER =
  /^(?:the|china['’]s|beijing['’]s|america['’]s|washington['’]s|the u\.s\.|the us|the chinese|the american)\s+(?:[a-z][\w.-]*\s+){0,3}?(?:secretary|minister|counterpart|president|premier|envoy|adviser|advisor|chief|representative|negotiator)\s+(?:also\s+)?(?:said|told|raised|stressed|urged|expressed|warned|noted|emphasi[sz]ed|underscored|pressed|reiterated|discussed|called)\b/i;

/** "both leaders discussed …", "the two sides also exchanged views on …": the parties together, telling what their talks took up */
const PARTIES_DISCUSSED =
  /\b(?:both|the two)\s+(?:leaders|presidents|sides|men|ministers|delegations)\s+(?:also\s+)?(?:discussed|talked about|exchanged views on|touched on)\b/i;

/**
 * "Trump and Xi spoke on Friday. … Beyond the app, both leaders discussed chips and soybeans.":
 * a sentence naming no one, tied to nothing, in which the parties together say what they
 * discussed, tells of the one held lead, wherever it lies; not when it dates itself or names
 * an engagement of its own ("the two sides discussed trade at their 2019 summit"). Returns
 * such sentences' indexes.
 */
function partiesAccounts(state: ExtractionState, tied: ReadonlySet<number>): number[] {
  const marked = new Set([...state.people, ...state.dates, ...state.cues.filter((cue) => cue.kind === "trigger")].map((item) => item.sentence));
  return state.sentences.filter((sentence) => !tied.has(sentence.index) && !marked.has(sentence.index) && PARTIES_DISCUSSED.test(sentence.text)).map((sentence) => sentence.index);
}

/**
 * The sentences whose topics count for each engagement: those tied to it, and a sentence
 * tied to no engagement, in which one of its participants speaks (by name, or by title alone
 * when it names no one), that lies in a short run between two sentences tied to it ("'We
 * will raise Xinjiang and cyber attacks,' the secretary said at the top of the meeting");
 * and, for the lead engagement, a sentence tied to none and naming no one that only says
 * which subjects were talked about, a short way after its own account ("The war in Ukraine
 * was also discussed."), or in which the two parties say what they discussed, anywhere
 * (partiesAccounts). A planned engagement's sentences that tell of talks already held count
 * for the held lead instead (pastAccountsOfPlanned).
 */
function topicSentences(state: ExtractionState): Map<number, number[]> {
  const { engagements, people, sentences } = state;
  const tiedTo = new Map<number, number[]>();
  for (const engagement of engagements) for (const index of engagement.tiedSentences) tiedTo.set(index, [...(tiedTo.get(index) ?? []), engagement.id]);
  const tiedIndexes = [...tiedTo.keys()].sort((a, b) => a - b);
  const scope = new Map(engagements.map((engagement) => [engagement.id, [...engagement.tiedSentences]]));
  const named = (index: number) => people.filter((person) => person.sentence === index);
  const speaksIn = (engagement: DraftEngagement, index: number) =>
    named(index).some((person) => person.speaker && engagement.participants.some((participation) => participation.person.key === person.key)) ||
    (named(index).length === 0 && TITLED_SPEAKER.test(sentences[index]?.text ?? ""));
  tiedIndexes.forEach((before, position) => {
    const after = tiedIndexes[position + 1];
    if (after === undefined || after - before - 1 > GAP_REACH) return;
    const enclosing = engagements.filter((engagement) => tiedTo.get(before)?.includes(engagement.id) && tiedTo.get(after)?.includes(engagement.id));
    for (const engagement of enclosing) {
      for (let index = before + 1; index < after; index += 1) if (speaksIn(engagement, index)) scope.get(engagement.id)?.push(index);
    }
  });
  // such a sentence has no one to tie it by: it is read only after the lead's own account, since after a background engagement's it may tell either's subjects
  const leads = new Set(engagements.filter((engagement) => engagement.role === "main").map((engagement) => engagement.id));
  for (const sentence of sentences) {
    if (tiedTo.has(sentence.index) || !SUBJECTS_DISCUSSED.test(sentence.text) || people.some((person) => person.sentence === sentence.index)) continue;
    const before = tiedIndexes.filter((index) => index < sentence.index).at(-1);
    const owners = before === undefined ? [] : (tiedTo.get(before) ?? []);
    const [lead] = owners;
    if (before === undefined || sentence.index - before - 1 > GAP_REACH || owners.length !== 1 || lead === undefined || !leads.has(lead)) continue;
    scope.get(lead)?.push(sentence.index);
  }
  const heldLead = soleHeldLead(engagements);
  if (heldLead) scope.get(heldLead.id)?.push(...partiesAccounts(state, new Set(tiedIndexes)));
  for (const move of pastAccountsOfPlanned(engagements, sentences)) {
    scope.set(move.from, (scope.get(move.from) ?? []).filter((index) => !move.indexes.includes(index)));
    scope.get(move.to)?.push(...move.indexes);
  }
  for (const indexes of scope.values()) indexes.sort((a, b) => a - b);
  return scope;
}

/**
 * The topics of one engagement from the sentences that count for it. A cue holding an
 * engagement word ("the trade talks in London") says what that engagement was about: it
 * counts for the engagement the word opened, not for another told of in the same sentence
 * ("the call paved the way for trade talks"), nor where the word opened none. In a sentence
 * it yields to the lead (yieldedToLead), only such a cue counts for it.
 */
function topicsOf(engagement: DraftEngagement, sentences: readonly number[], cuesBySentence: Map<number, TopicCue[]>, yielded: ReadonlySet<number>): DraftTopic[] {
  const bySlug = new Map<string, DraftTopic>();
  const opened = (trigger: Cue) => engagement.triggers.some((own) => overlaps(own, trigger));
  for (const index of sentences) {
    for (const cue of itemsIn(cuesBySentence, index)) {
      if (cue.names ? !opened(cue.names) : yielded.has(index)) continue;
      const topic = bySlug.get(cue.slug) ?? { slug: cue.slug, evidence: [] };
      topic.evidence.push({ start: cue.start, end: cue.end, text: cue.text });
      bySlug.set(cue.slug, topic);
    }
  }
  return [...bySlug.values()];
}

const LEADER_DIPLOMACY = "leader-diplomacy";
const INVITATION = /\binvit/i;

/**
 * "Trump spoke with Xi on Monday. … He accepted an invitation to visit Beijing in April. … The
 * call lasted an hour.": a sentence the tie step gave only to the future trip still lies
 * inside the account of the engagement, between two sentences tied to it.
 */
function insideAccount(engagement: DraftEngagement, sentence: number): boolean {
  return engagement.tiedSentences.some((index) => index < sentence) && engagement.tiedSentences.some((index) => index > sentence);
}

/**
 * "Trump said he plans to travel to China in April", "Xi invited Trump to visit": a future
 * contact of the presidents, arranged at an engagement (told in a sentence tied to it, or
 * inside its account), is leader-level diplomacy raised at it. Not where the contact is only
 * spoken of as possible ("could pave the way for a summit"), nor where the future meeting is
 * itself the news the article reports (its main engagement): a sentence announcing it names
 * earlier contacts only to place it in time ("…, a day after the two leaders spoke by phone"),
 * not as where it was arranged.
 */
function leaderContactEvidence(state: ExtractionState, engagement: DraftEngagement): Span[] {
  if (engagement.status === "planned" || engagement.status === "cancelled") return [];
  const tied = new Set(engagement.tiedSentences);
  const hedged = new Set(state.cues.filter((cue) => cue.kind === "hedge").map((cue) => cue.sentence));
  const counts = (sentence: number) => (tied.has(sentence) || insideAccount(engagement, sentence)) && !hedged.has(sentence);
  const span = (item: Span): Span => ({ start: item.start, end: item.end, text: item.text });
  // ahead of the article: undated, or dated after it was published
  const future = (other: DraftEngagement) => !other.date?.value || !state.published || other.date.value >= state.published.slice(0, other.date.value.length);
  const ahead = state.engagements.filter(
    (other) => other.id !== engagement.id && other.role !== "main" && other.status === "planned" && future(other) && other.participants.some((participation) => isHeadOfState(participation, referenceDay(other, state.published))),
  );
  const arranged = ahead.flatMap((other) => other.triggers.filter((trigger) => counts(trigger.sentence)).map(span));
  const invitations = state.cues
    .filter((cue) => cue.kind === "non-event" && INVITATION.test(cue.text) && counts(cue.sentence))
    .filter((cue) => state.people.some((person) => person.sentence === cue.sentence && isHeadOfState({ person, evidence: [] }, state.published)))
    .map(span);
  return [...arranged, ...invitations];
}

function withLeaderContact(state: ExtractionState, engagement: DraftEngagement, topics: DraftTopic[]): DraftTopic[] {
  const evidence = leaderContactEvidence(state, engagement);
  if (evidence.length === 0) return topics;
  const existing = topics.find((topic) => topic.slug === LEADER_DIPLOMACY);
  if (existing) return topics.map((topic) => (topic === existing ? { ...topic, evidence: [...topic.evidence, ...evidence] } : topic));
  return [...topics, { slug: LEADER_DIPLOMACY, evidence }];
}

const peopleOf = (engagement: DraftEngagement) =>
  engagement.participants
    .map((participation) => participation.person.key)
    .sort()
    .join("|");

/**
 * "Trump and Xi met in Busan on Thursday … (an earlier meeting of theirs told in sentences of
 * its own) … The two agreed to cut tariffs and curb fentanyl.": where the tie step gives a
 * sentence both to the lead and to another meeting of the same people told apart from it,
 * the sentence tells of the lead; its subjects are not the other meeting's. Not where the
 * other is told only in the lead's own sentences (then it may be the lead under a second
 * reading). The lead's sentences, for each such engagement; nothing for the rest.
 */
function yieldedToLead(engagements: readonly DraftEngagement[], scope: Map<number, number[]>): (engagement: DraftEngagement) => ReadonlySet<number> {
  const leads = engagements.filter((engagement) => engagement.role === "main");
  const leadSentences = new Set(leads.flatMap((lead) => scope.get(lead.id) ?? []));
  const none = new Set<number>();
  return (engagement) => {
    const repeatsLead = engagement.role !== "main" && engagement.participants.length > 1 && leads.some((lead) => peopleOf(lead) === peopleOf(engagement));
    return repeatsLead && engagement.tiedSentences.some((index) => !leadSentences.has(index)) ? leadSentences : none;
  };
}

export function findTopics(state: ExtractionState): DraftEngagement[] {
  const cuesBySentence = findTopicCues(state);
  const scope = topicSentences(state);
  const yielded = yieldedToLead(state.engagements, scope);
  return state.engagements.map((engagement) => ({
    ...engagement,
    topics: withLeaderContact(state, engagement, topicsOf(engagement, scope.get(engagement.id) ?? [], cuesBySentence, yielded(engagement))),
  }));
}

export const findTopicsStep: Step = (state) => ({ ...state, engagements: findTopics(state) });
