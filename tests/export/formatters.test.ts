import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { formatAtomFeed } from "@/lib/export/atom";
import { escapeBibtex, toBibtex, toCslJson, type CitableSource } from "@/lib/export/citation";
import { formatCsv, type CsvColumn } from "@/lib/export/csv";
import { foldLine, formatCalendar, nextDay, nextMonthStart } from "@/lib/export/ics";

describe("formatCsv", () => {
  const columns: CsvColumn<{ a: string; b: number | null }>[] = [
    { header: "text", value: (row) => row.a },
    { header: "number", value: (row) => row.b },
  ];
  const tricky = ['plain', 'with "quotes"', "comma, here", "line\nbreak", "crlf\r\nbreak", " padded ", "中文 — ünïcødé 😀", ""];

  it("starts with a BOM, ends lines with CRLF and round-trips through a CSV parser", () => {
    const csv = formatCsv(columns, tricky.map((a, index) => ({ a, b: index % 2 ? index : null })));
    expect(csv.startsWith("\uFEFFtext,number\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const records = parseCsv(csv, { bom: true, columns: true, relax_quotes: false }) as { text: string; number: string }[];
    expect(records.map((record) => record.text)).toEqual(tricky);
    expect(records[1]?.number).toBe("1");
    expect(records[0]?.number).toBe("");
  });

  it("keeps text that a spreadsheet would run as a formula as text, and numbers as numbers", () => {
    const formulas = ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tindented", "safe = text"];
    const csv = formatCsv(columns, formulas.map((a) => ({ a, b: -5 })));
    const records = parseCsv(csv, { bom: true, columns: true }) as { text: string; number: string }[];
    expect(records.map((record) => record.text)).toEqual(["'=HYPERLINK(\"http://x\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tindented", "safe = text"]);
    expect(records.every((record) => record.number === "-5")).toBe(true);
  });
});

describe("formatCalendar", () => {
  const calendar = formatCalendar({
    name: "Readout: Topics: Fentanyl, counternarcotics; test",
    events: [
      {
        uid: "engagement-a@readout",
        start: "2023-11-15",
        endExclusive: nextDay("2023-11-15"),
        stamp: new Date("2024-01-02T03:04:05Z"),
        summary: "Biden and Xi meet; talks, at last",
        description: `Line one\nLine two with a backslash \\ and ${"a long sentence with ünïcødé ".repeat(8)}`,
        location: "Filoli estate, Woodside, United States",
        url: "https://readout.test/engagements/a",
        categories: ["Fentanyl, counternarcotics", "Military"],
      },
      {
        uid: "engagement-b@readout",
        start: "2022-11-01",
        endExclusive: nextMonthStart("2022-11-01"),
        stamp: new Date("2024-01-02T03:04:05Z"),
        summary: "Month only",
        description: "",
        location: null,
        url: "https://readout.test/engagements/b",
        categories: [],
      },
    ],
  });

  it("folds every line at 75 octets with CRLF", () => {
    expect(calendar.endsWith("\r\n")).toBe(true);
    expect(calendar.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of calendar.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("parses with ical.js into all-day events with exclusive ends and the original text", () => {
    const component = new ICAL.Component(ICAL.parse(calendar));
    const events = component.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(2);
    const [day, month] = events;
    expect(day?.startDate.isDate).toBe(true);
    expect(day?.startDate.toString()).toBe("2023-11-15");
    expect(day?.endDate.toString()).toBe("2023-11-16");
    expect(day?.summary).toBe("Biden and Xi meet; talks, at last");
    expect(day?.description).toContain("Line one\nLine two with a backslash \\ and a long sentence with ünïcødé");
    expect(day?.uid).toBe("engagement-a@readout");
    expect(day?.location).toBe("Filoli estate, Woodside, United States");
    expect(month?.startDate.toString()).toBe("2022-11-01");
    expect(month?.endDate.toString()).toBe("2022-12-01");
    // ical.js leaves X- properties unescaped; the raw line shows the escaping
    expect(calendar).toContain("X-WR-CALNAME:Readout: Topics: Fentanyl\\, counternarcotics\\; test");
  });

  it("never splits a multi-byte character when folding", () => {
    const folded = foldLine(`DESCRIPTION:${"😀".repeat(40)}`);
    for (const piece of folded.split("\r\n ")) expect(piece).not.toMatch(/\uFFFD/);
    expect(folded.split("\r\n ").join("")).toBe(`DESCRIPTION:${"😀".repeat(40)}`);
  });

  it("rolls dates over month and year ends", () => {
    expect(nextDay("2023-12-31")).toBe("2024-01-01");
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextMonthStart("2023-12-15")).toBe("2024-01-01");
  });
});

describe("formatAtomFeed", () => {
  const xml = formatAtomFeed({
    id: "https://readout.test/feed.xml",
    title: "Readout <&> \"feed\"",
    subtitle: "all engagements",
    selfUrl: "https://readout.test/feed.xml?topic=a&kind=b",
    siteUrl: "https://readout.test/",
    entries: [
      {
        id: "https://readout.test/engagements/a",
        title: "Xi & Biden <meet> \u0001",
        updated: new Date("2023-11-16T00:00:00Z"),
        url: "https://readout.test/engagements/a?x=1&y=2",
        summary: "Summary with 'quotes' & <tags>",
        categories: [{ term: "fentanyl", label: "Fentanyl & counternarcotics" }],
      },
    ],
  });

  it("is well-formed XML with the Atom namespace, escaped text and required elements", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as {
      feed: { "@xmlns": string; id: string; updated: string; title: { "#text": string }; entry: { title: { "#text": string }; link: { "@href": string }; updated: string; id: string } };
    };
    expect(parsed.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(parsed.feed.updated).toBe("2023-11-16T00:00:00.000Z");
    expect(parsed.feed.entry.id).toBe("https://readout.test/engagements/a");
    expect(parsed.feed.entry.link["@href"]).toBe("https://readout.test/engagements/a?x=1&y=2");
    expect(xml).toContain("Xi &amp; Biden &lt;meet&gt; </title>");
  });
});

describe("citations", () => {
  const source: CitableSource = {
    slug: "cbs-biden-2023",
    title: "Biden announces progress: 100% {fentanyl} & $ #1 ~ ^ _ \\",
    publisher: "CBS News",
    byline: "By Jane Doe",
    originalUrl: null,
    readoutUrl: "https://readout.test/sources/cbs-biden-2023",
    published: "2023-11-15",
  };

  it("gives a CSL-JSON newspaper article with date parts", () => {
    const [item] = JSON.parse(JSON.stringify(toCslJson(source))) as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: "cbs-biden-2023",
      type: "article-newspaper",
      "container-title": "CBS News",
      author: [{ literal: "Jane Doe" }],
      issued: { "date-parts": [[2023, 11, 15]] },
      URL: "https://readout.test/sources/cbs-biden-2023",
    });
  });

  it("gives a BibTeX entry with balanced braces and escaped specials", () => {
    const bib = toBibtex(source);
    expect(bib).toMatch(/^@article\{cbs-biden-2023,\n/);
    expect(bib).toContain("month = nov");
    expect(bib).toContain("year = {2023}");
    expect(escapeBibtex("100% {x} & $ # _")).toBe("100\\% \\{x\\} \\& \\$ \\# \\_");
    let depth = 0;
    for (const [index, character] of [...bib].entries()) {
      if (bib[index - 1] === "\\") continue;
      if (character === "{") depth += 1;
      if (character === "}") depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
