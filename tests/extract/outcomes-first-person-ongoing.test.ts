import { describe, expect, it } from "vitest";
import { announcementsAfterLead } from "./helpers";

/** A participant quoted on what their side goes on doing with the other ("we will keep up our talks with …") announces it; their resolve does not. Sentences invented. */

const TALKS = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.";

function announcementsOf(text: string): string[] {
  return announcementsAfterLead(TALKS, text, "2024-06-03");
}

describe("a side's own word on going on with the other", () => {
  it.each([
    ["continue", '"We will continue discussions with the Chinese navy on safety at sea," Austin wrote afterwards.', "Discussions with the Chinese navy on safety at sea"],
    ["keep up, contracted", 'Austin told reporters: "We\'ll keep up our dialogue with the PLA on crisis hotlines."', "Our dialogue with the PLA on crisis hotlines"],
  ])("%s", (_, sentence, statement) => {
    expect(announcementsOf(sentence)).toEqual([statement]);
  });
});

describe("what announces nothing", () => {
  it.each([
    ["resolve", '"We will continue to defend our interests in the region," Austin said.'],
    ["no joint activity after the verb", '"We will maintain our presence in the Pacific," Austin said.'],
    ["another speaker's plan", '"We will continue building ships for our fleet," a shipyard manager said.'],
  ])("%s", (_, sentence) => {
    expect(announcementsOf(sentence)).toEqual([]);
  });
});
