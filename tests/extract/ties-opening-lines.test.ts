import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Opening lines and deck lines that speak of the participants: invented sentences only. */

function topicsOfMain(text: string, published: string): string[] {
  const main = extractText(text, published).engagements.find((engagement) => engagement.role === "main");
  return main ? main.topics.map((topic) => topic.slug) : [];
}

describe("an opening line about the participants, before the lead", () => {
  it("gives its subjects to the engagement the article opens with", () => {
    const text = [
      "The two presidents went over North Korea and climate policy, Washington said.",
      "",
      "President Joe Biden held a video call with Chinese President Xi Jinping on Tuesday, the White House said.",
    ].join("\n");
    expect(topicsOfMain(text, "2023-03-15")).toEqual(expect.arrayContaining(["north-korea", "climate"]));
  });

  it("does not when the opening line names other leaders", () => {
    const text = [
      "Leaders of Japan and South Korea talked about North Korea in Seoul.",
      "",
      "President Joe Biden held a video call with Chinese President Xi Jinping on Tuesday, the White House said.",
    ].join("\n");
    expect(topicsOfMain(text, "2023-03-15")).not.toContain("north-korea");
  });

  it("does not when it is about something else than the participants", () => {
    const text = [
      "Markets fell on worries about North Korea.",
      "",
      "President Joe Biden held a video call with Chinese President Xi Jinping on Tuesday, the White House said.",
    ].join("\n");
    expect(topicsOfMain(text, "2023-03-15")).not.toContain("north-korea");
  });
});

describe("a paragraph opening with \"Leaders\"", () => {
  it("goes on with the engagement of the paragraph before", () => {
    const text = [
      "Joe Biden and Xi Jinping met for three hours on Monday at a resort on the island of Bali.",
      "",
      "Leaders pledged joint work on methane and food supplies, officials said.",
    ].join("\n");
    expect(topicsOfMain(text, "2022-11-15")).toContain("climate");
  });

  it("but leaders of other countries do not", () => {
    const text = [
      "Joe Biden and Xi Jinping met for three hours on Monday at a resort on the island of Bali.",
      "",
      "Leaders from Europe pledged joint work on methane and food supplies, officials said.",
    ].join("\n");
    expect(topicsOfMain(text, "2022-11-15")).not.toContain("climate");
  });
});
