import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QuarterlyChart } from "@/components/quarterly-chart";
import { WorldMap, project } from "@/components/world-map";
import { NO_TIMELINE_FILTERS } from "@/lib/filters";
import { countTopicQuarters } from "@/lib/queries/count-topic-quarters";
import { listMapPlaces } from "@/lib/queries/list-map-places";
import { seedDatabase } from "@/lib/store/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/database";

let test: TestDatabase;
beforeAll(async () => {
  test = createTestDatabase("map-chart");
  await seedDatabase(test.db);
});
afterAll(() => test.close());

describe("listMapPlaces and WorldMap", () => {
  const allIds = async () => (await test.db.engagement.findMany({ select: { id: true } })).map((row) => row.id);

  it("gives one place per located engagement and counts the rest", async () => {
    const { places, unplacedCount } = await listMapPlaces(test.db, NO_TIMELINE_FILTERS, await allIds());
    expect(places.map((place) => place.name).sort()).toEqual(["Anchorage", "Bali", "Beijing", "Filoli estate, Woodside"]);
    expect(unplacedCount).toBe(2);
    expect(places.find((place) => place.name === "Beijing")?.href).toBe("/engagements/2023-06-blinken-beijing");
  });

  it("follows the timeline filters", async () => {
    const { places } = await listMapPlaces(test.db, { ...NO_TIMELINE_FILTERS, person: "xi-jinping" }, await allIds());
    expect(places.map((place) => place.name).sort()).toEqual(["Bali", "Beijing", "Filoli estate, Woodside"]);
  });

  it("draws only the engagements of the page it is given", async () => {
    const beijing = await test.db.engagement.findUniqueOrThrow({ where: { slug: "2023-06-blinken-beijing" }, select: { id: true } });
    const { places, unplacedCount } = await listMapPlaces(test.db, NO_TIMELINE_FILTERS, [beijing.id]);
    expect(places.map((place) => place.name)).toEqual(["Beijing"]);
    expect(unplacedCount).toBe(0);
    expect((await listMapPlaces(test.db, NO_TIMELINE_FILTERS, [])).places).toEqual([]);
  });

  it("projects the equator and the prime meridian to the middle and keeps east to the right", () => {
    const [x0, y0] = project(0, 0);
    const [xEast] = project(116, 40);
    const [, yNorth] = project(0, 60);
    expect(xEast).toBeGreaterThan(x0);
    expect(yNorth).toBeLessThan(y0);
  });

  it("renders well-formed, compact SVG with a title, a description and named links", () => {
    const svg = renderToStaticMarkup(
      createElement(WorldMap, {
        title: "Where engagements took place",
        description: "Markers sized by the number of engagements",
        places: [
          { key: "a", latitude: 39.9, longitude: 116.4, count: 3, href: "/search?q=%22Beijing%22", label: "Beijing, China: 3 engagements" },
          { key: "b", latitude: -8.8, longitude: 115.2, count: 1, href: "/engagements/x", label: "Bali & <Indonesia>" },
        ],
      }),
    );
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain("<title id=\"world-map-title\">Where engagements took place</title>");
    expect(svg).toContain("<desc");
    expect(svg).toContain('aria-label="Beijing, China: 3 engagements"');
    expect(svg).toContain('aria-label="Bali &amp; &lt;Indonesia&gt;"');
    expect(svg.length).toBeLessThan(60_000);
    // The land outline is a decorative image fetched only when the map nears the viewport.
    expect(svg).toMatch(/<img(?=[^>]*src="\/map\/land\.svg")(?=[^>]*loading="lazy")(?=[^>]*alt="")[^>]*\/>/);
    expect(svg).not.toContain("<image");
  });
});

describe("countTopicQuarters and QuarterlyChart", () => {
  it("counts every quarter between the first and last engagement, zeros included", async () => {
    const quarters = await countTopicQuarters(test.db, "military-communication");
    expect(quarters[0]?.key).toBe("2023-Q2");
    expect(quarters.at(-1)?.key).toBe("2023-Q4");
    expect(quarters.map((quarter) => quarter.count)).toEqual([1, 0, 1]);
  });

  it("includes child topics and is empty for an unused topic", async () => {
    const total = async (slug: string) => (await countTopicQuarters(test.db, slug)).reduce((sum, quarter) => sum + quarter.count, 0);
    expect(await total("tibet")).toBeGreaterThan(0);
    expect(await total("human-rights")).toBeGreaterThanOrEqual(await total("tibet"));
    expect(await countTopicQuarters(test.db, "no-such-topic")).toEqual([]);
  });

  it("renders bars and an accessible table of the same numbers", () => {
    const html = renderToStaticMarkup(
      createElement(QuarterlyChart, {
        title: "Engagements on military communication per quarter",
        quarters: [
          { key: "2023-Q2", label: "Q2 2023", year: 2023, quarter: 2, count: 1 },
          { key: "2023-Q3", label: "Q3 2023", year: 2023, quarter: 3, count: 0 },
          { key: "2023-Q4", label: "Q4 2023", year: 2023, quarter: 4, count: 2 },
        ],
      }),
    );
    expect(html).toContain("<title");
    // one path segment per non-empty quarter: the empty Q3 draws nothing, Q4 (the highest) is full height
    expect(html.match(/M\d+ 100v-\d+h14v\d+z/g)).toEqual(["M4 100v-44h14v44z", "M40 100v-88h14v88z"]);
    // one row a year, a column a quarter; quarters outside the charted run are a dash
    expect(html).toContain('<th scope="row">2023</th><td class="px-2">–</td><td class="px-2">1</td><td class="px-2">0</td><td class="px-2">2</td>');
  });
});
