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
