import { addDays, endOfMonth, format, parseISO } from "date-fns";
import type { DatePrecision } from "@/lib/taxonomy/enums";

export interface DayRange {
  first: string;
  last: string;
}

const day = (date: Date) => format(date, "yyyy-MM-dd");

/** The days an engagement date may cover: a month-precision date covers its whole month. */
export function dayRangeOf(start: string, end: string | null, precision: DatePrecision): DayRange {
  const last = end ?? start;
  return precision === "month" ? { first: start.slice(0, 7) + "-01", last: day(endOfMonth(parseISO(last))) } : { first: start, last };
}

/**
 * Whether two ranges share a day. No slack: the same officials often meet in one city on
 * consecutive days, and a day of slack would merge those meetings.
 */
export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** The day `days` after (or before, if negative) a yyyy-mm-dd day. */
export function shiftDay(value: string, days: number): string {
  return day(addDays(parseISO(value), days));
}
