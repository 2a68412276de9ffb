import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_ARTICLE_BYTES, readArticleFile, sha256Of } from "@/lib/ingest";

const dir = mkdtempSync(path.join(tmpdir(), "readout-ingest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function refusal(file: string): Promise<AppError> {
  try {
    await readArticleFile(file);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to be refused`);
}

async function expectRefused(file: string, code: string, reason: RegExp): Promise<void> {
  const error = await refusal(file);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(reason);
  expect(error.message.startsWith(file)).toBe(true);
  expect(error.message).not.toContain("\n");
}

describe("readArticleFile", () => {
  it("reads a UTF-8 article, keeping a byte-order mark so the text hashes like the file", async () => {
    const bytes = new TextEncoder().encode("\uFEFFBlinken met Wang Yi in Munich on Friday.");
    const file = write("bom.txt", bytes);
    const read = await readArticleFile(file);
    expect(read.format).toBe("txt");
    expect(read.sha256).toBe(sha256Of(bytes));
    expect(sha256Of(read.raw)).toBe(read.sha256);
    expect(read.bytes).toBe(bytes.length);
  });

  it("tells the format from the extension", async () => {
    expect((await readArticleFile(write("a.HTML", "<p>Talks resumed.</p>"))).format).toBe("html");
    expect((await readArticleFile(write("a.markdown", "# Talks"))).format).toBe("md");
  });

  it("refuses a missing path", () => expectRefused(path.join(dir, "nope.txt"), "NOT_FOUND", /no such file/));

  it("refuses a path through a file", () => expectRefused(path.join(write("plain.txt", "Text."), "inner.txt"), "NOT_FOUND", /no such file/));

  it("refuses an empty path", async () => {
    await expect(readArticleFile("")).rejects.toMatchObject({ code: "BAD_USAGE" });
  });

  it("refuses a directory", () => {
    const folder = path.join(dir, "folder.txt");
    mkdirSync(folder);
    return expectRefused(folder, "UNREADABLE_INPUT", /is a directory/);
  });

  it("refuses an empty file", () => expectRefused(write("empty.txt", ""), "UNREADABLE_INPUT", /is empty/));

  it("refuses a file of only whitespace", () => expectRefused(write("blank.txt", " \n\t\n"), "UNREADABLE_INPUT", /only whitespace/));

  it("refuses a binary file with NUL bytes", () => expectRefused(write("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a])), "UNREADABLE_INPUT", /binary file \(contains NUL/));

  it("refuses a file of mostly control bytes", () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    return expectRefused(write("controls.txt", bytes), "UNREADABLE_INPUT", /binary file \(mostly control bytes/);
  });

  it("refuses UTF-16 text with advice", () => expectRefused(write("utf16.txt", new Uint8Array([0xff, 0xfe, 0x41, 0x00])), "UNREADABLE_INPUT", /UTF-16/));

  it("refuses invalid UTF-8 (Latin-1 bytes)", () => expectRefused(write("latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), "UNREADABLE_INPUT", /not valid UTF-8/));

  it("refuses an unsupported extension, and none", async () => {
    await expectRefused(write("article.pdf", "%PDF-1.7"), "UNREADABLE_INPUT", /unsupported extension "\.pdf"/);
    await expectRefused(write("README", "Text."), "UNREADABLE_INPUT", /unsupported extension "\(none\)"/);
  });

  it("refuses a 20 MB file from its size at once, without reading it", async () => {
    const file = path.join(dir, "huge.txt");
    writeFileSync(file, "");
    truncateSync(file, 20 * 1024 * 1024);
    const started = performance.now();
    await expectRefused(file, "UNREADABLE_INPUT", /20\.0 MB, over the 10\.0 MB limit/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("accepts a file just under the limit", async () => {
    const file = write("large.txt", "Talks went on. ".repeat(Math.floor(MAX_ARTICLE_BYTES / 15) - 1));
    expect((await readArticleFile(file)).bytes).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
  });

  it.skipIf(process.platform === "win32")("refuses a named pipe instead of waiting on it", () => {
    const fifo = path.join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    return expectRefused(fifo, "UNREADABLE_INPUT", /not a regular file/);
  });
});
