import { describe, expect, it } from "vitest";
import { scoreArticle } from "@/lib/extract/eval/score";
import type { ExtractedEngagement, GoldEngagement } from "@/lib/schemas/extraction";

/** The eval scorer: fair place matching (one gazetteer entry, several names), never a loose one. */

const gold = (place: string | null): GoldEngagement => ({
  role: "main", status: "held", kind: "leader-summit", date: "2023-11-15", place: place ? { name: place, country: null } : null, participants: ["Joe Biden"], topics: [], outcomes: [],
});

const extracted = (place: string | null): ExtractedEngagement => ({
  role: "main", status: "held", kind: "leader-summit", title: "t", date: "2023-11-15", dateEnd: null, place: place ? { name: place, country: null } : null,
  participants: [{ name: "Joe Biden", side: "US", title: null, evidence: [{ start: 0, end: 5, exact: "Biden", prefix: "", suffix: "" }] }], topics: [], outcomes: [], confidence: 0.5,
});

describe("place scoring", () => {
  it.each([
    ["Woodside", "Filoli estate, Woodside", 1],
    ["Filoli estate, Woodside", "Woodside", 1],
    ["Beijing", "Beijing", 1],
    ["Beijing", "Shanghai", 0],
    ["China", "Beijing", 0],
    ["Munich", "Germany", 0],
    ["Kuala Lumpur", null, 0],
  ] as const)("gold %s vs extracted %s", (want, got, right) => {
    expect(scoreArticle([gold(want)], [extracted(got)]).score.place.right).toBe(right);
  });
});
