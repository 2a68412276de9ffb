/**
 * Calendar dates written out in news copy: "Nov. 15, 2023", "Wednesday, Nov, 15, 2023",
 * "15 November 2023", "2023-11-15". Only dates with a year are full dates; each keeps its
 * index and matched text.
 */

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Month spellings to month number: full names, three-letter forms and "Sept", capitalised or upper case. */
const MONTHS = new Map<string, number>();
for (const [i, name] of MONTH_NAMES.entries()) {
  for (const form of [name, name.slice(0, 3), ...(name === "September" ? ["Sept"] : [])]) {
    MONTHS.set(form, i + 1);
    MONTHS.set(form.toUpperCase(), i + 1);
  }
}
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|")})`;
const WEEKDAY = `(?:(${WEEKDAYS.join("|")}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?,?\\s+)?`;
const ORDINAL = "(?:st|nd|rd|th)?";

/** "Wednesday, July 30", "Tuesday (April 16)", "Friday 24 January": a weekday written with its own day, with or without a year. */
export const WEEKDAY_WITH_DAY = new RegExp(`\\b(?:${WEEKDAYS.join("|")})\\s*[,(]?\\s*(?:${MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}${ORDINAL}\\s+${MONTH})\\b`, "g");

const MONTH_FIRST = new RegExp(`\\b${WEEKDAY}${MONTH}\\.?,?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, "g");
const DAY_FIRST = new RegExp(`\\b${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, "g");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?=\b|T)/g;

export interface FoundDate {
  /** yyyy-mm-dd */
  iso: string;
  index: number;
  text: string;
  /** the weekday written with the date, when there is one */
  weekday: string | null;
}

export function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function weekdayOf(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? "";
}

function found(match: RegExpExecArray, year: string | undefined, month: number | undefined, day: string | undefined, weekday?: string): FoundDate | null {
  const iso = isoOf(Number(year), month ?? 0, Number(day));
  return iso ? { iso, index: match.index, text: match[0], weekday: weekday ?? null } : null;
}

/** Every full date in `text`, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  return [
    ...[...text.matchAll(MONTH_FIRST)].map((m) => found(m, m[4], MONTHS.get(m[2] ?? ""), m[3], m[1])),
    ...[...text.matchAll(DAY_FIRST)].map((m) => found(m, m[4], MONTHS.get(m[3] ?? ""), m[2], m[1])),
    ...[...text.matchAll(ISO)].map((m) => found(m, m[1], Number(m[2]), m[3])),
  ]
    .filter((date): date is FoundDate => date !== null)
    .sort((a, b) => a.index - b.index);
}

/** The full weekday name an abbreviation or name stands for ("Wed" → "Wednesday"). */
export function fullWeekday(written: string): string | undefined {
  const prefix = written.slice(0, 3).toLowerCase();
  return WEEKDAYS.find((day) => day.slice(0, 3).toLowerCase() === prefix);
}
