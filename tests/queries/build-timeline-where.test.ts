import { describe, expect, it } from "vitest";
import { NO_TIMELINE_FILTERS } from "@/lib/filters";
import { buildTimelineWhere } from "@/lib/queries/build-timeline-where";

/** Every translation starts by hiding rejected engagements; every fact condition skips rejected facts. */
const VISIBLE = { origin: { not: "rejected" } };

describe("buildTimelineWhere", () => {
  it("matches every visible engagement without filters", () => {
    expect(buildTimelineWhere(NO_TIMELINE_FILTERS)).toEqual({ AND: [VISIBLE] });
  });

  it("matches any chosen topic, a parent including its children", () => {
    expect(buildTimelineWhere({ ...NO_TIMELINE_FILTERS, topic: ["human-rights", "taiwan"] })).toEqual({
      AND: [
        VISIBLE,
        {
          topics: {
            some: {
              ...VISIBLE,
              topic: { OR: [{ slug: { in: ["human-rights", "taiwan"] } }, { parent: { slug: { in: ["human-rights", "taiwan"] } } }] },
            },
          },
        },
      ],
    });
  });

  it("requires one outcome to match both status and side", () => {
    expect(buildTimelineWhere({ ...NO_TIMELINE_FILTERS, outcome: "agreed", side: "both" })).toEqual({
      AND: [VISIBLE, { outcomes: { some: { ...VISIBLE, status: "agreed", side: "both" } } }],
    });
  });

  it("bounds the start date inclusively, either side optional", () => {
    expect(buildTimelineWhere({ ...NO_TIMELINE_FILTERS, from: "2023-01-01" })).toEqual({ AND: [VISIBLE, { startDate: { gte: "2023-01-01" } }] });
    expect(buildTimelineWhere({ ...NO_TIMELINE_FILTERS, from: "2023-01-01", to: "2023-06-30" })).toEqual({
      AND: [VISIBLE, { startDate: { gte: "2023-01-01", lte: "2023-06-30" } }],
    });
  });

  it("matches the place name exactly", () => {
    expect(buildTimelineWhere({ ...NO_TIMELINE_FILTERS, place: "Beijing" })).toEqual({ AND: [VISIBLE, { placeName: "Beijing" }] });
  });

  it("combines filters with AND", () => {
    const where = buildTimelineWhere({ ...NO_TIMELINE_FILTERS, person: "joe-biden", kind: "leader-summit" });
    expect(where).toEqual({ AND: [VISIBLE, { participations: { some: { ...VISIBLE, person: { slug: "joe-biden" } } } }, { kind: "leader-summit" }] });
  });
});
