import { describe, expect, it } from "vitest";
import { dayByTenure } from "@/lib/extract/steps/date-by-tenure";
import { personBySlug, type KnownPerson } from "@/lib/gazetteer/people";
import { extractText } from "./helpers";

/** A day written without a year, in a report with no publication date: the weekday and the participants' terms date it, or nothing does. */

function people(...slugs: string[]): KnownPerson[] {
  return slugs.map((slug) => {
    const person = personBySlug(slug);
    if (!person) throw new Error(`no ${slug} in the gazetteer`);
    return person;
  });
}

function mainDate(text: string, published: string | null = null): string | null | undefined {
  return extractText(text, published).engagements.find((engagement) => engagement.role === "main")?.date;
}

describe("the year of a weekday written with its day", () => {
  it("is the one year both defence chiefs were in office with that weekday", () => {
    expect(dayByTenure({ month: 4, day: 16, weekday: 2 }, people("dong-jun", "lloyd-austin"))).toBe("2024-04-16");
  });

  it("is nothing when no year of their terms has that weekday", () => {
    expect(dayByTenure({ month: 4, day: 16, weekday: 1 }, people("dong-jun", "lloyd-austin"))).toBeNull();
  });

  it("is nothing without a weekday or without known participants", () => {
    expect(dayByTenure({ month: 4, day: 16, weekday: null }, people("dong-jun", "lloyd-austin"))).toBeNull();
    expect(dayByTenure({ month: 4, day: 16, weekday: 2 }, [])).toBeNull();
  });

  it("is nothing when several years of long terms fit", () => {
    expect(dayByTenure({ month: 3, day: 5, weekday: 2 }, people("xi-jinping"))).toBeNull();
  });
});

describe("in an undated report", () => {
  it("dates a call written 'on Tuesday (April 16)'", () => {
    expect(mainDate("Chinese Defense Minister Dong Jun and U.S. Defense Secretary Lloyd Austin held a video call on Tuesday (April 16), the ministry said.")).toBe("2024-04-16");
  });

  it("leaves it undated when the weekday fits none of their shared years", () => {
    expect(mainDate("Chinese Defense Minister Dong Jun and U.S. Defense Secretary Lloyd Austin held a video call on Monday (April 16), the ministry said.")).toBeNull();
  });

  it("counts from the publication date when there is one", () => {
    expect(mainDate("Chinese Defense Minister Dong Jun and U.S. Defense Secretary Lloyd Austin held a video call on Tuesday (April 16), the ministry said.", "2024-04-18")).toBe("2024-04-16");
  });
});
