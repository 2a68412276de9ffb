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

describe("a known official's name as a reporter misspells it", () => {
  it("reads a titled name one letter off a known given name as that official", () => {
    expect(sidesIn("Chinese trade envoy Li Chengang said the round was useful.")).toContainEqual({ name: "Li Chenggang", side: "CN" });
    expect(sidesIn("Chinese Foreign Ministry spokesperson Wang Wengbin answered questions.")).toContainEqual({ name: "Wang Wenbin", side: "CN" });
  });

  it("never changes a surname, allows one edit only, and keeps the side", () => {
    expect(namesIn("U.S. Army spokesman Mark Miller said the drills ended.")).not.toContain("Mark Milley");
    expect(namesIn("Chinese trade envoy Li Chengong said the round was useful.")).not.toContain("Li Chenggang");
    expect(namesIn("U.S. trade envoy Li Chengang said the round was useful.")).not.toContain("Li Chenggang");
  });
});

describe("a surname followed by another name word", () => {
  it("is someone else's name, not the official named before", () => {
    const people = stateAfter([segmentStep, findPeopleStep], "Wang Yi met Rubio in Kuala Lumpur. A spokesperson, Wang Tianhe, said the talks went well.").people;
    expect(people.filter((person) => person.name === "Wang Yi")).toHaveLength(1);
  });

  it("still means the official when the next word opens no name", () => {
    const people = stateAfter([segmentStep, findPeopleStep], "Wang Yi met Rubio in Kuala Lumpur. Speaking to reporters, Wang Tuesday called the talks useful, and Wang added more.").people;
    expect(people.filter((person) => person.name === "Wang Yi")).toHaveLength(3);
  });
});

describe("the surname He", () => {
  it("is the vice premier after a title or inside a sentence, once he was named in full", () => {
    const text = "Vice Premier He Lifeng flew to Madrid. On Monday, Bessent and He met for six hours. Mr He later left.";
    expect(stateAfter([segmentStep, findPeopleStep], text).people.filter((person) => person.name === "He Lifeng")).toHaveLength(3);
  });

  it("is the pronoun where a sentence opens or after a quote", () => {
    const text = "Vice Premier He Lifeng flew to Madrid. He met Bessent on Monday. “He was candid,” an aide said.";
    expect(stateAfter([segmentStep, findPeopleStep], text).people.filter((person) => person.name === "He Lifeng")).toHaveLength(1);
  });
});

describe("a spokesperson with a military rank", () => {
  it("is marked a spokesperson through the rank", () => {
    const found = stateAfter([segmentStep, findPeopleStep], "Pentagon press secretary Brigadier General Owen Fairley said the call was useful.").people;
    expect(found.find((person) => person.name === "Owen Fairley")?.spokesperson).toBe(true);
  });

  it("is not when the rank stands alone", () => {
    const found = stateAfter([segmentStep, findPeopleStep], "Brigadier General Owen Fairley, the Pentagon's policy chief for Asia, said the call was useful.").people;
    expect(found.find((person) => person.name === "Owen Fairley")?.spokesperson).toBe(false);
  });
});

describe("an unknown official's surname after the full name", () => {
  it("means that official, a spokesperson staying one", () => {
    const found = stateAfter([segmentStep, findPeopleStep], "Chinese defense ministry spokesman Senior Colonel Zhou Hanbo spoke first. “The call was useful,” Zhou said.").people;
    const later = found.filter((person) => person.text === "Zhou");
    expect(later.map(({ name, spokesperson }) => ({ name, spokesperson }))).toEqual([{ name: "Zhou Hanbo", spokesperson: true }]);
  });

  it("does not before the full name, nor inside another name", () => {
    const found = stateAfter([segmentStep, findPeopleStep], "Zhou spoke early. Chinese defense ministry spokesman Senior Colonel Zhou Hanbo spoke next. Then Amy Zhou Lin left.").people;
    expect(found.filter((person) => person.text === "Zhou")).toEqual([]);
  });
});

describe("a text cut short in the middle of a title", () => {
  it("reads no official from the last words of a text that stops mid-word", () => {
    expect(namesIn("The minister also held talks with U.S. Secretary of State Antony Blinken and then sat down with Assistant to the U.S. President for Economic Policy Ja")).toEqual(["Antony Blinken"]);
  });

  it("still reads an unknown official whose name ends a sentence", () => {
    expect(namesIn("The delegation was led by U.S. Assistant Secretary Maria Okafor.")).toContain("Maria Okafor");
  });
});

describe("an unknown name read only in a headline", () => {
  it("is no one when every word of the line is capitalised and the story never writes it again", () => {
    const text = "U.S. Ambassador Brennan Held Frank Talks With China’s Trade Chief\n\nThe ambassador met Vice Premier He Lifeng in Beijing on Monday.";
    expect(namesIn(text)).not.toContain("Brennan Held Frank");
    expect(namesIn(text)).toContain("He Lifeng");
  });

  it("is kept when the story names the same official again", () => {
    const text = "Beijing Talks Went Well, Says U.S. Ambassador Maren Colby\n\nU.S. Ambassador Maren Colby met Chinese officials in Beijing on Monday.";
    expect(namesIn(text).filter((name) => name === "Maren Colby")).toHaveLength(2);
  });

  it("is kept in an ordinary sentence", () => {
    expect(namesIn("U.S. Ambassador Maren Colby met Chinese officials in Beijing on Monday.")).toContain("Maren Colby");
  });
});
