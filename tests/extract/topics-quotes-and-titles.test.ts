import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Which sentences a topic is read from, and the cues added in session 8. */

function mainTopics(text: string): string[] {
  const main = extractText(`${text}\n`, "2024-06-18").engagements.find((engagement) => engagement.role === "main");
  return main?.topics.map((topic) => topic.slug) ?? [];
}

describe("a participant's quote between two sentences of the engagement", () => {
  const OPENING = "The two governments exchanged sharp words on Thursday in the first in-person talks of the new administration, held in Anchorage. Secretary of State Antony Blinken opened the meeting with Chinese Foreign Minister Wang Yi in a hotel ballroom.";
  const CLOSING = '"Such conduct undermines stability," he said. Wang replied with a long speech.';

  it("counts the subjects a participant names in it", () => {
    const text = `${OPENING} "We will set out our worries about Tibet, hacking and pressure on our allies," Mr Blinken said at the start of the first meeting. ${CLOSING}`;
    expect(mainTopics(text)).toEqual(expect.arrayContaining(["tibet", "cyber"]));
  });

  it("does not count what an outsider says there", () => {
    const text = `${OPENING} "Beijing worries about Tibet, hacking and pressure on its allies," a Japanese diplomat said at the start of the first meeting. ${CLOSING}`;
    expect(mainTopics(text)).not.toContain("tibet");
  });
});
