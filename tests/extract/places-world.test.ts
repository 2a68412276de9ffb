import { describe, expect, it } from "vitest";
import { findPlacesStep } from "@/lib/extract/steps/find-places";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { worldCityByName } from "@/lib/gazetteer/world-cities";
import { extractText, stateAfter } from "./helpers";

/** Cities outside the curated gazetteer (issue 7: "Nairobi is not in the place list"). */

function placesIn(text: string) {
  return stateAfter([segmentStep, findPlacesStep], text).places.map(({ name, country, locative, text: written, start, end }) => ({ name, country, locative, written, exact: text.slice(start, end) }));
}

describe("cities from GeoNames", () => {
  it.each([
    ["Sullivan met Wang Yi in Nairobi on Tuesday.", "Nairobi", "Kenya"],
    ["The envoys held talks in Addis Ababa last week.", "Addis Ababa", "Ethiopia"],
    ["The two ministers met in Montevideo.", "Montevideo", "Uruguay"],
    ["After arriving in Hanoi, Blinken flew to Ulsan.", "Hanoi", "Vietnam"],
    ["The delegation travelled to Casablanca for the forum.", "Casablanca", "Morocco"],
    ["Talks in Zürich ended on Friday.", "Zürich", "Switzerland"],
    ["Talks in Sao Paulo ended on Friday.", "São Paulo", "Brazil"],
    ["They met at a forum in the Kenyan capital Nairobi.", "Nairobi", "Kenya"],
    ["The ministers talked in the Moroccan port city, Casablanca, for hours.", "Casablanca", "Morocco"],
    ["The talks in Norway ended on Friday.", "Norway", "Norway"],
  ])("%s → %s, %s", (text, name, country) => {
    expect(placesIn(text)).toContainEqual(expect.objectContaining({ name, country, locative: true }));
  });

  it("does not read a city described without a locative as where something happened", () => {
    expect(placesIn("The Kenyan capital Nairobi said nothing.")).not.toContainEqual(expect.objectContaining({ name: "Nairobi", locative: true }));
  });

  it("reads a dateline city", () => {
    expect(placesIn("NAIROBI, Kenya — The two officials met on Tuesday.")).toContainEqual(expect.objectContaining({ name: "Nairobi", country: "Kenya" }));
  });

  it("keeps quotes exact", () => {
    for (const place of placesIn("Officials gathered in Kuala Lumpur and later in Nairobi.")) expect(place.exact).toBe(place.written);
  });

  it("gives coordinates", () => {
    const nairobi = worldCityByName("Nairobi");
    expect(nairobi?.country).toBe("Kenya");
    expect(nairobi?.latitude).toBeCloseTo(-1.28, 1);
    expect(nairobi?.longitude).toBeCloseTo(36.8, 1);
  });
});

describe("words that are also city names", () => {
  it.each([
    "Most officials said the talks went well.",
    "Police said the roads were closed in Most cases.",
    "Reading the statement, Blinken met Wang Yi.",
    "He said the meeting in Washington was useful.",
    "The talks were held in Good faith.",
    "She spoke in Mandarin to the press.",
    "They met in March and again in Late spring.",
  ])("%s names no foreign city", (text) => {
    const foreign = placesIn(text).filter((place) => place.country !== "United States");
    expect(foreign).toEqual([]);
  });

  it("a city named in passing, not where anyone met, does not place the meeting", () => {
    const [main] = extractText("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Tuesday, a week after the Lima summit of Pacific leaders ended.").engagements;
    expect(main?.place?.name).toBe("Beijing");
  });

  it("places a US–China meeting in a city outside the gazetteer", () => {
    const [main] = extractText("U.S. national security adviser Jake Sullivan met Chinese Foreign Minister Wang Yi in Nairobi on Tuesday, the White House said.").engagements;
    expect(main?.place).toEqual({ name: "Nairobi", country: "Kenya" });
  });
});
