/**
 * iCalendar (RFC 5545) text: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, TEXT values escaped, all-day events as DATE values with an exclusive end.
 */

export interface CalendarEvent {
  /** stable across exports, so calendar apps update rather than duplicate */
  uid: string;
  /** yyyy-mm-dd, first day */
  start: string;
  /** yyyy-mm-dd, the day after the last day (DTEND is exclusive) */
  endExclusive: string;
  /** when the record was made, as the required DTSTAMP */
  stamp: Date;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  categories: string[];
}

export interface Calendar {
  name: string;
  events: CalendarEvent[];
}

const CRLF = "\r\n";
const FOLD_AT = 75;

export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Splits a content line into 75-octet pieces; continuation lines start with one space (counted). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = "";
  let size = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    const limit = pieces.length === 0 ? FOLD_AT : FOLD_AT - 1;
    if (size + octets > limit) {
      pieces.push(current);
      current = "";
      size = 0;
    }
    current += character;
    size += octets;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

const asDate = (day: string) => day.replaceAll("-", "");
const asUtcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

function formatEvent(event: CalendarEvent): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${asUtcStamp(event.stamp)}`,
    `DTSTART;VALUE=DATE:${asDate(event.start)}`,
    `DTEND;VALUE=DATE:${asDate(event.endExclusive)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location === null ? [] : [`LOCATION:${escapeText(event.location)}`]),
    ...(event.categories.length === 0 ? [] : [`CATEGORIES:${event.categories.map(escapeText).join(",")}`]),
    `URL;VALUE=URI:${event.url}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

const toText = (lines: string[]) => lines.map((line) => foldLine(line) + CRLF).join("");

/** The calendar's opening lines; events and the closing line follow (a calendar can be streamed). */
export function formatCalendarStart(name: string): string {
  return toText(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Readout//US-China engagements//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(name)}`]);
}

export function formatCalendarEvents(events: CalendarEvent[]): string {
  return toText(events.flatMap(formatEvent));
}

export const CALENDAR_END = toText(["END:VCALENDAR"]);

export function formatCalendar(calendar: Calendar): string {
  return formatCalendarStart(calendar.name) + formatCalendarEvents(calendar.events) + CALENDAR_END;
}

/** The day after a yyyy-mm-dd day, in UTC so no time zone shifts it. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The first day of the month after the one containing `day`. */
export function nextMonthStart(day: string): string {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}
