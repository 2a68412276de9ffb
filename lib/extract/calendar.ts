/** Calendar arithmetic on yyyy-mm-dd strings, in UTC so no time zone shifts a day. */

const MS_PER_DAY = 86_400_000;

export function dayToTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function timeToDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return timeToDay(dayToTime(day) + days * MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(day: string): number {
  return new Date(dayToTime(day)).getUTCDay();
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  const [year = 0, monthNumber = 1] = month.split("-").map(Number);
  const index = year * 12 + (monthNumber - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/** Whether a yyyy-mm-dd is a real calendar day (no 31 February). */
export function isRealDay(day: string): boolean {
  const time = dayToTime(day);
  return !Number.isNaN(time) && timeToDay(time) === day;
}

/** Days between two yyyy-mm-dd (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToTime(b) - dayToTime(a)) / MS_PER_DAY);
}
