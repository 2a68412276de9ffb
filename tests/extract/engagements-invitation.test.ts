import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** "At the invitation of" says on whose asking a meeting took place; an invitation not yet taken up is no meeting. Invented sentences. */

const people = (text: string) => extractText(text, "2023-12-22").engagements.map((engagement) => engagement.participants.map((participant) => participant.name).sort());

describe("an invitation beside a meeting word", () => {
  it("does not stop a meeting held at someone's invitation", () => {
    expect(people("General Liu Zhenli held a video call at the invitation of General Charles Q. Brown on Thursday.")).toEqual([["Charles Q. Brown Jr.", "Liu Zhenli"]]);
    expect(people("Foreign Minister Wang Yi met Secretary of State Antony Blinken at invitation in Beijing on Monday.")).toEqual([["Antony Blinken", "Wang Yi"]]);
  });

  it("still keeps an invitation to meet from becoming a meeting", () => {
    expect(people("Foreign Minister Wang Yi extended an invitation to Secretary of State Antony Blinken to visit Beijing.")).toEqual([]);
  });
});
