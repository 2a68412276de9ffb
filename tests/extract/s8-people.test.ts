import { describe, expect, it } from "vitest";
import { findPeopleStep } from "@/lib/extract/steps/find-people";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { stateAfter } from "./helpers";

/** Recognition of people on real reporting (session 8); every sentence is written for the test. */

function namesIn(text: string): string[] {
  return stateAfter([segmentStep, findPeopleStep], text).people.map((person) => person.name);
}

describe("a short name after its title or country", () => {
  it.each([
    ["The minister later met US Secretary of Commerce Raimondo in Seattle.", "Gina Raimondo"],
    ["Talks: US Deputy Sec Campbell phones his Chinese counterpart", "Kurt Campbell"],
    ["Officials said the president and China's Xi spoke for an hour.", "Xi Jinping"],
  ])("%s → %s", (text, name) => {
    expect(namesIn(text)).toContain(name);
  });

  it("still reads a capitalised word that is no title as part of another name", () => {
    expect(namesIn("The novelist Maria Raimondo read in Seattle.")).not.toContain("Gina Raimondo");
    expect(namesIn("The court heard Treasury Raimondo Holdings in Seattle.")).not.toContain("Gina Raimondo");
  });
});

function sidesIn(text: string): { name: string; side: string }[] {
  return stateAfter([segmentStep, findPeopleStep], text).people.map(({ name, side }) => ({ name, side }));
}

describe("an official missing from the gazetteer, named with a rank", () => {
  it.each([
    ["“We want safe skies,” said Rear Admiral Dana McAllister, US delegation lead for the naval talks.", "Dana McAllister", "US"],
    ["Brigadier General Owen Fairley, the Pentagon's policy chief for Asia, joined by video.", "Owen Fairley", "US"],
    ["Chinese defense ministry spokesman Senior Colonel Zhou Hanbo told reporters the talks went well.", "Zhou Hanbo", "CN"],
  ])("%s → %s (%s)", (text, name, side) => {
    expect(sidesIn(text)).toContainEqual({ name, side });
  });

  it("keeps the rank out of the name and reads no pronoun 'us' as the United States", () => {
    expect(sidesIn("Chinese defense ministry spokesman Senior Colonel Zhou Hanbo spoke.").map((person) => person.name)).not.toContain("Senior Colonel Zhou");
    expect(sidesIn("Major General Dana McAllister, who told us little, left.")).toEqual([]);
  });
});
