import { describe, expect, it } from "vitest";
import type { Extraction } from "@/lib/schemas/extraction";
import { extractionToRecords } from "@/lib/store/extraction-records";
import { formatDateRange } from "@/lib/queries/view";

const evidence = [{ start: 0, end: 4, exact: "Talk", prefix: "", suffix: "s" }];

function extraction(engagement: Partial<Extraction["engagements"][number]>): Extraction {
  return {
    article: { title: null, published: "2024-05-02", publishedSource: "given", language: "en", sha256: "0".repeat(64) },
    engagements: [
      {
        role: "main",
        status: "held",
        kind: "ministerial-meeting",
        title: "Talks",
        date: "2024-05-01",
        dateEnd: null,
        place: null,
        participants: [],
        topics: [],
        outcomes: [],
        confidence: 0.7,
        ...engagement,
      },
    ],
  };
}

describe("extractionToRecords", () => {
  it("gives people named in a script without Latin letters distinct slugs", () => {
    const [record] = extractionToRecords(
      extraction({
        participants: [
          { name: "王毅", side: "CN", title: null, evidence },
          { name: "李强", side: "CN", title: null, evidence },
        ],
      }),
      1,
    );
    const slugs = record!.participants.map((participant) => participant.person.slug);
    expect(slugs.every((slug) => /^person-[0-9a-f]{12}$/.test(slug))).toBe(true);
    expect(new Set(slugs).size).toBe(2);
  });

  it("recognises gazetteer people by alias", () => {
    const [record] = extractionToRecords(extraction({ participants: [{ name: "Blinken", side: "US", title: null, evidence }] }), 1);
    expect(record!.participants[0]!.person).toEqual({ slug: "antony-blinken", name: "Antony Blinken", side: "US" });
  });

  it("stores a city the gazetteer lacks with the country and coordinates of the GeoNames city list", () => {
    const [record] = extractionToRecords(extraction({ place: { name: "Nairobi", country: "Kenya" } }), 1);
    expect(record!.place).toMatchObject({ name: "Nairobi", country: "Kenya" });
    expect(record!.place!.latitude).toBeCloseTo(-1.28, 1);
    expect(record!.place!.longitude).toBeCloseTo(36.82, 1);
  });

  it("takes coordinates only from a city in the country the extraction names", () => {
    const [texas] = extractionToRecords(extraction({ place: { name: "Paris", country: "United States" } }), 1);
    expect(texas!.place!.country).toBe("United States");
    expect(texas!.place!.longitude).toBeLessThan(-80);
    const [nowhere] = extractionToRecords(extraction({ place: { name: "Nairobi", country: "Japan" } }), 1);
    expect(nowhere!.place).toEqual({ name: "Nairobi", country: "Japan", latitude: null, longitude: null });
    const [country] = extractionToRecords(extraction({ place: { name: "Kenya", country: "Kenya" } }), 1);
    expect(country!.place).toEqual({ name: "Kenya", country: "Kenya", latitude: null, longitude: null });
  });

  it("stores a range with a month-only end at month precision", () => {
    const [record] = extractionToRecords(extraction({ date: "2024-11-15", dateEnd: "2024-12" }), 1);
    expect(record).toMatchObject({ startDate: "2024-11-15", endDate: "2024-12-01", datePrecision: "month" });
  });

  it("keeps a day range at day precision", () => {
    const [record] = extractionToRecords(extraction({ date: "2024-11-15", dateEnd: "2024-11-16" }), 1);
    expect(record).toMatchObject({ startDate: "2024-11-15", endDate: "2024-11-16", datePrecision: "day" });
  });
});

describe("formatDateRange", () => {
  it("writes a month range within one month once", () => {
    expect(formatDateRange("2022-11-01", "2022-11-30", "month")).toBe("November 2022");
    expect(formatDateRange("2024-11-01", "2024-12-01", "month")).toBe("November 2024 – December 2024");
    expect(formatDateRange("2021-03-18", "2021-03-19", "day")).toBe("18–19 March 2021");
  });
});
