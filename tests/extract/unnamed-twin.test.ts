import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A meeting told once with the officials' names but no place or day, and once without names but
 * placed and dated, is one meeting: the only engagement of both sides' named officials that the
 * article neither places nor dates takes the place and day. Invented sentences only.
 */

function seen(text: string, published: string) {
  return extractText(text, published).engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name).sort(),
    date: engagement.date,
    place: engagement.place?.name ?? null,
  }));
}

const UNNAMED = "Senior trade officials from China and the United States gathered for fresh talks in Stockholm on Monday to calm a tariff fight. ";
const NAMED = "Treasury Secretary Scott Bessent and Vice Premier He Lifeng were meeting at a government guesthouse for talks that Bessent expects to extend the truce. ";

describe("a named meeting and its unnamed twin", () => {
  it("are one engagement, placed and dated by the twin", () => {
    expect(seen(UNNAMED + NAMED, "2025-07-29")).toEqual([{ people: ["He Lifeng", "Scott Bessent"], date: "2025-07-28", place: "Stockholm" }]);
  });

  it("dates the named meeting already placed in the twin's city", () => {
    const placedHere = "Vice Premier He Lifeng held talks with Treasury Secretary Scott Bessent at a palace in Stockholm. ";
    expect(seen(UNNAMED + placedHere, "2025-07-29")).toEqual([{ people: ["He Lifeng", "Scott Bessent"], date: "2025-07-28", place: "Stockholm" }]);
  });
});

describe("what stays apart", () => {
  it("leaves the unnamed meeting alone when two named ones could be it", () => {
    const other = "Secretary of State Marco Rubio was meeting Foreign Minister Wang Yi at a hotel for talks on other matters.";
    const found = seen(UNNAMED + NAMED + other, "2025-07-29");
    expect(found.filter((engagement) => engagement.place === "Stockholm")).toEqual([{ people: [], date: "2025-07-28", place: "Stockholm" }]);
  });

  it("does not move a named meeting the article already placed", () => {
    const placed = "Treasury Secretary Scott Bessent and Vice Premier He Lifeng held trade talks in Geneva in May.";
    const found = seen(UNNAMED + placed, "2025-07-29");
    expect(found.find((engagement) => engagement.people.length > 0)?.place).toBe("Geneva");
    expect(found.find((engagement) => engagement.place === "Stockholm")?.people).toEqual([]);
  });

  it("keeps the day of a named meeting the article already dated", () => {
    const dated = "Vice Premier He Lifeng held talks with Treasury Secretary Scott Bessent in Stockholm on Sunday. ";
    expect(seen(UNNAMED + dated, "2025-07-29")).toEqual([{ people: ["He Lifeng", "Scott Bessent"], date: "2025-07-27", place: "Stockholm" }]);
  });
});
