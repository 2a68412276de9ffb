/**
 * The publication date, and how it is known. In order: given by the caller; stated by the
 * page (meta tags, JSON-LD, front matter); stated in the text ("Published Nov. 15, 2023",
 * "Updated: …", a date line under the headline); inferred from a full date the text ties to a
 * weekday it uses ("talks Wednesday" beside "Wednesday, Nov. 15, 2023", or a date that falls
 * on a weekday the story names). Never invented: null when none of these hold.
 */
import { countWords } from "../boilerplate/units";
import type { Removal } from "../types";
import type { MetadataContext } from "./context";
import { headerUnits, quoteOf } from "./context";
import { findDates, fullWeekday, weekdayOf, WEEKDAY_WITH_DAY, type FoundDate } from "./dates";

export interface Published {
  date: string;
  source: string;
}

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;
const STATED_LINE = /^(published|posted|first published|originally published|updated|last updated|date)\b(?:\s+(?:on|at))?\s*:?\s*/i;

/** A yyyy-mm-dd date from an ISO value or any written full date, or null. */
function dateFromValue(value: string): string | null {
  const iso = ISO_PREFIX.exec(value.trim());
  if (iso) return findDates(iso[0])[0]?.iso ?? null;
  return findDates(value)[0]?.iso ?? null;
}

/** "Nov. 15, 2023 / 8:15 PM / CBS News" is a date line; "Nov. 15, 2023: Biden and Xi meet." is a sentence. */
function isBareDateLine(text: string, date: FoundDate): boolean {
  const rest = text.slice(date.index + date.text.length);
  return countWords(rest) <= 6 && !/[.!?]$/.test(rest);
}

/** Words before a date that make it a plan, not the day being reported. */
const FUTURE_CUE = /\b(?:will|scheduled|planned|set (?:to|for)|next|due|expected|upcoming|until|deadline)\b[^.!?]{0,40}$/i;

/** "Published …" beats "Updated …"; a bare date line under the headline counts as published. */
function fromStatedLine(context: MetadataContext): Published | null {
  const candidates = [...headerUnits(context), ...context.units.slice(-4)];
  let updated: Published | null = null;
  for (const unit of candidates) {
    if (countWords(unit.text) > 16) continue;
    const label = STATED_LINE.exec(unit.text)?.[1]?.toLowerCase();
    const date = findDates(unit.text)[0];
    const startsWithDate = date !== undefined && date.index === 0 && isBareDateLine(unit.text, date);
    if (!date || !(label || startsWithDate)) continue;
    const found = { date: date.iso, source: `stated in text: '${quoteOf(unit.text)}'` };
    if (label?.includes("updated")) updated ??= found;
    else return found;
  }
  return updated;
}

/** The weekday the date is tied to in the text: written with it, or named elsewhere in the story. */
function tiedWeekday(date: FoundDate, storyWeekdays: Set<string>): string | null {
  const actual = weekdayOf(date.iso);
  if (date.weekday) return fullWeekday(date.weekday) === actual ? `'${date.text}'` : null;
  return storyWeekdays.has(actual) ? `'${date.text}' (a ${actual}, the day the story names)` : null;
}

/** Captions of the story's own photos: those before any related list, whose captions date other stories. */
function storyCaptions(removed: readonly Removal[]): string[] {
  const listStart = removed.find((removal) => removal.reason === "related-list")?.start ?? Infinity;
  return removed.filter((removal) => removal.reason === "photo-caption" && removal.start < listStart).map((removal) => removal.text);
}

function inferred(context: MetadataContext): Published | null {
  const story = context.units.map((unit) => unit.text).join("\n");
  const captions = storyCaptions(context.removed);
  // a weekday written with a day of its own ("brief him on Wednesday, July 30") is that day's, not one a bare date may claim
  const storyWeekdays = new Set(story.replace(WEEKDAY_WITH_DAY, "").match(/\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g) ?? []);
  let best: Published | null = null;
  for (const [where, text] of [["the text", story], ...captions.map((caption) => ["a photo caption", caption])] as const) {
    for (const date of findDates(text)) {
      if (FUTURE_CUE.test(text.slice(Math.max(0, date.index - 60), date.index))) continue;
      const tie = tiedWeekday(date, storyWeekdays);
      if (tie && (!best || date.iso > best.date)) {
        best = { date: date.iso, source: `inferred: the latest date ${where} ties to a weekday is ${tie}; the story reports that day's news, so it dates from that day or shortly after` };
      }
    }
  }
  return best;
}

export function readPublished(context: MetadataContext): Published | null {
  const given = context.options.published ? dateFromValue(context.options.published) : null;
  if (given) return { date: given, source: "given" };
  const page = context.source.published;
  const stated = page ? dateFromValue(page.value) : null;
  if (page && stated) return { date: stated, source: `stated by the source: ${page.where} '${quoteOf(page.value, 60)}'` };
  return fromStatedLine(context) ?? inferred(context);
}
