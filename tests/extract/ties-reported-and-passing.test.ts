import { describe, expect, it } from "vitest";
import { PIPELINE } from "@/lib/extract/pipeline";
import { tieSentencesStep } from "@/lib/extract/steps/tie-sentences";
import { stateAfter } from "./helpers";

/** A sentence that reports an engagement and also names another one in a clause about another time: invented sentences only. */

const UP_TO_TIES = PIPELINE.slice(0, PIPELINE.indexOf(tieSentencesStep) + 1);

function tiedTo(text: string): number[][] {
  return stateAfter(UP_TO_TIES, text, "2025-06-10").engagements.map((engagement) => engagement.tiedSentences);
}

describe("a sentence reporting the talks, with a later meeting in a clause that joins the same engagement", () => {
  it("is tied to the talks it reports", () => {
    const ties = tiedTo("Vice Premier He Lifeng met Treasury Secretary Janet Yellen in Geneva on June 7.\n\nThe United States and China held trade talks in Switzerland on June 7, a spokesman said, ahead of a meeting of their leaders in Peru next week.\n");
    expect(ties[0]).toContain(1);
  });

  it("is tied without a date as well", () => {
    const ties = tiedTo("Vice Premier He Lifeng met Treasury Secretary Janet Yellen in Geneva on June 7.\n\nThe United States and China held trade talks in Switzerland, a spokesman said, ahead of a meeting of their leaders in Peru.\n");
    expect(ties[0]).toContain(1);
  });
});

describe("a sentence that names the engagement only in passing", () => {
  it("is not tied to it", () => {
    const ties = tiedTo("Vice Premier He Lifeng met Treasury Secretary Janet Yellen in Geneva on June 7.\n\nSteel prices have risen sharply since their meeting in Geneva.\n");
    expect(ties.flat()).not.toContain(1);
  });
});
