import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** The main engagement placed where the article places its news, when its own sentences do not say the city. */

function mainOf(text: string, published = "2025-05-12") {
  const { engagements } = extractText(text, published);
  return engagements.find((engagement) => engagement.role === "main");
}

describe("the main engagement takes the article's one city", () => {
  it("refines a country to the city the article names in it", () => {
    const main = mainOf([
      "Blinken to meet Wang Yi in Vientiane",
      "U.S. Secretary of State Antony Blinken will meet Chinese Foreign Minister Wang Yi on Thursday as ministers gather in Laos for a regional forum.",
    ].join("\n"));
    expect(main?.place).toEqual({ name: "Vientiane", country: "Laos" });
    expect(main?.placeEvidence?.[0]?.exact).toBe("Vientiane");
  });

  it("places an engagement its own sentences leave unplaced", () => {
    const main = mainOf(["Trade talks open in Geneva", "On Saturday, U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng."].join("\n"));
    expect(main?.place).toEqual({ name: "Geneva", country: "Switzerland" });
  });

  it("does not choose between two cities", () => {
    const main = mainOf(["Trade talks open in Geneva", "On Saturday, U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng.", "Bessent is due to fly on to London next week."].join("\n"));
    expect(main?.place).toBeNull();
  });

  it("does not take the city of a photo dated to another day", () => {
    const main = mainOf([
      "FILE PHOTO: Scott Bessent speaks at a conference in London, March 3, 2025.",
      "U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng on Saturday, the ministry said.",
    ].join("\n"));
    expect(main?.place).toBeNull();
  });

  it("never places a call", () => {
    const main = mainOf(["Leaders speak by phone as envoys gather in Geneva", "President Donald Trump spoke by phone with President Xi Jinping on Friday."].join("\n"));
    expect(main?.place).toBeNull();
  });
});
