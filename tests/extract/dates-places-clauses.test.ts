import { describe, expect, it } from "vitest";
import { findDatesStep } from "@/lib/extract/steps/find-dates";
import { findPlacesStep } from "@/lib/extract/steps/find-places";
import { placeByName } from "@/lib/gazetteer/places";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

function datesIn(text: string, published: string | null) {
  return stateAfter([segmentStep, findDatesStep], text, published).dates.map(({ text: written, value, role }) => ({ written, value, role }));
}

// a Tuesday
const TUESDAY = "2024-04-16";

describe("the tense of a day named at the end of its clause", () => {
  it("takes the verb of its own clause, not a 'would' in the clause after it", () => {
    expect(datesIn("The envoy held a video call with her counterpart on Monday, voicing hope that the two sides would keep talking.", TUESDAY)[0]).toMatchObject({ written: "on Monday", value: "2024-04-15" });
  });

  it("still reads the future from a later clause when its own clause has no tense", () => {
    expect(datesIn("On Thursday, the two delegations will sit down in Geneva.", TUESDAY)[0]).toMatchObject({ written: "On Thursday", value: "2024-04-18" });
  });
});

describe("a stored page's date line", () => {
  it("is the day the page was published, not the day of an event", () => {
    expect(datesIn("date 2024-04-16 Officials from both governments spoke by phone.", null)[0]).toMatchObject({ value: "2024-04-16", role: "reporting" });
  });

  it("does not make a day written inside a sentence a reporting date", () => {
    expect(datesIn("The two ministers met on 2024-04-16 in Vienna.", null)[0]).toMatchObject({ value: "2024-04-16", role: "event" });
  });
});

describe("times of the day of publication", () => {
  it.each([
    ["The minister said she spoke tonight with her counterpart.", "tonight"],
    ["The envoys met this morning at the embassy.", "this morning"],
  ])("%s", (text, written) => {
    expect(datesIn(text, TUESDAY)).toContainEqual({ written, value: TUESDAY, role: "event" });
  });

  it("leaves 'this morning' unread without a publication date", () => {
    expect(datesIn("The envoys met this morning at the embassy.", null)[0]?.value ?? null).toBeNull();
  });
});

describe("a venue written with its city", () => {
  it("is the gazetteer's venue when the city is the venue's own", () => {
    expect(placeByName("Gimhae Air Base, Busan")?.name).toBe("Gimhae International Airport, Busan");
    expect(placeByName("gimhae airport, busan")?.city).toBe("Busan");
  });

  it("is not that venue with another city after it", () => {
    expect(placeByName("Gimhae Air Base, Seoul")).toBeUndefined();
  });

  it("places a summit held at the venue", () => {
    const [engagement] = extractText("President Trump met President Xi Jinping at Gimhae International Airport on Thursday.", "2025-10-31").engagements;
    expect(engagement?.place?.name).toBe("Gimhae International Airport, Busan");
  });
});

describe("a place after 'to'", () => {
  const locative = (text: string, name: string) => stateAfter([segmentStep, findPlacesStep], text).places.find((place) => place.name === name)?.locative;

  it.each([
    ["The minister flew to Tokyo for the talks.", "Tokyo"],
    ["It is her second to China this year.", "China"],
    ["The envoy is heading to Washington this week.", "Washington"],
  ])("is where someone goes: %s", (text, name) => {
    expect(locative(text, name)).toBe(true);
  });

  it.each([
    ["The rules curb chip exports to China.", "China"],
    ["They want to stem the flow of synthetic drugs to the United States.", "United States"],
  ])("is not a market goods are sent to: %s", (text, name) => {
    expect(locative(text, name)).toBe(false);
  });
});

describe("a named venue of the gazetteer", () => {
  const placesIn = (text: string) => stateAfter([segmentStep, findPlacesStep], text).places;

  it("is where something happens, whatever word precedes it", () => {
    expect(placesIn("The talks began in a side room of Busan's Gimhae International Airport.").find((place) => place.name === "Gimhae International Airport, Busan")?.locative).toBe(true);
  });

  it("unlike a city's other names, which may stand for its government", () => {
    expect(placesIn("A spokesman for the White House said the talks were useful.").find((place) => place.name === "Washington")?.locative).toBe(false);
  });
});

describe("a main engagement's place read from a sentence about another time", () => {
  const mainPlace = (first: string) => extractText([first, "The two leaders met again on Thursday and agreed to cut tariffs.", "The talks took place on the sidelines of a regional summit in Busan."].join("\n"), "2025-10-31").engagements.find((engagement) => engagement.role === "main")?.place?.name;

  it("gives way to the article's own city", () => {
    expect(mainPlace("President Donald Trump and Xi Jinping shake hands in 2019 before a meeting in Osaka.")).toBe("Busan");
  });

  it("stays when that sentence is of the engagement's own time", () => {
    expect(mainPlace("President Donald Trump and Xi Jinping shake hands this week before a meeting in Osaka.")).toBe("Osaka");
  });
});
