import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/extract";
import { extractionSchema } from "@/lib/schemas/extraction";
import { preparedFrom } from "./helpers";

/**
 * Inputs built to make a backtracking pattern take quadratic time (issue 7, point 6). Each
 * must finish extraction within the bound the issue sets (2 s). The bound is checked on the
 * process's CPU time, which other work on a shared machine does not inflate; wall time is
 * printed beside it.
 */

const BOUND_MS = 2_000;

function oneMegabyte(unit: string): string {
  return unit.repeat(Math.ceil(1_000_000 / unit.length));
}

const INPUTS: [string, string][] = [
  ["a 1 MB line of dates", oneMegabyte("May 3, 2024 Tuesday 2019-11-15 the next day ")],
  ["100,000 × 'Mr. '", "Mr. ".repeat(100_000)],
  ["'A. ' × 24,000", "A. ".repeat(24_000)],
  ["50,000 nested brackets", `${"(".repeat(50_000)}Blinken met Wang Yi${")".repeat(50_000)}`],
  ["a long run of capitalised words", `Secretary ${"Wang Blinken Beijing Minister ".repeat(30_000)}met.`],
  ["a 1 MB line of titles and names", oneMegabyte("Foreign Minister Wang Yi met Secretary of State Antony Blinken in Jakarta on Tuesday, ")],
  ["a 1 MB word without spaces", "x".repeat(1_000_000)],
];

describe("extraction time on adversarial input", () => {
  // the GeoNames city list loads once per process, on first use: not part of any article's time
  beforeAll(() => {
    extractArticle(preparedFrom("Officials met in Nairobi.", "2024-05-16"));
  });

  it.each(INPUTS)("%s finishes within the bound and validates", (name, text) => {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const extraction = extractArticle(preparedFrom(text, "2024-05-16"));
    const cpu = process.cpuUsage(cpuBefore);
    const elapsed = (cpu.user + cpu.system) / 1000;
    console.log(`adversarial: ${name}: ${elapsed.toFixed(0)} ms CPU, ${(performance.now() - started).toFixed(0)} ms wall (${text.length} chars)`);
    expect(extractionSchema.safeParse(extraction).success).toBe(true);
    expect(elapsed).toBeLessThanOrEqual(BOUND_MS);
  });
});
