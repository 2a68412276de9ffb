import { addDays as addCalendarDays, addMonths as addCalendarMonths, differenceInCalendarDays, format, getDay, isMatch, parse } from "date-fns";

/**
 * Calendar arithmetic on yyyy-mm-dd and yyyy-mm strings, all of it through date-fns. The
 * strings are read and written as local calendar days, so no time zone or summer-time
 * change can shift a day.
 */

const DAY = "yyyy-MM-dd";
const MONTH = "yyyy-MM";
const ANCHOR = new Date(2000, 0, 1);

function dayOf(day: string): Date {
  return parse(day, DAY, ANCHOR);
}

export function addDays(day: string, days: number): string {
  return format(addCalendarDays(dayOf(day), days), DAY);
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(day: string): number {
  return getDay(dayOf(day));
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  return format(addCalendarMonths(parse(month, MONTH, ANCHOR), months), MONTH);
}

export function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/** Whether a yyyy-mm-dd is a real calendar day (no 31 February). */
export function isRealDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && isMatch(day, DAY);
}

/** Days between two yyyy-mm-dd (b − a). */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(dayOf(b), dayOf(a));
}
