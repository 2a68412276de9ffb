import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * An engagement told with one side unnamed ("his Chinese counterpart", a trip to Beijing) whose other side the next sentence
 * names: the officials met there are that side. Invented sentences only.
 */

interface Seen {
  people: string[];
  place: string | null;
  topics: string[];
}

function engagements(text: string, published = "2024-06-10"): Seen[] {
  return extractText(text, published).engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name).sort(),
    place: engagement.place?.name ?? null,
    topics: engagement.topics.map((topic) => topic.slug),
  }));
}

function people(text: string): string[][] {
  return engagements(text).map((engagement) => engagement.people);
}

describe("the other side named in the next sentence", () => {
  it("takes the official a participant will see there", () => {
    const text = "Secretary of State Antony Blinken will hold talks with his Chinese counterpart in Jakarta next week, officials said. Blinken will see Foreign Minister Wang Yi on the sidelines of the gathering.";
    expect(people(text)).toEqual([["Antony Blinken", "Wang Yi"]]);
  });

  it("reads he as the one who went, when the engagement has one", () => {
    const text = "Secretary of State Antony Blinken held talks in Beijing on Monday. He sat down with Foreign Minister Wang Yi for five hours.";
    expect(people(text)).toEqual([["Antony Blinken", "Wang Yi"]]);
  });

  it("takes everyone listed as met, and those of the first side meeting them", () => {
    const text =
      "Secretary of State Antony Blinken will meet senior Chinese officials in Honolulu on June 20. Blinken and national security adviser Jake Sullivan " +
      "plan to discuss a long list of disputes with Foreign Minister Wang Yi and Vice Premier He Lifeng, the department said.";
    expect(people(text)).toEqual([["Antony Blinken", "He Lifeng", "Jake Sullivan", "Wang Yi"]]);
  });

  it("joins a call told as the one just reported that names the counterpart beside the one already there", () => {
    const text = "Defense Secretary Lloyd Austin spoke with his Chinese counterpart on Tuesday. Tuesday's video call was the first time Austin has spoken with Adm. Dong Jun.";
    expect(people(text)).toEqual([["Dong Jun", "Lloyd Austin"]]);
  });
});

describe("what the next sentence does not complete", () => {
  it("makes no US–China engagement of a trip to a third country", () => {
    const text = "Secretary of State Antony Blinken arrived in Jakarta on Monday. He sat down with Indonesian Foreign Minister Retno Marsudi for two hours.";
    expect(people(text)).toEqual([]);
  });

  it("does not add an official of the other side the participant only speaks of", () => {
    const text = "Secretary of State Antony Blinken will hold talks with his Chinese counterpart in Jakarta next week. Blinken has often criticized President Xi Jinping over Taiwan.";
    expect(people(text)).toEqual([["Antony Blinken"]]);
  });

  it("keeps apart another contact of the participant that is not told as the one reported", () => {
    const text = "Defense Secretary Lloyd Austin spoke with his Chinese counterpart on Tuesday. Austin held a video call with Premier Li Qiang as well.";
    expect(people(text)).toEqual([["Lloyd Austin"], ["Li Qiang", "Lloyd Austin"]]);
  });
});

describe("words about another side's officials in the completing sentence", () => {
  it("places no meeting in the two capitals that stand for the sides", () => {
    const text = "Defense Secretary Lloyd Austin spoke with Adm. Dong Jun on Tuesday, the latest contact between officials in Washington and Beijing.";
    expect(engagements(text)).toEqual([expect.objectContaining({ people: ["Dong Jun", "Lloyd Austin"], place: null })]);
  });

  it("reads no Ukraine war in the title of Russia's foreign minister", () => {
    const text =
      "Secretary of State Antony Blinken will hold talks with his Chinese counterpart in Jakarta next week. " +
      "Blinken will see Foreign Minister Wang Yi there, the department said, without a word on any session with Russian Foreign Minister Sergey Lavrov.";
    expect(engagements(text)).toEqual([expect.objectContaining({ people: ["Antony Blinken", "Wang Yi"], topics: [] })]);
  });
});
