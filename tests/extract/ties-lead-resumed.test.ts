import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** An aside about another engagement closes a paragraph about the lead one: invented sentences only. */

function topicsOfMain(text: string, published: string): string[] {
  const main = extractText(text, published).engagements.find((engagement) => engagement.role === "main");
  return main ? main.topics.map((topic) => topic.slug) : [];
}

const interrupted = (last: string, lead = "Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.") =>
  [`${lead} Joe Biden and Xi Jinping met in California last November.`, "", last].join("\n");

describe("a participant of the held lead engagement speaking after the aside", () => {
  it("takes the lead engagement's thread up again", () => {
    expect(topicsOfMain(interrupted("Austin urged Beijing to keep military hotlines open, officials said."), "2024-06-01")).toContain("military-communication");
  });

  it("does not when the participant does something else than give an account", () => {
    expect(topicsOfMain(interrupted("Austin later toured a naval base that runs a hotline with Japan."), "2024-06-01")).not.toContain("military-communication");
  });

  it("does not when the other engagement had a paragraph of its own", () => {
    const text = ["Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.", "", "Joe Biden and Xi Jinping met in California last November.", "", "Austin urged Beijing to keep military hotlines open, officials said."].join("\n");
    expect(topicsOfMain(text, "2024-06-01")).not.toContain("military-communication");
  });

  it("does not when the lead engagement is still to come", () => {
    const text = interrupted("Austin urged Beijing to keep military hotlines open, officials said.", "Lloyd Austin will meet Chinese Defense Minister Dong Jun in Singapore on Friday.");
    expect(topicsOfMain(text, "2024-05-28")).not.toContain("military-communication");
  });
});

describe("a courtesy title before the participant's name", () => {
  it("still opens the sentence with the participant", () => {
    expect(topicsOfMain(interrupted("Mr. Austin urged Beijing to keep military hotlines open, officials said."), "2024-06-01")).toContain("military-communication");
  });

  it("other words before the name do not", () => {
    expect(topicsOfMain(interrupted("A day later Austin urged Beijing to keep military hotlines open, officials said."), "2024-06-01")).not.toContain("military-communication");
  });
});
