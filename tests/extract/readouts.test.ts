import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** State-media readouts: "held a phone conversation", "X stressed that …", "For his part, …", "The two heads of state agreed …". */

function mainOf(text: string) {
  return extractText(`${text}\n`, "2024-06-18").engagements.find((engagement) => engagement.role === "main");
}

const CALL = "BEIJING, June 18 -- Chinese President Xi Jinping held a phone conversation with U.S. President Joe Biden on Tuesday.";

describe("readout paragraphs stay with the call", () => {
  it("a meeting named only as the start of a span of time does not take over the paragraphs after it", () => {
    const text = `${CALL}\n\nXi pointed out that since the Lima meeting last year, the two teams have worked hard.\n\nXi stressed that the Taiwan question is a red line.`;
    expect(mainOf(text)?.topics.map((topic) => topic.slug)).toContain("taiwan");
  });

  it("'For his part, Biden said …' and 'The two heads of state …' continue the account", () => {
    const text = `${CALL}\n\nXi spoke about the Taiwan question.\n\nFor his part, Biden said the U.S. remains concerned about fentanyl.\n\nThe two heads of state also exchanged views on the Korean Peninsula.`;
    expect(mainOf(text)?.topics.map((topic) => topic.slug)).toEqual(expect.arrayContaining(["taiwan", "fentanyl", "north-korea"]));
  });
});

describe("features that wander and come back", () => {
  const VISIT = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday.";

  it("a paragraph opening with a participant picks the thread up after an aside", () => {
    const text = `${VISIT} The talks were long.\n\nThe city was quiet that week, and the weather mild.\n\nWang raised the South China Sea.`;
    expect(mainOf(text)?.topics.map((topic) => topic.slug)).toContain("south-china-sea");
  });

  it("'On X, a U.S. official said …' continues the account", () => {
    const text = `${VISIT} The talks were long.\n\nOn fentanyl, a U.S. official said Chinese authorities had taken some steps.`;
    expect(mainOf(text)?.topics.map((topic) => topic.slug)).toContain("fentanyl");
  });

  it("the thread does not come back after another engagement begins", () => {
    const text = `${VISIT} The talks were long.\n\nTreasury Secretary Janet Yellen met Vice Premier He Lifeng in Guangzhou earlier this month.\n\nThe weather was mild.\n\nWang raised the South China Sea.`;
    expect(mainOf(text)?.topics.map((topic) => topic.slug)).not.toContain("south-china-sea");
  });
});

describe("plans agreed at a meeting", () => {
  const MEETING = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.";

  it("'It followed a call in April' is background, not the engagement the next paragraph speaks of", () => {
    const text = `${MEETING} It followed a video call between the two men in April.\n\nAustin raised the South China Sea.`;
    const engagements = extractText(`${text}\n`, "2024-06-01").engagements;
    const main = engagements.find((engagement) => engagement.role === "main");
    expect(main?.topics.map((topic) => topic.slug)).toContain("south-china-sea");
  });

  it("'the two sides would hold a video call' is an agreement of the meeting spoken of", () => {
    const text = `${MEETING}\n\nA Pentagon statement said Austin stressed open lines of communication. The statement said the two sides would hold a video call between theater commanders in the coming months.`;
    const main = mainOf(text);
    expect(main?.outcomes.map((outcome) => `${outcome.status} ${outcome.topic}`)).toContain("agreed military-communication");
  });
});
