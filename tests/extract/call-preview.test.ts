import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A speaking verb followed by what was (or was to be) said ("were set to speak about …", "talked about …") previews or reports
 * the call the story is about: it joins that call, and its subjects are the call's topics. Invented sentences only.
 */

function engagementsOf(text: string, published: string) {
  return extractText(`${text}\n`, published).engagements.map((engagement) => ({ kind: engagement.kind, status: engagement.status, topics: engagement.topics.map((topic) => topic.slug) }));
}

describe("a speaking verb with its subject after a call", () => {
  it("previews that call", () => {
    const engagements = engagementsOf("Joe Biden and Xi Jinping held a phone call on Thursday. The two presidents were due to speak about fentanyl and Taiwan, an aide said.", "2024-05-10");
    expect(engagements).toEqual([{ kind: "leader-call", status: "held", topics: expect.arrayContaining(["fentanyl", "taiwan"]) }]);
  });

  it("reports that call", () => {
    const engagements = engagementsOf("Antony Blinken and Wang Yi held a phone call on Monday. Blinken spoke with Wang about chip exports and fentanyl, his office said.", "2024-02-06");
    expect(engagements).toEqual([{ kind: "ministerial-meeting", status: "held", topics: expect.arrayContaining(["export-controls", "fentanyl"]) }]);
  });
});

describe("a speaking verb that is no part of the call", () => {
  it("stays apart when it has a place of its own", () => {
    const engagements = engagementsOf("Joe Biden and Xi Jinping held a phone call on Thursday. The two presidents spoke about fentanyl in Bali in 2022.", "2024-05-10");
    expect(engagements.map((engagement) => engagement.kind)).toEqual(["leader-call", "leader-summit"]);
  });

  it("stays apart without a subject", () => {
    const engagements = engagementsOf("Joe Biden and Xi Jinping held a phone call on Thursday. The two presidents are expected to speak again at a summit in Lima.", "2024-05-10");
    expect(engagements.map((engagement) => engagement.status)).toEqual(["held", "planned"]);
  });
});
