import type { EngagementKind, EngagementStatus, OutcomeSide, OutcomeStatus, Side } from "@/lib/taxonomy/enums";

/**
 * Internal shapes of the extraction pipeline. Every finding keeps the offsets and the text
 * it was read from (chrono style), so evidence comes for free at the end.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export type DatePrecision = "day" | "month" | "year";

/** How a date relates to its sentence: when something happened, when someone spoke, or a bound ("since May"). */
export type DateRole = "event" | "reporting" | "bound";

export interface DateMention extends Span {
  /** yyyy-mm-dd, yyyy-mm or yyyy by precision; null when relative and no reference date is known */
  value: string | null;
  valueEnd: string | null;
  precision: DatePrecision;
  role: DateRole;
  sentence: number;
  /** a day written without a year that nothing in the text dates ("Tuesday (April 16)"): what a later step may still place */
  yearless?: YearlessDay;
}

export interface YearlessDay {
  month: number;
  day: number;
  /** 0 = Sunday, as written beside it; null when none is */
  weekday: number | null;
}

export interface PersonMention extends Span {
  /** gazetteer slug, or "unknown:<name>" for officials recognised from a title pattern */
  key: string;
  name: string;
  slug: string | null;
  side: Side;
  /** the title as written next to the name, if any */
  textTitle: string | null;
  /** spokespeople, press secretaries: they speak about engagements, they do not take part */
  spokesperson: boolean;
  /** "former House Speaker …": background, never a participant */
  former: boolean;
  /** followed by a speech verb ("Blinken told CBS News") */
  speaker: boolean;
  /** named only to name someone else ("Hegseth's predecessor", "Trump's spokesman"): not there */
  possessiveOther?: boolean;
  /** speaks only inside a clause about a thing ("duties that Trump said were too high"): comments on it, is not there */
  relativeRemark?: boolean;
  sentence: number;
}

export interface PlaceMention extends Span {
  name: string;
  country: string | null;
  /** venues (with a city) are more specific than cities, cities than countries */
  specificity: number;
  /** preceded by a locative word ("in", "at", "near", "visited") rather than used as a metonym ("Beijing said") */
  locative: boolean;
  dateline: boolean;
  sentence: number;
}

/** "on the sidelines of the G20 summit", "at the Shangri-La Dialogue" */
export interface Occasion extends Span {
  sentence: number;
}

export type CueKind =
  /** meet, talks, visit, call … */
  | "trigger"
  /** "Chinese counterpart", "U.S. officials": a side without a name */
  | "side-anchor"
  /** "Japanese counterparts", "the Quad", "allies": the engagement is with someone else */
  | "third-party"
  /** "U.S.-China", "Beijing and Washington", "the world's two largest economies": both sides at once, nobody named */
  | "pair"
  /** "the two leaders", "they", "their": people named in an earlier sentence */
  | "group"
  /** "the meeting", "during the talks", "Blinken's visit": refers back to an engagement */
  | "reference"
  /** "may", "a possibility": speculation, not an engagement */
  | "hedge"
  /** "requested a meeting", "have not met": a meeting that did not happen and was not scheduled */
  | "non-event";

export type TriggerMode = "meeting" | "call" | "visit";

export interface Cue extends Span {
  kind: CueKind;
  sentence: number;
  /** for triggers */
  mode?: TriggerMode;
  /** for side anchors */
  side?: Side;
  /** for references: "during the meeting" places its people in the meeting */
  inside?: boolean;
}

export interface Participation {
  person: PersonMention;
  evidence: Span[];
}

export interface DraftTopic {
  slug: string;
  evidence: Span[];
}

export interface DraftOutcome {
  statement: string;
  topic: string | null;
  status: OutcomeStatus;
  side: OutcomeSide | null;
  evidence: Span[];
  sentence: number;
}

export interface DraftEngagement {
  id: number;
  mode: TriggerMode;
  /** null while no cue decided it */
  status: EngagementStatus | null;
  date: DateMention | null;
  place: PlaceMention | null;
  occasion: Occasion | null;
  participants: Participation[];
  /** sides present without a named person ("his Chinese counterpart") */
  anchors: Cue[];
  /** sentences that created or joined the engagement */
  triggerSentences: number[];
  /** of those, the ones that only mention it in a clause about the past ("since their meeting in Bali") */
  subordinateSentences: number[];
  triggers: Cue[];
  /** every sentence that speaks about the engagement (triggers, references, continuations) */
  tiedSentences: number[];
  kind: EngagementKind;
  role: "main" | "mentioned";
  title: string;
  topics: DraftTopic[];
  outcomes: DraftOutcome[];
  confidence: number;
}

export interface ExtractionState {
  text: string;
  published: string | null;
  title: string | null;
  sentences: Sentence[];
  dates: DateMention[];
  people: PersonMention[];
  places: PlaceMention[];
  occasions: Occasion[];
  cues: Cue[];
  engagements: DraftEngagement[];
}

/** One pipeline step: takes the state, returns a new state with its findings added. */
export type Step = (state: ExtractionState) => ExtractionState;
