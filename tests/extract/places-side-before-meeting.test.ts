import { describe, expect, it } from "vitest";
import { findPlaces } from "@/lib/extract/steps/find-places";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** "China talks" names the party met, "China trip" where someone goes, "Geneva talks" where talks are held. Invented sentences. */

const locative = (text: string) => {
  const state = stateAfter([segmentStep], text);
  return findPlaces(state.text, state.sentences).filter((place) => place.locative).map((place) => place.name);
};

describe("one side's name before a meeting word", () => {
  it("is no place of the talks", () => {
    expect(locative("Bessent hopes for China talks next week.")).toEqual([]);
    expect(locative("Markets cheered the China trade talks.")).toEqual([]);
  });

  it("still places a trip, and a city's talks", () => {
    expect(locative("Her China trip was cut short.")).toEqual(["China"]);
    expect(locative("The Geneva talks ended early.")).toEqual(["Geneva"]);
  });

  it("stands for that side at the talks, which are placed where the sentence says", () => {
    const engagements = extractText("Treasury Secretary Scott Bessent hopes for China talks in Malaysia next week.", "2025-10-18").engagements;
    expect(engagements.map((engagement) => ({ people: engagement.participants.map((participant) => participant.name), place: engagement.place?.name ?? null }))).toEqual([
      { people: ["Scott Bessent"], place: "Malaysia" },
    ]);
  });
});
