import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** The main engagement placed where the article places its news, when its own sentences do not say the city. */

function mainOf(text: string, published: string | null = "2025-05-12") {
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

describe("a country refined to the one city the article names in it", () => {
  it("takes the city named later for the gathering", () => {
    const text = ["Secretary of State Antony Blinken will hold talks with Chinese Foreign Minister Wang Yi this week in Norway, the State Department said.", "The foreign ministers gather in Bergen for two days; afterwards Blinken flies on to Helsinki, Finland."].join("\n");
    expect(mainOf(text)?.place?.name).toBe("Bergen");
  });

  it("keeps the country when it names two cities in it", () => {
    const text = ["Secretary of State Antony Blinken will hold talks with Chinese Foreign Minister Wang Yi this week in Norway, the State Department said.", "Ministers will gather in Bergen and later in Oslo."].join("\n");
    expect(mainOf(text)?.place?.name).toBe("Norway");
  });
});

describe("a place discussed is not where the talks were", () => {
  it("settles on the forum's city, not the conflict raised", () => {
    const text = ["Defense chiefs meet at Shangri-La Dialogue", "U.S. Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun on Friday.", "Austin raised the war in Gaza and the fighting in Kyiv."].join("\n");
    expect(mainOf(text)?.place?.name).toBe("Singapore");
  });
});

describe("a venue named right after the engagement's word", () => {
  it("is written with the engagement's city", () => {
    const main = mainOf(["U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Oslo on Saturday.", "The talks, held at Norway's Akershus government offices, lasted six hours."].join("\n"));
    expect(main?.place).toEqual({ name: "Akershus, Oslo", country: "Norway" });
    expect(main?.placeEvidence?.[0]?.exact).toBe("Akershus");
  });

  it("reads a capitalised building name", () => {
    const main = mainOf(["President Donald Trump met President Xi Jinping in Busan on Saturday.", "The closed-door meeting at the Haeundae Air Base lasted two hours."].join("\n"));
    expect(main?.place?.name).toBe("Haeundae Air Base, Busan");
  });

  it("is not a venue where someone only spoke", () => {
    const main = mainOf(["U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Oslo on Saturday.", "An analyst said at the Lindqvist Centre that little would change."].join("\n"));
    expect(main?.place?.name).toBe("Oslo");
  });

  it("is not taken from a sentence that places it in another city", () => {
    const text = [
      "Trump plans spring trip to China",
      "President Donald Trump and President Xi Jinping after a bilateral meeting at Haeundae Air Base, on the margins of a regional summit, Busan, South Korea, Oct 30, 2025. PHOTO: WIRE",
      "[WASHINGTON] President Donald Trump will travel to Beijing for a meeting with President Xi Jinping, a newspaper reported on Monday.",
    ].join("\n");
    expect(mainOf(text, null)?.place?.name).toBe("Beijing");
  });

  it("is not the venue of another year's meeting the article recalls", () => {
    const text = [
      "President Donald Trump met President Xi Jinping in Busan on Oct. 30, 2025.",
      "Xi recalled their 2017 meeting at the Seabright estate as a sign of goodwill.",
    ].join("\n");
    expect(mainOf(text, "2025-10-31")?.place?.name).toBe("Busan");
  });

  it("is still read after the report's year when the engagement has no date", () => {
    const text = ["President Donald Trump met President Xi Jinping in Busan.", "Their 2025 meeting at the Haeundae Air Base lasted two hours."].join("\n");
    expect(mainOf(text, "2025-10-31")?.place?.name).toBe("Haeundae Air Base, Busan");
  });

  it("is still read after the engagement's own year", () => {
    const text = ["President Donald Trump met President Xi Jinping in Busan on Oct. 30, 2025.", "Their 2025 meeting at the Haeundae Air Base lasted two hours."].join("\n");
    expect(mainOf(text, "2025-10-31")?.place?.name).toBe("Haeundae Air Base, Busan");
  });

  it("leaves a venue the gazetteer knows as its own place", () => {
    const main = mainOf("President Joe Biden met President Xi Jinping at the Filoli estate in Woodside, California, on Wednesday.", "2023-11-16");
    expect(main?.place?.name).toBe("Filoli estate, Woodside");
  });
});
