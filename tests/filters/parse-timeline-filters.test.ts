import { describe, expect, it } from "vitest";
import { activeFilterChips, NO_TIMELINE_FILTERS, timelineQuery } from "@/lib/filters";
import { parseTimelineSearchParams, timelineSearchParamsSchema } from "@/lib/schemas/filters";

describe("timeline filter parsing", () => {
  it("accepts every filter with valid values", () => {
    const { filters, notices } = parseTimelineSearchParams({
      topic: ["fentanyl", "taiwan"],
      person: "antony-blinken",
      kind: "leader-summit",
      outcome: "agreed",
      side: "both",
      place: "Beijing",
      from: "2023-01-01",
      to: "2023-12-31",
    });
    expect(notices).toEqual([]);
    expect(filters).toEqual({
      topic: ["fentanyl", "taiwan"],
      person: "antony-blinken",
      kind: "leader-summit",
      outcome: "agreed",
      side: "both",
      place: "Beijing",
      from: "2023-01-01",
      to: "2023-12-31",
    });
  });

  it("reads nothing from an empty query", () => {
    expect(parseTimelineSearchParams({})).toEqual({ filters: NO_TIMELINE_FILTERS, notices: [] });
  });

  it("drops unknown values and says so, keeping the valid ones", () => {
    const { filters, notices } = parseTimelineSearchParams({ topic: ["fentanyl", "fentanil"], person: "No Body!", kind: "tea-party" });
    expect(filters.topic).toEqual(["fentanyl"]);
    expect(filters.person).toBeNull();
    expect(filters.kind).toBeNull();
    expect(notices).toEqual(["Ignored unknown topic ‘fentanil’", "Ignored malformed person ‘No Body!’", "Ignored unknown kind ‘tea-party’"]);
  });

  it("keeps a well-formed person slug outside the gazetteer: extraction adds officials found by their title", () => {
    const { filters, notices } = parseTimelineSearchParams({ person: "jen-daskal" });
    expect(filters.person).toBe("jen-daskal");
    expect(notices).toEqual([]);
  });

  it("drops malformed dates and says which bound was wrong", () => {
    const { filters, notices } = parseTimelineSearchParams({ from: "2023-13-01", to: "yesterday" });
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(notices).toEqual(["Ignored malformed ‘from’ date ‘2023-13-01’", "Ignored malformed ‘to’ date ‘yesterday’"]);
  });

  it("drops dates that are not in the calendar with a notice, instead of failing on them", () => {
    const { filters, notices } = parseTimelineSearchParams({ from: "2023-02-30", to: "2023-04-31" });
    expect(filters).toEqual(NO_TIMELINE_FILTERS);
    expect(notices).toEqual(["Ignored impossible ‘from’ date ‘2023-02-30’", "Ignored impossible ‘to’ date ‘2023-04-31’"]);
    // the chips of what was kept still render (formatting an impossible day used to throw)
    expect(activeFilterChips(parseTimelineSearchParams({ from: "2023-02-30", to: "2023-02-28" }).filters).map((chip) => chip.text)).toEqual([
      "28 February 2023",
    ]);
  });

  it("accepts 29 February only in leap years and the last day of every month", () => {
    expect(parseTimelineSearchParams({ from: "2024-02-29", to: "2023-02-29" })).toEqual({
      filters: { ...NO_TIMELINE_FILTERS, from: "2024-02-29" },
      notices: ["Ignored impossible ‘to’ date ‘2023-02-29’"],
    });
    for (const day of ["2023-01-31", "2023-04-30", "2023-12-31", "2000-02-29"]) {
      expect(parseTimelineSearchParams({ from: day }).notices).toEqual([]);
    }
    expect(parseTimelineSearchParams({ from: "1900-02-29" }).notices).toHaveLength(1);
  });

  it("takes a place name as given, and refuses overlong ones", () => {
    expect(parseTimelineSearchParams({ place: " Filoli estate, Woodside " }).filters.place).toBe("Filoli estate, Woodside");
    const { filters, notices } = parseTimelineSearchParams({ place: "x".repeat(500) });
    expect(filters.place).toBeNull();
    expect(notices[0]).toMatch(/^Ignored overlong place ‘x+…’$/);
  });

  it("widens a year or a month to the whole period", () => {
    expect(parseTimelineSearchParams({ from: "2023", to: "2023" }).filters).toMatchObject({ from: "2023-01-01", to: "2023-12-31" });
    expect(parseTimelineSearchParams({ from: "2024-02", to: "2024-02" }).filters).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
  });

  it("swaps bounds given in the wrong order, with a notice", () => {
    const { filters, notices } = parseTimelineSearchParams({ from: "2024-01-01", to: "2023-01-01" });
    expect(filters).toMatchObject({ from: "2023-01-01", to: "2024-01-01" });
    expect(notices).toEqual(["The ‘from’ date ‘2024-01-01’ was after the ‘to’ date ‘2023-01-01’: swapped them"]);
  });

  it("swaps periods before widening them", () => {
    expect(parseTimelineSearchParams({ from: "2023-02", to: "2022" }).filters).toMatchObject({ from: "2022-01-01", to: "2023-02-28" });
  });

  it("ignores the empty values a GET form sends for “any”, without notices", () => {
    expect(parseTimelineSearchParams({ person: "", kind: "", outcome: " ", from: "" })).toEqual({ filters: NO_TIMELINE_FILTERS, notices: [] });
  });

  it("keeps the first of several values for a single-valued filter", () => {
    const { filters, notices } = parseTimelineSearchParams({ kind: ["leader-call", "leader-summit"] });
    expect(filters.kind).toBe("leader-call");
    expect(notices).toEqual(["Only one kind at a time: kept ‘leader-call’, ignored ‘leader-summit’"]);
  });

  it("removes duplicate topics silently", () => {
    expect(parseTimelineSearchParams({ topic: ["taiwan", "taiwan"] })).toEqual({ filters: { ...NO_TIMELINE_FILTERS, topic: ["taiwan"] }, notices: [] });
  });

  it("shortens hostile values in notices", () => {
    const { notices } = parseTimelineSearchParams({ topic: "x".repeat(5000) });
    expect(notices[0]!.length).toBeLessThan(100);
  });

  it("never throws, whatever it is given", () => {
    for (const input of [null, undefined, 42, "topic=taiwan", [], { topic: { nested: true } }, { topic: [1, 2] }]) {
      expect(timelineSearchParamsSchema.parse(input).filters).toEqual(NO_TIMELINE_FILTERS);
    }
  });

  it("reads objects that are not plain, as Next passes them", () => {
    const params = Object.assign(Object.create(null) as object, { topic: "taiwan", [Symbol("internal")]: true });
    expect(timelineSearchParamsSchema.parse(params).filters.topic).toEqual(["taiwan"]);
  });

  it("reads URLSearchParams the same way (for the JSON API)", () => {
    const parsed = parseTimelineSearchParams(new URLSearchParams("topic=fentanyl&topic=taiwan&side=US&unknown=1"));
    expect(parsed).toEqual({ filters: { ...NO_TIMELINE_FILTERS, topic: ["fentanyl", "taiwan"], side: "US" }, notices: [] });
  });
});

describe("filter URLs and chips", () => {
  const { filters } = parseTimelineSearchParams({ topic: ["fentanyl", "taiwan"], kind: "leader-summit" });

  it("writes filters back to a query string that parses to the same filters", () => {
    const query = timelineQuery(filters);
    expect(query).toBe("?topic=fentanyl&topic=taiwan&kind=leader-summit");
    expect(parseTimelineSearchParams(new URLSearchParams(query.slice(1))).filters).toEqual(filters);
    expect(timelineQuery(NO_TIMELINE_FILTERS)).toBe("");
  });

  it("gives one chip per value, each removing only itself", () => {
    const chips = activeFilterChips(filters);
    expect(chips.map((chip) => [chip.text, chip.removeHref])).toEqual([
      ["Fentanyl and counternarcotics", "/?topic=taiwan&kind=leader-summit"],
      ["Taiwan", "/?topic=fentanyl&kind=leader-summit"],
      ["Leaders' summit", "/?topic=fentanyl&topic=taiwan"],
    ]);
    expect(chips.map((chip) => chip.label)).toEqual(["Topic", "Topic", "Kind"]);
  });

  it("round-trips a place with commas and spaces, and reads it on a chip", () => {
    const withPlace = { ...filters, place: "Filoli estate, Woodside" };
    const query = timelineQuery(withPlace);
    expect(query).toBe("?topic=fentanyl&topic=taiwan&kind=leader-summit&place=Filoli+estate%2C+Woodside");
    expect(parseTimelineSearchParams(new URLSearchParams(query.slice(1))).filters).toEqual(withPlace);
    expect(activeFilterChips(withPlace).at(-1)).toMatchObject({ label: "Place", text: "Filoli estate, Woodside", removeHref: "/?topic=fentanyl&topic=taiwan&kind=leader-summit" });
  });

  it("treats a filter missing from a hand-built object as absent", () => {
    const { place: _omitted, ...older } = NO_TIMELINE_FILTERS;
    void _omitted;
    expect(timelineQuery({ ...older, kind: "leader-call" } as typeof NO_TIMELINE_FILTERS)).toBe("?kind=leader-call");
  });
});
