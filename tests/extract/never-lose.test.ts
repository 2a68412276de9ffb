import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle, validatedExtraction } from "@/lib/extract";
import { extractionSchema, type Extraction } from "@/lib/schemas/extraction";
import { preparedFrom } from "./helpers";

/** Issue 7, point 5: a fact that fails validation is dropped with a warning; the article and its other facts are kept. */

const TEXT = "Blinken met Wang Yi in Jakarta on Thursday. They agreed to keep talking.";

function evidence(start: number, end: number) {
  return { start, end, exact: TEXT.slice(start, end), prefix: "", suffix: "" };
}

function draft(): Extraction {
  return {
    article: { title: null, published: "2023-07-14", publishedSource: "given", language: "en", sha256: "a".repeat(64) },
    engagements: [
      {
        role: "main", status: "held", kind: "ministerial-meeting", title: "Blinken–Wang Yi meeting", date: "2023-07-13", dateEnd: null,
        place: { name: "Jakarta", country: "Indonesia" },
        participants: [
          { name: "Antony Blinken", side: "US", title: null, evidence: [evidence(0, 7)] },
          { name: "Wang Yi", side: "CN", title: null, evidence: [{ start: 500, end: 507, exact: "Wang Yi", prefix: "", suffix: "" }] },
        ],
        topics: [],
        outcomes: [
          { statement: "", topic: null, status: "agreed", side: "both", evidence: [evidence(49, 72)] },
          { statement: "Keep talking", topic: null, status: "agreed", side: "both", evidence: [evidence(49, 72)] },
        ],
        confidence: 0.8,
        dateEvidence: [evidence(34, 42)],
        placeEvidence: [evidence(23, 30)],
        occasion: null,
      },
    ],
  };
}

describe("facts that fail validation", () => {
  it("drops an empty outcome and a quote outside the text, keeps the rest, and names the article and the fact", () => {
    const warnings: string[] = [];
    const kept = validatedExtraction(draft(), TEXT, "article dev-test", (warning) => warnings.push(warning));
    const [engagement] = kept.engagements;
    expect(engagement?.participants.map((participant) => participant.name)).toEqual(["Antony Blinken"]);
    expect(engagement?.outcomes.map((outcome) => outcome.statement)).toEqual(["Keep talking"]);
    expect(warnings).toHaveLength(2);
    expect(warnings.every((warning) => warning.includes("article dev-test"))).toBe(true);
    expect(warnings.some((warning) => warning.includes("Wang Yi"))).toBe(true);
    expect(warnings.some((warning) => warning.includes("outcome"))).toBe(true);
    expect(extractionSchema.safeParse(kept).success).toBe(true);
  });
});

describe("the time budget", () => {
  it("stores an article whose extraction runs out of time, flagged, with no facts", () => {
    const extraction = extractArticle(preparedFrom(TEXT, "2023-07-14"), { budgetMs: 0 });
    expect(extraction.engagements).toEqual([]);
    expect(extraction.article.note).toMatch(/extraction timed out/);
    expect(extractionSchema.safeParse(extraction).success).toBe(true);
  });
});

describe("a text longer than any report", () => {
  it("reads its first part, says so, and keeps the facts found there with exact quotes", () => {
    const text = `U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta on Thursday.\n${"Filler words about nothing in particular. ".repeat(6_000)}`;
    const extraction = extractArticle(preparedFrom(text, "2023-07-14"));
    expect(extraction.article.note).toMatch(/^extraction read the first \d+ of \d+ characters$/);
    expect(extraction.engagements[0]?.participants.map((participant) => participant.name).sort()).toEqual(["Antony Blinken", "Wang Yi"]);
    expect(extractionSchema.safeParse(extraction).success).toBe(true);
  });
});

/** Fragments real reporting and hostile input are made of. */
const FRAGMENTS = [
  "Blinken", "met", "Wang Yi", "Secretary of State", "Foreign Minister", "in Jakarta", "on Tuesday", "the next day", "A day later",
  "Mr.", "A.", "(", ")", "[", "]", "U.S.", "China", "Chinese", "said", "agreed to", "will travel to the United States", "In 2019,",
  "Nov. 15, 2023", "14th of April", "11/15/2023", "—", "\n", "\n\n", ". ", ", ", " ", "talks", "call", "visit", "Xi Jinping", "Biden",
  "Nairobi", "Vice Premier He Lifeng", "Treasury Secretary", "his Chinese counterpart", "\u00a0", "“", "”", "é", "🙂",
];

describe("any text extracts to a valid result", () => {
  it("random and adversarial texts always validate, every quote exact", () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(" ")),
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(texts, fc.option(fc.constantFrom("2023-11-08", "2024-02-29", "1999-12-31"), { nil: null }), (text, published) => {
        const extraction = extractArticle(preparedFrom(text, published));
        expect(extractionSchema.safeParse(extraction).success).toBe(true);
        for (const engagement of extraction.engagements) {
          const quotes = [...(engagement.dateEvidence ?? []), ...(engagement.placeEvidence ?? []), ...engagement.participants.flatMap((p) => p.evidence), ...engagement.topics.flatMap((t) => t.evidence), ...engagement.outcomes.flatMap((o) => o.evidence)];
          for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.exact);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
