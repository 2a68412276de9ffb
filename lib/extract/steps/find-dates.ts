import * as chrono from "chrono-node";
import { addDays, addMonths, daysBetween, isRealDay, monthOf, pad2, WEEKDAY_NAMES, weekStartOf, weekdayOf } from "@/lib/extract/calendar";
import { sentenceIndexAt, withoutOverlaps } from "@/lib/extract/text";
import type { DateMention, DatePrecision, DateRole, Sentence, Step, YearlessDay } from "@/lib/extract/types";

/**
 * Step 2: dates, absolute ("Nov. 15, 2023", "March 18-19, 2021", "November 2022",
 * "2023-11-15") and relative ("Thursday", "next week", "last month", "in February"),
 * resolved against a reference day (the publication date, else the nearest explicit day
 * before). A weekday or a bare month looks back from the reference after a past-tense verb
 * and forward after "will", "set to", "expected to".
 */

const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![a-z])";
const WEEKDAY = "(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";
const MONTH_KEYS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

type Direction = "past" | "future";

interface Resolution {
  value: string | null;
  valueEnd: string | null;
  precision: DatePrecision;
  yearless?: YearlessDay;
}

interface DateContext {
  /**
   * The day the text speaks from: publication, else an explicit day earlier in the same
   * sentence ("On March 16, officials said they would meet Thursday"). Deictic words
   * ("Thursday", "last week", "in April") count from it and from nothing else: a day
   * written elsewhere (a photo caption, a background date) is not when the text was written.
   */
  reference: string | null;
  /**
   * With no reference, the explicit day written nearest in the text: "June 8" is the June 8
   * closest to it, so an undated report's "Jan. 27" after background from "Nov. 16, 2021"
   * is January 2022, and "Oct. 30" above a caption dated "October 30, 2025" is that day.
   */
  nearestDay?: string;
  direction: Direction;
  /** "in 2024, when they met in May": a year written earlier in the sentence */
  year?: number;
}

interface DatePattern {
  pattern: RegExp;
  resolve: (match: RegExpExecArray, context: DateContext) => Resolution | null;
}

/** Words as an alternation that also matches them capitalised at a sentence start. */
function capitalizable(words: string[]): string {
  return words.map((word) => `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`).join("|");
}

function monthNumber(name: string): number {
  return MONTH_KEYS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function dayValue(year: number, month: number, day: number): string | null {
  const value = `${year}-${pad2(month)}-${pad2(day)}`;
  return isRealDay(value) ? value : null;
}

/** A day written without a year this close to the reference is that occurrence, whatever the tense says. */
const NEAR_REFERENCE_DAYS = 31;

/**
 * The year of a day written without one: the occurrence within a month of the reference
 * ("talks on February 5" in a report of February 3 are two days on, not a year back), else
 * the one the tense points to, before or after the reference.
 */
function yearFor(month: number, day: number, context: DateContext): number | null {
  if (context.year !== undefined) return context.year;
  if (!context.reference) return context.nearestDay ? nearestYear(month, day, context.nearestDay) : null;
  const nearest = nearestYear(month, day, context.reference);
  const nearestGap = Math.abs(daysBetween(context.reference, `${nearest}-${pad2(month)}-${pad2(Math.min(day, 28))}`));
  return nearestGap <= NEAR_REFERENCE_DAYS ? nearest : tensedYear(month, day, context.reference, context.direction);
}

/** The occurrence of a month and day before the reference in the past tense, after it in the future. */
function tensedYear(month: number, day: number, reference: string, direction: Direction): number {
  const year = Number(reference.slice(0, 4));
  const candidate = `${year}-${pad2(month)}-${pad2(day)}`;
  if (direction === "past") return candidate <= reference ? year : year - 1;
  return candidate >= reference ? year : year + 1;
}

/** The year putting a month and day closest to a known day, whichever side of it. */
function nearestYear(month: number, day: number, known: string): number {
  const year = Number(known.slice(0, 4));
  const distance = (candidate: number) => Math.abs(daysBetween(known, `${candidate}-${pad2(month)}-${pad2(Math.min(day, 28))}`));
  return [year - 1, year, year + 1].reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
}

/** "Tuesday (April 16)" one year, the weekday's: of the year given and those beside it, the one where the day falls on it. */
function yearOfWeekday(year: number, month: number, day: number, weekday: number): number {
  return [year, year - 1, year + 1].find((candidate) => isRealDay(`${candidate}-${pad2(month)}-${pad2(day)}`) && weekdayOf(`${candidate}-${pad2(month)}-${pad2(day)}`) === weekday) ?? year;
}

/** how near publication a day must be for its year to stand against the weekday written with it */
const WEEKDAY_SLIP_DAYS = 7;

/**
 * A day within a week of publication is that week's, even when the weekday beside it is off by one ("Wednesday (Oct. 30)"
 * in copy filed across a date line): no other year puts it that close.
 */
function besideReference(year: number, month: number, day: number, context: DateContext): boolean {
  const value = dayValue(year, month, day);
  return context.reference !== null && value !== null && Math.abs(daysBetween(context.reference, value)) <= WEEKDAY_SLIP_DAYS;
}

function resolveMonthDay(match: RegExpExecArray, context: DateContext, [monthGroup, dayGroup, endGroup, yearGroup]: number[], weekdayGroup?: number): Resolution | null {
  const month = monthNumber(match[monthGroup ?? 0] ?? "");
  const day = Number(match[dayGroup ?? 0]);
  const endDay = endGroup && match[endGroup] ? Number(match[endGroup]) : null;
  const weekdayName = weekdayGroup ? match[weekdayGroup] : undefined;
  const weekday = weekdayName ? WEEKDAY_NAMES.indexOf(weekdayName.toLowerCase()) : null;
  const written = match[yearGroup ?? 0] ? Number(match[yearGroup ?? 0]) : null;
  const inferred = written ?? yearFor(month, day, context);
  if (inferred === null) return { value: null, valueEnd: null, precision: "day", yearless: { month, day, weekday } };
  const year = written === null && weekday !== null && !besideReference(inferred, month, day, context) ? yearOfWeekday(inferred, month, day, weekday) : inferred;
  const value = dayValue(year, month, day);
  if (!value) return null;
  return { value, valueEnd: endDay ? dayValue(year, month, endDay) : null, precision: "day" };
}

function resolveWeekday(match: RegExpExecArray, context: DateContext): Resolution {
  if (!context.reference) return { value: null, valueEnd: null, precision: "day" };
  const modifier = (match[1] ?? "").toLowerCase();
  const wanted = WEEKDAY_NAMES.indexOf((match[2] ?? "").toLowerCase());
  const today = weekdayOf(context.reference);
  const direction: Direction = modifier === "next" ? "future" : modifier === "last" ? "past" : context.direction;
  const strict = modifier === "next" || modifier === "last";
  let offset = direction === "past" ? -((today - wanted + 7) % 7) : (wanted - today + 7) % 7;
  if (strict && offset === 0) offset = direction === "past" ? -7 : 7;
  return { value: addDays(context.reference, offset), valueEnd: null, precision: "day" };
}

function resolveWeekdaySpan(match: RegExpExecArray, context: DateContext): Resolution {
  const first = resolveWeekday(["", "", match[2] ?? ""] as unknown as RegExpExecArray, context);
  if (!first.value) return first;
  const wanted = WEEKDAY_NAMES.indexOf((match[3] ?? "").toLowerCase());
  const gap = (wanted - weekdayOf(first.value) + 7) % 7;
  // counted back from the reference, the last day of the span must not be after it when the tense is past
  const start = context.direction === "past" && context.reference && addDays(first.value, gap) > context.reference ? addDays(first.value, -7) : first.value;
  return { value: start, valueEnd: addDays(start, gap), precision: "day" };
}

function resolveBareMonth(match: RegExpExecArray, context: DateContext): Resolution {
  const modifier = (match[1] ?? "").toLowerCase();
  const month = monthNumber(match[2] ?? "");
  const direction: Direction = modifier === "next" ? "future" : modifier === "last" ? "past" : context.direction;
  // a month is long: the tense alone places it ("met in November", said on October 30, is last November)
  const year = context.reference ? tensedYear(month, 1, context.reference, direction) : context.nearestDay ? nearestYear(month, 1, context.nearestDay) : null;
  const referenceMonth = context.reference ? Number(context.reference.slice(5, 7)) : null;
  // "in November" written in November means this November, whichever the tense.
  const sameMonthYear = referenceMonth === month && context.reference && !modifier ? Number(context.reference.slice(0, 4)) : null;
  const chosen = context.year ?? sameMonthYear ?? year;
  return { value: chosen === null ? null : `${chosen}-${pad2(month)}`, valueEnd: null, precision: "month" };
}

/** The days a week phrase covers, counted from the reference: "last week" is the Sunday-to-Saturday week before its week. */
function weekDays(phrase: string, reference: string, direction: Direction): [string, string] {
  const start = weekStartOf(reference);
  if (/\bnext\b/.test(phrase)) return [addDays(start, 7), addDays(start, 13)];
  if (/\blast\b/.test(phrase)) return [addDays(start, -7), addDays(start, -1)];
  if (/\bpast\b/.test(phrase)) return [addDays(reference, -7), addDays(reference, -1)];
  const ahead = /\blater\b/.test(phrase) || (!/\bearlier\b/.test(phrase) && direction === "future");
  return ahead ? [reference, addDays(start, 6)] : [start, reference];
}

/** A week phrase is known to its month only when the whole week lies in one month: "last week" said on 2 November may be October or November. */
function weekMonth(phrase: string, reference: string, direction: Direction): Resolution {
  const [first, last] = weekDays(phrase, reference, direction);
  return { value: monthOf(first) === monthOf(last) ? monthOf(first) : null, valueEnd: null, precision: "month" };
}

function resolveRelative(match: RegExpExecArray, context: DateContext): Resolution {
  const phrase = (match[0] ?? "").toLowerCase().replace(/\s+/g, " ");
  const reference = context.reference;
  if (!reference) return { value: null, valueEnd: null, precision: phrase.includes("year") ? "year" : "month" };
  const days: Record<string, number> = { today: 0, tonight: 0, "this morning": 0, "this afternoon": 0, "this evening": 0, yesterday: -1, tomorrow: 1, "a day after": -1, "a day later": -1, "the next day": -1, "the following day": -1, "a day before": 1, "a day earlier": 1, "the day before": 1 };
  // with no day before it to follow, "the next day" counts from publication: ahead in a future sentence, the day before in a report
  if (/^(?:the (?:next|following) day|a day (?:after|later))$/.test(phrase) && context.direction === "future") return { value: addDays(reference, 1), valueEnd: null, precision: "day" };
  if (phrase in days) return { value: addDays(reference, days[phrase] ?? 0), valueEnd: null, precision: "day" };
  // "in the coming days": a few days on, known to the month
  if (/\bdays$/.test(phrase)) return { value: monthOf(addDays(reference, 3)), valueEnd: null, precision: "month" };
  const unit = phrase.split(" ").pop();
  const shift = /\b(next)\b/.test(phrase) ? 1 : /\b(last|past)\b/.test(phrase) ? -1 : 0;
  if (unit === "week") return weekMonth(phrase, reference, context.direction);
  if (unit === "month") return { value: addMonths(monthOf(reference), shift), valueEnd: null, precision: "month" };
  return { value: String(Number(reference.slice(0, 4)) + shift), valueEnd: null, precision: "year" };
}

/** In preference order: where two overlap, the earlier pattern wins. */
const PATTERNS: DatePattern[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (match) => {
      const value = dayValue(Number(match[1]), Number(match[2]), Number(match[3]));
      return value ? { value, valueEnd: null, precision: "day" } : null;
    },
  },
  {
    // "on Tuesday (April 16)": the weekday with its day in brackets, as Asian and state-media copy writes it
    pattern: new RegExp(`\\b${WEEKDAY}\\s*\\(\\s*${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\s*\\)`, "g"),
    resolve: (match, context) => resolveMonthDay(match, context, [2, 3, 0, 4], 1),
  },
  {
    // "April 15-16, 2021", "April 15 and 16, 2021", "August 27 to 29": the span of days, dated by its first
    pattern: new RegExp(`(?:\\b${WEEKDAY},?\\s+)?\\b${MONTH}\\s*,?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:(?:\\s*[-–]\\s*|\\s+(?:and|to|through)\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|\\s*(?:a\\.?m|p\\.?m|percent|%|per\\b)))?(?:,?\\s+(\\d{4}))?(?!\\d)`, "g"),
    resolve: (match, context) => resolveMonthDay(match, context, [2, 3, 4, 5], 1),
  },
  {
    pattern: new RegExp(`(?:\\b${WEEKDAY},?\\s+)?\\b(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, "g"),
    resolve: (match, context) => resolveMonthDay(match, context, [3, 2, 0, 4], 1),
  },
  {
    pattern: new RegExp(`\\b${MONTH}(?:\\s+of)?,?\\s+(\\d{4})\\b`, "g"),
    resolve: (match) => ({ value: `${match[2]}-${pad2(monthNumber(match[1] ?? ""))}`, valueEnd: null, precision: "month" }),
  },
  {
    pattern: new RegExp(`\\b(${capitalizable(["in", "since", "last", "this", "next", "early", "late", "mid", "during", "until", "by", "through", "from", "for", "of", "the", "a", "an", "their", "his", "her"])})[\\s-]+${MONTH}(?![\\w.]*\\s*\\d)`, "g"),
    resolve: resolveBareMonth,
  },
  {
    // "on Wednesday and Thursday", "on Monday and again on Tuesday", "from Friday to Sunday": the span, dated by its first day
    pattern: new RegExp(`\\b(?:(on|from|between)\\s+)?${WEEKDAY}\\s+(?:and|to|through|until)\\s+(?:again\\s+)?(?:on\\s+)?${WEEKDAY}\\b`, "g"),
    resolve: resolveWeekdaySpan,
  },
  {
    pattern: new RegExp(`\\b(?:(next|last|this|on|early|late)\\s+)?${WEEKDAY}(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b`, "gi"),
    resolve: resolveWeekday,
  },
  {
    pattern: /\b(?:(?:in|over|within) the (?:coming|next (?:few|several)) days|today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow|the (?:next|following) day|the day before|a day (?:after|before|later|earlier)|(?:earlier|later) this (?:week|month|year)|(?:this|next|last|past) (?:week|month|year))\b/gi,
    resolve: resolveRelative,
  },
  {
    pattern: /\b(?:in|since|of|by|until|during|from|early|late|mid)[\s-]+((?:19|20)\d{2})\b|\bthe\s+((?:19|20)\d{2})(?=\s+(?:iteration|edition|session|round)\b)/g,
    resolve: (match) => ({ value: match[1] ?? match[2] ?? null, valueEnd: null, precision: "year" }),
  },
];

const EXPLICIT_DAY = PATTERNS.slice(0, 4);
/** the last year written before a position in its sentence, when nothing but a comma-free clause separates them ("in 2024, when … in May") */
const SENTENCE_YEAR = /\b(?:[Ii]n|[Oo]f|[Dd]uring)\s+((?:19|20)\d{2})\b(?![^;]{0,400}\b(?:19|20)\d{2}\b)[^;]{0,400}$/;
/** "met on March 3 in 2019": the year written just after, in the same clause */
const SENTENCE_YEAR_AFTER = /^[^;.]{0,60}?\b(?:in|of|during)\s+((?:19|20)\d{2})\b/;
/** how far around a date its sentence is read for tense and year: bounded, so a huge sentence costs linear time */
const CONTEXT_WINDOW = 400;
/** the nearest tense cue governs a date: it is read within this many characters */
const TENSE_WINDOW = 150;

const FUTURE_CUE = /\b(?:will|shall|(?:is|are) planned|set to|is to|are to|expected to|expects to|plans? to|planning to|scheduled|slated|due to|(?:is|are) due|in the coming (?:days|weeks|months)|going to|would|upcoming|ahead of|next)\b/gi;
/** Past tense: a few irregular verbs, and lower-case words in -ed ("United" is a name, "need" no verb in the past). */
const PAST_CUE = /\b(?:[Mm]et|[Ss]poke|[Hh]eld|[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|[Ss]aid|[Tt]old|[Ww]ent|[Bb]egan|[a-z]{2,20}(?<!e)ed)\b/g;
const REPORTING_BEFORE = /\b(?:said|says|told\b[^,.;]{0,80}?|noted|added|announced|stated|revealed|confirmed|wrote|reported|explained|briefed reporters)\s+(?:on\s+|early\s+|late\s+)?$/i;
const BOUND_WORDS = /^(?:since|until|through)\b/i;
const CLAUSE_BREAK = /[,;—–]/;

/** Distance from the end of `before` back to the last match, or Infinity. */
function distanceBack(pattern: RegExp, before: string): number {
  let end = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(before); match; match = pattern.exec(before)) end = match.index + match[0].length;
  return end < 0 ? Infinity : before.length - end;
}

function distanceAhead(pattern: RegExp, after: string): number {
  pattern.lastIndex = 0;
  return pattern.exec(after)?.index ?? Infinity;
}

/**
 * The tense governing a date: the nearest tense cue in its sentence, looking back first
 * ("set to meet Thursday", "visited Tokyo on Tuesday") then ahead ("in February was scrapped").
 * Past when nothing says otherwise: news reports what happened.
 */
function directionAround(before: string, after: string): Direction {
  // "held a call with Rubio on Monday, expressing hope they would …": a clause after the date's own does not set its tense
  const clauseEnd = after.search(CLAUSE_BREAK);
  const ownClause = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
  const distances = (ahead: string) => [FUTURE_CUE, PAST_CUE].map((cue) => Math.min(distanceBack(cue, before), distanceAhead(cue, ahead) + 1));
  const [future = Infinity, past = Infinity] = distances(ownClause).some(Number.isFinite) ? distances(ownClause) : distances(after);
  return future < past ? "future" : "past";
}

/** "VIENNA, May 11 (Reuters) -": the day the report was filed, not the day of an event */
const DATELINE_BEFORE = /^[A-Z][A-Z./' -]*,\s*$/;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?(?:[—–]|-{1,2})\s/;
/** "date 2023-07-07 Yellen is meeting …": a stored page's date line opens the text with the day it was published */
const DATE_LINE_BEFORE = /^\s*date\s+$/i;

function roleOf(text: string, start: number, matched: string, sentence: Sentence): DateRole {
  if (DATE_LINE_BEFORE.test(text.slice(sentence.start, start))) return "reporting";
  if (DATELINE_BEFORE.test(text.slice(sentence.start, start)) && DATELINE_AFTER.test(text.slice(start + matched.length, start + matched.length + 40))) return "reporting";
  if (BOUND_WORDS.test(matched) || /\b(?:since|until)\s+$/i.test(text.slice(Math.max(sentence.start, start - 8), start))) return "bound";
  return REPORTING_BEFORE.test(text.slice(Math.max(sentence.start, start - 120), start)) ? "reporting" : "event";
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** "wrapped up three days of talks … on Wednesday": the day named is the last of the span */
/** "concluded three days of": a verb ending a span of days, with the count captured */
/** … or "concluded his three-day visit", "ended a four-day trip": the span told as one visit of so many days */
const ENDED_DAYS = String.raw`(?:wrapped up|wraps up|wrapping up|concluded|concludes|concluding|ended|ends|ending|closed|closing|finished|finishing|wound up|winds up|winding up|completed|completing)\s+(?:(?:their|the|his|her|a)\s+)?(two|three|four|five|six|seven|[2-7])(?:[- ]days?\s+of\b|-day\s+(?:(?:state|official|working|China|Asia)\s+)?(?:visit|trip|tour|stay)\b)`;
const SPAN_ENDING_BEFORE = new RegExp(String.raw`\b${ENDED_DAYS}[^.;]*$`, "i");

/** "on Sunday concluded two days of talks", "on Thursday, wrapping up a three-day visit": the verb after the day */
const SPAN_ENDING_AFTER = new RegExp(String.raw`^\s*,?\s*${ENDED_DAYS}`, "i");
/**
 * "Bessent said on Sunday after two days of talks": the day someone spoke right after talks
 * is the talks' last day, so the day is the end of the talks' span (an event, not only when
 * it was said). Only for a day of speaking: "met Xi on Thursday, after three days of talks"
 * dates the meeting, not the talks.
 */
const SPAN_AFTER_SPEAKING = /^\s*,?\s*(?:just\s+|shortly\s+)?after\s+(two|three|four|five|six|seven|[2-7])[- ]days?\s+of\s+(?:[a-z-]+\s+){0,3}?(?:talks|negotiations|meetings|discussions|consultations)\b/i;
/** how far after a day its span phrase is read */
const SPAN_AFTER_WINDOW = 80;

function spanEnding(text: string, sentence: Sentence, start: number, end: number, role: DateRole): RegExpExecArray | null {
  const after = text.slice(end, Math.min(sentence.end, end + SPAN_AFTER_WINDOW));
  if (role === "reporting") return SPAN_AFTER_SPEAKING.exec(after);
  return SPAN_ENDING_BEFORE.exec(text.slice(Math.max(sentence.start, start - CONTEXT_WINDOW), start)) ?? SPAN_ENDING_AFTER.exec(after);
}

function startOfSpan(text: string, sentence: Sentence, start: number, written: string, resolution: Resolution, role: DateRole): Resolution & { role: DateRole } {
  if (resolution.precision !== "day" || !resolution.value || resolution.valueEnd || role === "bound") return { ...resolution, role };
  const ending = spanEnding(text, sentence, start, start + written.length, role);
  if (!ending) return { ...resolution, role };
  const days = NUMBER_WORDS[(ending[1] ?? "").toLowerCase()] ?? Number(ending[1]);
  return { ...resolution, value: addDays(resolution.value, -(days - 1)), valueEnd: resolution.value, role: "event" };
}

/** What a date at a position counts from: see DateContext. */
interface Anchor {
  reference: string | null;
  nearestDay?: string;
}

type AnchorAt = (position: number, sentence: Sentence) => Anchor;

/** Publication; else the explicit day written last before the position within its sentence, and the one written nearest anywhere (see DateContext). */
function anchorFinder(published: string | null, explicitDays: DateMention[]): AnchorAt {
  if (published) return () => ({ reference: published });
  const known = explicitDays.filter((date) => date.value);
  return (position, sentence) => {
    let low = 0;
    let high = known.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((known[middle]?.start ?? 0) < position) low = middle + 1;
      else high = middle;
    }
    const before = known[low - 1];
    const after = known[low];
    const nearest = !after || (before && position - before.end <= after.start - position) ? before : after;
    return { reference: before?.value && before.start >= sentence.start ? before.value : null, nearestDay: nearest?.value ?? undefined };
  };
}

/** The context a pattern resolves against, read only when asked: most written-out dates need neither tense nor year. */
function contextAt(text: string, sentence: Sentence, start: number, end: number, { reference, nearestDay }: Anchor): DateContext {
  let direction: Direction | undefined;
  let year: number | null | undefined;
  const before = () => text.slice(Math.max(sentence.start, start - CONTEXT_WINDOW), start);
  const after = () => text.slice(end, Math.min(sentence.end, end + CONTEXT_WINDOW));
  return {
    reference,
    nearestDay,
    get direction() {
      direction ??= directionAround(before().slice(-TENSE_WINDOW), after().slice(0, TENSE_WINDOW));
      return direction;
    },
    get year() {
      if (year === undefined) {
        const written = SENTENCE_YEAR.exec(before())?.[1] ?? SENTENCE_YEAR_AFTER.exec(after())?.[1];
        year = written ? Number(written) : null;
      }
      return year ?? undefined;
    },
  };
}

function mentionAt(text: string, sentences: Sentence[], start: number, written: string, resolution: Resolution | null): DateMention | null {
  const sentenceIndex = sentenceIndexAt(sentences, start);
  const sentence = sentences[sentenceIndex];
  if (!sentence || !resolution) return null;
  return { start, end: start + written.length, text: written, ...startOfSpan(text, sentence, start, written, resolution, roleOf(text, start, written, sentence)), sentence: sentenceIndex };
}

function mentionsOf(text: string, sentences: Sentence[], patterns: DatePattern[], anchorAt: AnchorAt): DateMention[] {
  const found: DateMention[] = [];
  for (const { pattern, resolve } of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const sentence = sentences[sentenceIndexAt(sentences, match.index)];
      if (!sentence) continue;
      const context = contextAt(text, sentence, match.index, match.index + match[0].length, anchorAt(match.index, sentence));
      const mention = mentionAt(text, sentences, match.index, match[0], resolve(match, context));
      if (mention) found.push(mention);
    }
  }
  return found;
}

/**
 * Day-precise dates the patterns above do not write out ("the 14th of April 2023",
 * "11/15/2023"), read by chrono-node's strict English parser one sentence at a time.
 * The year, when the text leaves it out, is chosen as for the patterns (tense, the sentence's own year).
 */
/** a date written out, not counted from another ("three days before", "2 weeks ago") */
const WRITTEN_DAY = /^(?![^]*\b(?:ago|before|after|later|earlier|days?|weeks?|months?|years?)\b)[^]*\d/i;

/** what chrono-node reads that the patterns do not: ordinal days ("the 14th of April") and numeric dates ("11/15/2023") */
const CHRONO_CANDIDATE = /\b\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?[A-Z][a-z]{2}|\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b/g;
/** chrono reads this many characters either side of a candidate, and at most this many candidates an article: it is slow (~1 ms a call) */
const CHRONO_WINDOW = 40;
const CHRONO_MAX_CALLS = 200;

function chronoMentions(text: string, sentences: Sentence[], anchorAt: AnchorAt): DateMention[] {
  const found: DateMention[] = [];
  let calls = 0;
  let readUpTo = 0;
  CHRONO_CANDIDATE.lastIndex = 0;
  for (let candidate = CHRONO_CANDIDATE.exec(text); candidate && calls < CHRONO_MAX_CALLS; candidate = CHRONO_CANDIDATE.exec(text)) {
    const sentence = sentences[sentenceIndexAt(sentences, candidate.index)];
    if (!sentence || candidate.index < readUpTo) continue;
    const from = Math.max(sentence.start, candidate.index - CHRONO_WINDOW);
    const to = Math.min(sentence.end, candidate.index + candidate[0].length + CHRONO_WINDOW);
    readUpTo = to;
    calls += 1;
    for (const parsed of chrono.strict.parse(text.slice(from, to), { instant: new Date(0), timezone: 0 })) {
      const month = parsed.start.get("month");
      const day = parsed.start.get("day");
      if (!parsed.start.isCertain("month") || !parsed.start.isCertain("day") || !month || !day || !WRITTEN_DAY.test(parsed.text)) continue;
      const start = from + parsed.index;
      const context = contextAt(text, sentence, start, start + parsed.text.length, anchorAt(start, sentence));
      const year = parsed.start.isCertain("year") ? parsed.start.get("year") : yearFor(month, day, context);
      const value = year ? dayValue(year, month, day) : null;
      if (year && !value) continue;
      const mention = mentionAt(text, sentences, start, parsed.text, { value, valueEnd: null, precision: "day" });
      if (mention) found.push(mention);
    }
  }
  return found;
}

/** "the next day", "a day later": the day after the day-precise event date just before (within this many sentences). */
const FOLLOWING_DAY = /^(?:the (?:next|following) day|a day (?:after|later))$/i;
const PRECEDING_DAY = /^(?:the day before|a day (?:before|earlier))$/i;
const ANCHOR_REACH = 3;

function anchoredToPreviousDay(dates: DateMention[]): DateMention[] {
  let anchor: DateMention | null = null;
  return dates.map((date) => {
    const shift = FOLLOWING_DAY.test(date.text) ? 1 : PRECEDING_DAY.test(date.text) ? -1 : 0;
    const resolved = shift && anchor?.value && date.sentence - anchor.sentence <= ANCHOR_REACH ? { ...date, value: addDays(anchor.value, shift), valueEnd: null } : date;
    if (resolved.precision === "day" && resolved.value && resolved.role === "event") anchor = resolved;
    return resolved;
  });
}

export function findDates(text: string, sentences: Sentence[], published: string | null): DateMention[] {
  const explicitDays = published ? [] : withoutOverlaps(mentionsOf(text, sentences, EXPLICIT_DAY, () => ({ reference: null })));
  const anchorAt = anchorFinder(published, explicitDays);
  const days = chronoMentions(text, sentences, anchorAt);
  // a month or year the patterns read inside a day chrono read ("the 14th of April 2023") gives way to that day
  const patterned = mentionsOf(text, sentences, PATTERNS, anchorAt).filter((date) => date.precision === "day" || !days.some((day) => day.start <= date.start && date.end <= day.end));
  return anchoredToPreviousDay(withoutOverlaps([...patterned, ...days]));
}

export const findDatesStep: Step = (state) => ({ ...state, dates: findDates(state.text, state.sentences, state.published) });
