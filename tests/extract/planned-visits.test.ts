import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A report of one trip that adds, in a clause of its own opened by "while" or "with", the
 * other side's trip back: each is an engagement of its own traveller. Invented sentences.
 */

const trips = (text: string) =>
  extractText(text, "2024-03-01")
    .engagements.map((engagement) => ({ people: engagement.participants.map((participant) => participant.name).sort(), place: engagement.place?.name ?? null, status: engagement.status }))
    .sort((a, b) => a.people.join().localeCompare(b.people.join()));

describe("a trip back in a clause of its own", () => {
  it("splits a trip answered by a reciprocal one, however the clause words it", () => {
    expect(trips("Secretary of State Antony Blinken said he plans to visit China in June, with Foreign Minister Wang Yi reciprocating in the United States later in the year.")).toEqual([
      { people: ["Antony Blinken"], place: "China", status: "planned" },
      { people: ["Wang Yi"], place: "United States", status: "planned" },
    ]);
    expect(trips("President Joe Biden said he would travel to Beijing in the spring, while President Xi Jinping will pay a state visit to the United States in the autumn.")).toEqual([
      { people: ["Joe Biden"], place: "Beijing", status: "planned" },
      { people: ["Xi Jinping"], place: "United States", status: "planned" },
    ]);
  });

  it("reads the clause apart from an invitation before it", () => {
    expect(trips("Xi Jinping invited Joe Biden to visit Beijing, while Xi Jinping will make a state visit to the United States in the autumn.")).toEqual([
      { people: ["Xi Jinping"], place: "United States", status: "planned" },
    ]);
  });

  it("finds no trip back where the clause names none", () => {
    // the subject of the clause stays in its own country
    expect(trips("Antony Blinken will visit Beijing next week, while Wang Yi remains in Beijing.").some((trip) => trip.place === "United States")).toBe(false);
    // no traveller opens the clause
    expect(trips("Antony Blinken will visit Beijing next week, with officials saying Wang Yi may travel to Washington.").some((trip) => trip.people.join() === "Wang Yi")).toBe(false);
    // a sentence about no trip before the clause
    expect(trips("Janet Yellen met He Lifeng in Beijing on Friday, while Wang Yi was in New York.").some((trip) => trip.people.join() === "Wang Yi")).toBe(false);
    // a clause reporting a meeting of its own is no trip
    expect(trips("Antony Blinken will visit Beijing next week, with Wang Yi having met him in Washington in January.").some((trip) => trip.people.join() === "Wang Yi" && trip.place === "Washington")).toBe(false);
    // "reciprocating the offer" returns no trip
    expect(trips("Xi Jinping invited Joe Biden to visit China, with Joe Biden reciprocating the offer.")).toEqual([]);
  });
});
