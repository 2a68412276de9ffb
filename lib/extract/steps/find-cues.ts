import { sentenceIndexAt } from "@/lib/extract/text";
import type { Cue, CueKind, Sentence, Span, Step, TriggerMode } from "@/lib/extract/types";
import type { Side } from "@/lib/taxonomy/enums";

/**
 * Step 5a: the words engagements are recognised by. Triggers (met, talks, visit, call …),
 * sides without names ("his Chinese counterpart"), third parties ("Japanese counterparts",
 * "the Quad"), group words ("the two leaders", "they"), references back to an engagement
 * ("during the meeting"), speculation ("may") and non-events ("requested a meeting",
 * "have not met").
 */

/** "Friday", "Jan. 17", "November 3": the day a call is held on */
const DAY_NAMED = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)`;
/** "calls for", "call on Beijing to": a demand, not a call; but "a call on Friday", "a call on Jan. 17" is one */
const CALL_TRIGGER = new RegExp(
  String.raw`\b(?:phone|video|virtual|telephone)\s+(?:call|conversation|meeting|summit|talks)s?\b|\b(?:video ?|tele-?)conferences?\b` +
    String.raw`|\bcalls?\b(?!\s+for\b)(?!\s+on\s+(?!${DAY_NAMED}))` +
    String.raw`|\b(?:spoke|speak|speaks|speaking|talked|talk|talks)\s+(?:by|via|over the)\s+(?:tele)?phone\b`,
  "gi",
);
const VISIT_TRIGGER = /\b(?:state visit|visit|visits|visited|visiting|trip|trips|travel(?:l?ed|s)? to|arrived in|toured)\b/gi;
/**
 * "a conference between Austin and Dong", "the discussions, led by Bessent and He", "discussed the issue with Xi": words naming the meeting itself ("a news
 * conference" is not one). "People familiar with the talks" attributes a source; it reports no meeting.
 */
const MEETING_TRIGGER_WORDS = /(?<!\bfamiliar with (?:the )?)\b(?:meet|meets|met|meeting|meetings|talks|summit|sit-down|sat down|dialogue|held talks|conversation|negotiations|consultations|discussions|hosted|spoke|spoken|speak|speaks|talked)\b|(?<!\b(?:news|press)\s)\bconference(?=\s+(?:between|with)\b)|\bdiscuss(?:ed|es)\b(?=\s+(?:[\w'’-]+\s+){0,3}?with\s)/;
/** "The meeting followed the one between Biden and Xi in Bali": "the one" stands for the meeting word just before it, with its own pair */
const ONE_BETWEEN = /(?<=\b(?:meeting|talks|summit|call|visit)\b[^.;]{0,80}\bthe\s)one(?=\s+between\s)/;
const MEETING_TRIGGER = new RegExp(`${MEETING_TRIGGER_WORDS.source}|${ONE_BETWEEN.source}`, "gi");
/** the stop of an initial, a capital letter alone ("U.S.", "John F. Kennedy"), which ends no sentence or clause; a title's ("Gen.") is not read so */
export const INITIAL_STOP = String.raw`(?<=\b[A-Z])\.`;
/** said of the call a meeting happens on ("spoke by phone", "spoken virtually", "talked with the U.S. president on the phone") */
const CALL_NEARBY = new RegExp(String.raw`^(?:[^.;]|${INITIAL_STOP}){0,50}?\b(?:by (?:tele)?phone|via (?:tele)?phone|(?:over|on) the (?:tele)?phone|virtually|by video|via video)\b`, "i");

/** "said the US Treasury Secretary", "the Republican President discussed …": an official of a side named by title alone */
const TITLE_ONLY = /\b(?:[Tt]he|[Aa])\s+(?:U\.S\.|US|American|Republican|Democratic)\s+(?:[Pp]resident|[Ss]ecretary of [Ss]tate|[Tt]reasury [Ss]ecretary|[Dd]efen[cs]e [Ss]ecretary|[Cc]ommerce [Ss]ecretary|[Tt]rade [Rr]epresentative|[Nn]ational [Ss]ecurity [Aa]dvis[eo]r)\b(?!\s+[A-Z])/g;

const SIDE_ANCHORS: [RegExp, Side | undefined][] = [
  [/\b(?:(?:his|her|their|the)\s+)?(?:top\s+|senior\s+)?Chinese (?:(?:security|military|defen[cs]e|trade|economic|foreign|government|senior|top|law enforcement|police)\s+)?(?:counterparts?|officials?|leaders?|side|delegations?|representatives?|teams?|government|president|premier|vice premier|defen[cs]e minister|foreign minister|military|diplomats?|negotiators?)\b|\bthe Chinese(?=[,.;:]|\s+(?:on|to|have|has|are|were|had|would|will|said|side)\b)|\b(?:Beijing|China)['’]s (?:top|senior|chief|most senior) (?:diplomat|official|negotiator|foreign policy official|military officer|general)s?\b/gi, "CN"],
  [/\b(?:(?:his|her|their|the|an?)\s+)?(?:(?:high-level|senior|top)\s+)?(?:U\.S\.|American|US) (?:(?:security|military|defen[cs]e|trade|economic|government|senior|top|law enforcement)\s+)?(?:counterparts?|officials?|delegations?|representatives?|side|negotiators?|diplomats?|teams?)\b/g, "US"],
  [TITLE_ONLY, "US"],
  // "Bessent hopes for China talks in Malaysia": one side's name before a meeting word is the party met (see find-places)
  [/(?<![-–])\bChina(?=\s+(?:trade\s+)?(?:talks|summit|meeting)\b)/g, "CN"],
  [/(?<![-–])\b(?:U\.S\.|US)(?=\s+(?:trade\s+)?(?:talks|summit|meeting)\b)/g, "US"],
  [/\b(?:his|her) counterpart\b/gi, undefined],
  // "U.S. and Chinese negotiators", "Chinese and American officials": both sides in one phrase
  [/\b(?:U\.S\.|American|US)(?=\s+and\s+Chinese\s+(?:[a-z-]+\s+)?(?:officials|negotiators|delegations|diplomats|teams|leaders|counterparts)\b)/g, "US"],
  [/\bChinese(?=\s+and\s+(?:U\.S\.|American|US)\s+(?:[a-z-]+\s+)?(?:officials|negotiators|delegations|diplomats|teams|leaders|counterparts)\b)/g, "CN"],
  // "Pentagon and People's Liberation Army officials": institutions standing for a side's officials
  [/\b(?:Pentagon|White House|State Department|Treasury|Commerce Department)\b(?=(?:\s+and\s+(?:[\w'’-]+\s+){1,4}?)?\s*(?:officials?|delegations?|negotiators?|teams?)\b)/g, "US"],
  [/\b(?:People['’]s Liberation Army|PLA|Chinese military|Chinese defen[cs]e ministry|Chinese Commerce Ministry)\b(?=(?:\s+and\s+(?:[\w'’-]+\s+){1,4}?)?\s*(?:officials?|delegations?|negotiators?|teams?)\b)/g, "CN"],
];

const THIRD_PARTY = /\b(?:Japanese|South Korean|Korean|Indian|Australian|Philippine|Filipino|British|French|German|European|Taiwanese|Russian|Vietnamese|Indonesian|Canadian|Mexican|Ukrainian|Israeli|Saudi|allied|Japan['’]s|South Korea['’]s) (?:counterparts?|officials?|leaders?|ministers?|delegation|prime minister|president|foreign minister|defen[cs]e minister)\b|\bcounterparts? from\b(?!\s+(?:China|Beijing|the United States|Washington)\b)|\b(?:the )?Quad\b|\ballies\b|\btwo[- ]plus[- ]two\b|\b2\+2\b|\btrilateral\b/gi;

/**
 * Both sides in one phrase, without a name: the parties of talks whose people a report does
 * not name ("U.S.-China trade talks in London", "negotiations between the world's two largest
 * economies", "the two countries' lead officials", "officials from both sides have met").
 * Case matters: "US" is the country, "us" a pronoun.
 */
const US_WORD = "(?:U\\.S\\.|US|American|Washington)";
const CN_WORD = "(?:China|Chinese|Beijing)";
const PAIR = new RegExp(
  [
    `\\b${US_WORD}\\s?[-–]\\s?${CN_WORD}\\b`,
    `\\b(?:${CN_WORD}|Sino)\\s?[-–]\\s?(?:U\\.S\\.|(?:US|American|Washington)\\b)`,
    "\\b(?:Beijing and Washington|Washington and Beijing)\\b",
    "\\b(?:the )?(?:world['’]s )?two (?:largest|biggest) economies\\b",
    "\\b(?:the )?two (?:countries|nations|governments)['’]? (?:(?:lead|top|senior|chief|trade|economic|military|defen[cs]e) ){0,2}(?:officials|negotiators|leaders|presidents|heads of state|delegations|teams|militaries|envoys)\\b",
    `\\b(?:Chinese and (?:U\\.S\\.|US|American)|(?:U\\.S\\.|US|American) and Chinese) (?:[a-z]+ (?:and [a-z]+ )?)?(?:presidents|heads of state|leaders|officials|officers|negotiators|delegations|diplomats|teams)\\b`,
    "\\b(?:officials|delegations|representatives|officers|negotiators) (?:from|of) both (?:sides|countries)\\b",
    `\\b(?:heads of state|presidents|leaders|officials|delegations) (?:of|from) (?:China and the (?:U\\.S\\.|US\\b|United States)|the (?:U\\.S\\.|US|United States) and China\\b)`,
    // "a theater commander telephone call", "a video call between theater leaders": the two militaries' regional commands, a channel of both sides
    "\\btheat(?:er|re)(?=[- ](?:commanders?|leaders|level)\\b)",
  ].join("|"),
  "g",
);

/** "officials in Washington and Beijing": a place inside a both-sides phrase stands for a side, not for where anyone met */
export function standsForSide(place: Span, cues: readonly Cue[]): boolean {
  return cues.some((cue) => cue.kind === "pair" && cue.start <= place.start && place.end <= cue.end);
}

/** how far before the meeting word the both-sides phrase may be, in characters of the same clause */
const PAIR_REACH = 60;
/** where the both-sides phrase stops belonging to the meeting word */
const CLAUSE_BREAK = /[,;:]|\s[—–]\s/;
/** "between the world's two largest economies": after the meeting word, the sides are its parties only when "between" joins them */
const BETWEEN = /^\s+between\s+$/;

/**
 * The both-sides phrase names the meeting's parties: as the subject or a modifier before the meeting word in the same clause
 * ("Beijing and Washington on Sunday concluded … talks", "U.S.-China trade talks"), or after it, joined by "between". After
 * it otherwise, it says something else ("talks aimed at easing tensions in the US-China relationship").
 */
export function namesParties(text: string, pair: Cue, trigger: Cue, joinedAfter: RegExp = BETWEEN): boolean {
  if (pair.start >= trigger.end) return joinedAfter.test(text.slice(trigger.end, pair.start));
  return trigger.start - pair.end <= PAIR_REACH && !CLAUSE_BREAK.test(text.slice(pair.end, trigger.start));
}

/** "the economic teams of the two sides" are not the people named before */
const GROUP = /(?<!\b(?:teams|officials|delegations|negotiators|ministers|representatives|departments|agencies|militaries|ministries) of )\b(?:the pair|the two (?:world )?(?:leaders|presidents|heads of state|men|sides|officials|ministers|diplomats|defen[cs]e chiefs|delegations)|both (?:leaders|sides|men)|the two(?!\s+(?:countries|nations|governments|superpowers|economies|most|sides['’]|countries['’])\b)|they|their|them)\b/gi;

/** a reference placing the sentence after or before another engagement ("after the talks") */
export const RELATIVE_REFERENCE = /^(?:after|following|ahead of|before|since)\b/i;
/** "the talks", "their meeting": the engagement spoken of already ("people familiar with the discussions" attribute a source) */
export const DEFINITE_REFERENCE = /^(?:that\s+)?(?:the|their|this|(?:today|yesterday|tonight)['’]s)\b/i;
export const ENGAGEMENT_NOUN = "(?:meeting|meetings|session|talks|summit|visit|trip|call|conversation|sit-down|dialogue|discussions|negotiations|consultations)";
/** "during the meeting", "at their talks": what is said there happened in the engagement */
const REFERENCE_INSIDE = new RegExp(`\\b(?:[Dd]uring|[Aa]t|[Ii]n)\\s+(?:the|their|this|his|her|that)\\s+(?:[a-z][\\w-]*\\s+){0,2}?${ENGAGEMENT_NOUN}\\b`, "g");
const REFERENCE_AROUND = new RegExp(`(?<!\\bfamiliar with )\\b(?:(?:[Aa]fter|[Aa]head of|[Ff]ollowing|[Bb]efore|[Ss]ince|out of|of)\\s+)?(?:[Tt]he|[Tt]heir|[Tt]his|[Tt]hat|[Oo]ur)\\s+(?:[a-z][\\w-]*\\s+){0,2}?${ENGAGEMENT_NOUN}\\b|\\b(?:[A-Z][a-z]+|[Tt]his week)['’]s\\s+(?:[a-z][\\w-]*\\s+){0,2}?${ENGAGEMENT_NOUN}\\b`, "g");

/** a contact only possible, wished for or offered ("may meet", "wants to talk", "is willing to hold talks"): no engagement yet */
const HEDGE = /\b(?:asked (?:[\w-]+\s+){0,3}?(?:whether|if)\s+(?:[\w-]+\s+){0,2}?(?:would|will|could|planned to|intends? to)|may|might|could|possibility|possible|eyed|eyeing|considering|weighing|floated|mulling|wants? to|wanted to|would like to|willing to)\b/g;
/**
 * "requested a meeting", "have not met", "was not expected to meet" (a meeting ruled out of a visit), "an invitation", "attempts
 * to arrange a meeting with Li failed": no meeting took place or is set
 */
const NON_EVENT = new RegExp(
  `\\b(?:request(?:ed|s)?|sought|seeking|asked for|long-requested|proposed)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?${ENGAGEMENT_NOUN}\\b|\\b(?:have|has|had|did|do|does)\\s+not\\s+(?:yet\\s+)?(?:met|meet|spoken|spoke|talked|visited)\\b|\\b(?:haven['’]t|hasn['’]t|hadn['’]t|didn['’]t|never)\\s+(?:met|meet|spoken|spoke|talked|visited)\\b|\\b(?:(?:is|was|are|were)\\s+not|(?:isn|wasn|aren|weren)['’]t)\\s+(?:expected|scheduled|set|due|slated)\\s+to\\s+(?:meet|visit|speak|talk|hold)\\b|\\binvit(?:ed|es|ing)\\b[^.;]{0,60}?\\bto (?:visit|come|meet)\\b|(?<!\\b[Aa]t (?:the )?)\\binvitation\\b|\\b(?:through|via)\\s+(?:[\\w-]+\\s+){0,4}?(?:dialogue|consultations?|talks|negotiations)\\b|\\b(?:commercial|business)\\s+negotiations\\b|\\b(?:attempts?|efforts?|bids?)\\s+to\\s+(?:[\\w-]+\\s+){1,3}?${ENGAGEMENT_NOUN}\\b[^.;]{0,60}?\\b(?:failed|fell through|came to nothing)\\b`,
  "gi",
);

function cuesOf(pattern: RegExp, kind: CueKind, text: string, sentences: Sentence[], extra: Partial<Cue> = {}): Cue[] {
  const found: Cue[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], kind, sentence: sentenceIndexAt(sentences, match.index), ...extra });
  }
  return found;
}

function triggerCues(text: string, sentences: Sentence[]): Cue[] {
  const taken: Cue[] = [];
  const modes: [RegExp, TriggerMode][] = [[CALL_TRIGGER, "call"], [VISIT_TRIGGER, "visit"], [MEETING_TRIGGER, "meeting"]];
  for (const [pattern, mode] of modes) {
    for (const cue of cuesOf(pattern, "trigger", text, sentences, { mode })) {
      if (taken.some((other) => other.start < cue.end && cue.start < other.end)) continue;
      const byPhone = mode === "meeting" && CALL_NEARBY.test(text.slice(cue.end, cue.end + 60));
      taken.push(byPhone ? { ...cue, mode: "call" } : cue);
    }
  }
  return taken;
}

export function findCues(text: string, sentences: Sentence[]): Cue[] {
  return [
    ...triggerCues(text, sentences),
    ...SIDE_ANCHORS.flatMap(([pattern, side]) => cuesOf(pattern, "side-anchor", text, sentences, side ? { side } : {})),
    ...cuesOf(THIRD_PARTY, "third-party", text, sentences),
    ...cuesOf(PAIR, "pair", text, sentences),
    ...cuesOf(GROUP, "group", text, sentences),
    ...cuesOf(REFERENCE_INSIDE, "reference", text, sentences, { inside: true }),
    ...cuesOf(REFERENCE_AROUND, "reference", text, sentences),
    ...cuesOf(HEDGE, "hedge", text, sentences),
    ...cuesOf(NON_EVENT, "non-event", text, sentences),
  ].sort((a, b) => a.start - b.start);
}

export const findCuesStep: Step = (state) => ({ ...state, cues: findCues(state.text, state.sentences) });
