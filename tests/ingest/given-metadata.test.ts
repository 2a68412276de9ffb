import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareArticle } from "@/lib/ingest";
import { parseIngestArgs, readSidecar, sidecarPathOf } from "@/lib/ingest/given";
import { ingestBatch } from "@/lib/store/ingest-batch";
import { writeTopics } from "@/lib/store/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/database";

const TMP = path.join(process.cwd(), "tests", ".tmp", `given-${process.pid}`);
const STORY = "Trade envoys met on Tuesday at a lakeside hotel and compared tariff lines one by one, an aide to one delegation said afterwards.";

function write(name: string, content: string): string {
  const file = path.join(TMP, name);
  writeFileSync(file, content);
  return file;
}

beforeAll(() => mkdirSync(TMP, { recursive: true }));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("ingest command-line metadata", () => {
  it("reads --published, --url, --title and --publisher for one file", () => {
    expect(parseIngestArgs(["--published", "2024-05-07", "--url", "https://example.org/a", "--title", "Envoys meet", "--publisher", "Example Daily", "a.html"])).toEqual({
      paths: ["a.html"],
      given: { published: "2024-05-07", url: "https://example.org/a", title: "Envoys meet", publisher: "Example Daily" },
    });
    expect(parseIngestArgs(["--title=Envoys meet", "a.txt"])).toEqual({ paths: ["a.txt"], given: { title: "Envoys meet" } });
    expect(parseIngestArgs(["a.txt", "b.txt", "folder"])).toEqual({ paths: ["a.txt", "b.txt", "folder"], given: {} });
  });

  it("refuses metadata flags with several files, naming the sidecar alternative", () => {
    expect(() => parseIngestArgs(["--title", "T", "a.txt", "b.txt"])).toThrow(expect.objectContaining({ code: "BAD_USAGE", message: expect.stringMatching(/one file.*\.meta\.json/) }));
  });

  it("refuses bad flag values with the flag named", () => {
    const bad = [
      [["--published", "07/05/2024", "a.txt"], /--published/],
      [["--published", "2024-02-30", "a.txt"], /--published/],
      [["--url", "not a url", "a.txt"], /--url/],
      [["--title", "", "a.txt"], /--title/],
      [["--title"], /--title needs a value/],
      [["--colour", "red", "a.txt"], /unknown option --colour/],
    ] as const;
    for (const [args, message] of bad) expect(() => parseIngestArgs([...args]), args.join(" ")).toThrow(expect.objectContaining({ code: "BAD_USAGE", message: expect.stringMatching(message) }));
  });
});

describe("sidecar FILE.meta.json", () => {
  it("is read and validated", async () => {
    const file = write("story.html", "<p>x</p>");
    expect(sidecarPathOf(file)).toBe(`${file}.meta.json`);
    expect(await readSidecar(file)).toEqual({});
    write("story.html.meta.json", JSON.stringify({ published: "2024-05-07", title: "Envoys meet", publisher: "Example Daily", url: "https://example.org/a" }));
    expect(await readSidecar(file)).toEqual({ published: "2024-05-07", title: "Envoys meet", publisher: "Example Daily", url: "https://example.org/a" });
  });

  it("names the sidecar and the problem on bad content", async () => {
    const file = write("bad.txt", STORY);
    const cases = [
      ["{ not json", /bad\.txt\.meta\.json: not valid JSON/],
      [JSON.stringify({ published: "May 7" }), /bad\.txt\.meta\.json: published/],
      [JSON.stringify({ title: "T", author: "someone" }), /bad\.txt\.meta\.json: .*author/],
      [JSON.stringify(["a list"]), /bad\.txt\.meta\.json/],
    ] as const;
    for (const [content, message] of cases) {
      write("bad.txt.meta.json", content);
      await expect(readSidecar(file), content).rejects.toMatchObject({ code: "INVALID_DATA", message: expect.stringMatching(message) });
    }
  });
});

describe("precedence: flags > sidecar > page > inference", () => {
  const page = `<html><head><title>Page headline | Example</title><meta property="article:published_time" content="2024-05-01"><meta property="og:site_name" content="Page Site"></head><body><article><p>${STORY}</p><p>${STORY}</p></article></body></html>`;
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("given-metadata");
    await test.db.$transaction((tx) => writeTopics(tx));
  });
  afterAll(() => test.close());

  it("page metadata stands when nothing is given", () => {
    expect(prepareArticle(page, { format: "html" })).toMatchObject({ title: "Page headline", published: "2024-05-01", publisher: "Page Site" });
  });

  it("a sidecar overrides the page and flags override the sidecar, field by field", async () => {
    const a = write("a.html", page);
    write("a.html.meta.json", JSON.stringify({ title: "Sidecar headline", published: "2024-05-02", url: "https://example.org/sidecar" }));
    const b = write("b.html", page.replace("Page headline", "Second page"));
    write("b.html.meta.json", JSON.stringify({ title: "Sidecar B", publisher: "Sidecar Press" }));

    const summary = await ingestBatch(test.db, [a], () => {}, { title: "Flag headline", publisher: "Flag Press" });
    expect(summary.failed).toEqual([]);
    await ingestBatch(test.db, [b], () => {});
    const rows = await test.db.article.findMany({ select: { title: true, published: true, publisher: true, url: true }, orderBy: { id: "asc" } });
    expect(rows).toEqual([
      { title: "Flag headline", published: "2024-05-02", publisher: "Flag Press", url: "https://example.org/sidecar" },
      { title: "Sidecar B", published: "2024-05-01", publisher: "Sidecar Press", url: null },
    ]);
  });

  it("a bad sidecar fails its article alone, naming the sidecar", async () => {
    const c = write("c.txt", `Envoys meet again\n\n${STORY}`);
    write("c.txt.meta.json", JSON.stringify({ published: "yesterday" }));
    const summary = await ingestBatch(test.db, [c], () => {});
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]).toMatch(/c\.txt\.meta\.json: published/);
  });
});

describe("npm run ingest with metadata flags", () => {
  it("exits 2 with a clear message when flags come with several files", () => {
    const result = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["lib/cli/ingest.ts", "--published", "2024-05-07", "a.txt", "b.txt"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "file:/nonexistent/never-opened.db" },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--published .*one file/);
    expect(result.stderr).toContain("usage: npm run ingest");
  });
});
