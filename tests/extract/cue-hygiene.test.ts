import { describe, expect, it } from "vitest";
import { cuePhraseSource } from "@/lib/extract/steps/find-outcomes";
import { OUTCOME_CUE_FAMILIES } from "@/lib/taxonomy/outcome-cues";

/**
 * Cue hygiene (issue 7): a cue earns its place by helping articles from at least two
 * sources. These phrasings each matched one article only (one a typo of a seed) and were removed.
 */

const SINGLE_ARTICLE_PHRASES = ["reassuming", "came away mainly with little", "would not budge", "refused to budge", "could not be separated"];

describe("outcome cue lexicon", () => {
  const all = OUTCOME_CUE_FAMILIES.flatMap((family) => family.phrases).map((phrase) => new RegExp(`^(?:${cuePhraseSource(phrase)})$`, "i"));

  it.each(SINGLE_ARTICLE_PHRASES)("no cue serves the single-article phrase %s", (phrase) => {
    expect(all.filter((cue) => cue.test(phrase))).toEqual([]);
  });

  it("keeps the general phrasings", () => {
    for (const phrase of ["agreed", "no breakthrough", "rejected", "announced", "urged", "expected to sign"]) expect(all.some((cue) => cue.test(phrase))).toBe(true);
  });
});
