import { addDays as addCalendarDays, addMonths as addCalendarMonths, differenceInCalendarDays, getDay, startOfWeek } from "date-fns";

/**
 * Calendar arithmetic on yyyy-mm-dd and yyyy-mm strings, all of it through date-fns. The
 * strings are read and written as local calendar days, so no time zone or summer-time
 * change can shift a day.
 */

/** Day names in lower case, Sunday first (the numbering of `getDay`). */
export const WEEKDAY_NAMES: readonly string[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** Month names in lower case, January first. */
export const MONTH_NAMES: readonly string[] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * A yyyy-mm(-dd) string as a local Date, and back. Read and written by hand: date-fns'
 * format-driven `parse` and `format` cost ~100× more, and an article can hold thousands of dates.
 */
function dayOf(day: string): Date {
  const [year = Number.NaN, month = 1, date = 1] = day.split("-").map(Number);
  const value = new Date(year, month - 1, date);
  value.setFullYear(year);
  return value;
}

function monthText(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, "0")}-${pad2(date.getMonth() + 1)}`;
}

function dayText(date: Date): string {
  return `${monthText(date)}-${pad2(date.getDate())}`;
}

export function addDays(day: string, days: number): string {
  return dayText(addCalendarDays(dayOf(day), days));
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(day: string): number {
  return getDay(dayOf(day));
}

/** The Sunday that opens the week of a day: weeks run Sunday to Saturday, as US news counts them. */
export function weekStartOf(day: string): string {
  return dayText(startOfWeek(dayOf(day), { weekStartsOn: 0 }));
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  return monthText(addCalendarMonths(dayOf(month), months));
}

export function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/** Whether a yyyy-mm-dd is a real calendar day (no 31 February). */
export function isRealDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && dayText(dayOf(day)) === day;
}

/** Days between two yyyy-mm-dd (b − a). */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(dayOf(b), dayOf(a));
}
