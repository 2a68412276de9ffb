import { describe, expect, it } from "vitest";
import { NO_TIMELINE_FILTERS } from "@/lib/filters";
import { buildTimelineWhere } from "@/lib/queries/build-timeline-where";

/** The condition's text with its parameters, whitespace collapsed. */
function translate(partial: Partial<typeof NO_TIMELINE_FILTERS>) {
  const sql = buildTimelineWhere({ ...NO_TIMELINE_FILTERS, ...partial });
  return { text: sql.sql.replace(/\s+/g, " "), values: sql.values };
}

describe("buildTimelineWhere", () => {
  it("matches every visible engagement without filters", () => {
    expect(translate({})).toEqual({ text: `"Engagement"."origin" <> ?`, values: ["rejected"] });
  });

  it("matches any chosen topic, a parent including its children, through visible links only", () => {
    const { text, values } = translate({ topic: ["human-rights", "taiwan"] });
    expect(text).toContain(`+"Engagement"."id" IN ( SELECT "link"."engagementId" FROM "Topic" "topic" LEFT JOIN "Topic" "parent" ON "parent"."id" = "topic"."parentId"`);
    expect(text).toContain(`WHERE "link"."origin" <> ? AND ("topic"."slug" IN (?,?) OR "parent"."slug" IN (?,?))`);
    expect(values).toEqual(["rejected", "rejected", "human-rights", "taiwan", "human-rights", "taiwan"]);
  });

  it("requires one outcome to match both status and side, and to be visible", () => {
    const { text, values } = translate({ outcome: "agreed", side: "both" });
    expect(text).toContain(`+"Engagement"."id" IN (SELECT "outcome"."engagementId" FROM "Outcome" "outcome" WHERE "outcome"."origin" <> ? AND "outcome"."status" = ? AND "outcome"."side" = ?)`);
    expect(values).toEqual(["rejected", "rejected", "agreed", "both"]);
  });

  it("bounds the start date inclusively, either side optional", () => {
    expect(translate({ from: "2023-01-01" })).toEqual({ text: `"Engagement"."origin" <> ? AND "Engagement"."startDate" >= ?`, values: ["rejected", "2023-01-01"] });
    expect(translate({ from: "2023-01-01", to: "2023-06-30" }).values).toEqual(["rejected", "2023-01-01", "2023-06-30"]);
  });

  it("matches the place name exactly", () => {
    expect(translate({ place: "Beijing" })).toEqual({ text: `"Engagement"."origin" <> ? AND "Engagement"."placeName" = ?`, values: ["rejected", "Beijing"] });
  });

  it("combines filters with AND, binding every value as a parameter", () => {
    const { text, values } = translate({ person: "joe-biden'; --", kind: "leader-summit" });
    expect(text).not.toContain("joe-biden");
    expect(text).toContain(`WHERE "person"."slug" = ?)) AND "Engagement"."kind" = ?`);
    expect(values).toEqual(["rejected", "rejected", "joe-biden'; --", "leader-summit"]);
  });
});
