import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * What was agreed ends where an aside about it begins: a passive participle with its agent
 * ("…, endorsed by the two presidents") or a "with" clause telling something more ("…, with
 * the minister accepting an invitation"). Sentences invented.
 */

const MEETING = "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Monday.";

function statementsOf(text: string) {
  return extractText(`${MEETING} ${text}\n`, "2024-04-29").engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => outcome.statement));
}

describe("an aside after what was agreed", () => {
  it.each([
    ["a passive participle with its agent", "The two sides agreed to pursue the shared vision for the relationship, set out by the two presidents in Lima, and to hold more talks.", "Pursue the shared vision for the relationship"],
    ["agreed upon by", "The two sides agreed to carry forward the common ground, agreed upon by both governments last year.", "Carry forward the common ground"],
    ["an absolute with clause", "The two sides agreed to keep up senior-level exchanges, with Wang accepting an invitation to visit Washington.", "Keep up senior-level exchanges"],
  ])("ends the statement: %s", (_, text, statement) => {
    expect(statementsOf(text)).toContain(statement);
  });
});

describe("what is not an aside", () => {
  it("keeps a means named with with", () => {
    expect(statementsOf("The two sides agreed to resume talks, with regular meetings of their working groups.")[0]).toMatch(/with regular meetings/);
  });

  it.each([
    ["a gerund noun after an adjective", "The two sides agreed to widen climate cooperation, with new funding for clean power projects.", /with new funding/],
    ["a gerund noun after an article", "The two sides agreed to keep talking, with a meeting of experts in the spring.", /with a meeting of experts/],
  ])("keeps a with phrase whose -ing word is a noun: %s", (_, text, kept) => {
    expect(statementsOf(text).some((statement) => kept.test(statement))).toBe(true);
  });
});
