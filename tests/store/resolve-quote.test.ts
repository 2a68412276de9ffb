import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { resolveQuote, selectorAt, SELECTOR_CONTEXT } from "@/lib/store/resolve-quote";

const text = "Blinken met Wang Yi. Later, Blinken met Xi Jinping in Beijing.";

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("resolveQuote", () => {
  it("resolves a unique quote to offsets whose text is the quote", () => {
    const resolved = resolveQuote(text, { exact: "Xi Jinping" }, "test");
    expect(text.slice(resolved.start, resolved.end)).toBe("Xi Jinping");
    expect(resolved.prefix).toBe(text.slice(Math.max(0, resolved.start - SELECTOR_CONTEXT), resolved.start));
    expect(resolved.suffix).toBe(" in Beijing.");
  });

  it("names the fact and the quote when the quote is missing", () => {
    const error = errorOf(() => resolveQuote(text, { exact: "Wang Yi met" }, "file.json › engagement x › topic"));
    expect(error.code).toBe("QUOTE_NOT_FOUND");
    expect(error.message).toContain("file.json › engagement x › topic");
    expect(error.message).toContain("Wang Yi met");
  });

  it("refuses an ambiguous quote and counts the occurrences", () => {
    const error = errorOf(() => resolveQuote(text, { exact: "Blinken met" }, "where"));
    expect(error.code).toBe("QUOTE_AMBIGUOUS");
    expect(error.details).toMatchObject({ occurrences: 2 });
  });

  it("uses the prefix to pick one of several occurrences", () => {
    const resolved = resolveQuote(text, { exact: "Blinken met", prefix: "Later, " }, "where");
    expect(resolved.start).toBe(text.indexOf("Later, ") + "Later, ".length);
  });

  it("uses the suffix to pick one of several occurrences", () => {
    const resolved = resolveQuote(text, { exact: "Blinken met", suffix: " Wang" }, "where");
    expect(resolved.start).toBe(0);
  });

  it("reports a prefix that matches no occurrence as not found", () => {
    expect(errorOf(() => resolveQuote(text, { exact: "Blinken met", prefix: "Earlier, " }, "where")).code).toBe("QUOTE_NOT_FOUND");
  });

  it("is case- and punctuation-exact", () => {
    expect(errorOf(() => resolveQuote(text, { exact: "xi jinping" }, "where")).code).toBe("QUOTE_NOT_FOUND");
  });
});

describe("selectorAt", () => {
  it("clips context at the ends of the text", () => {
    const selector = selectorAt(text, 0, 7);
    expect(selector).toMatchObject({ exact: "Blinken", prefix: "" });
    expect(selector.suffix).toHaveLength(SELECTOR_CONTEXT);
  });
});
