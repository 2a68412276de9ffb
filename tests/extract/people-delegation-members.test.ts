import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Someone said to be part of a side's delegation, or to have joined it, took part in its talks. Invented sentences. */

const people = (text: string) => extractText(text, "2025-06-10").engagements.map((engagement) => engagement.participants.map((participant) => participant.name).sort());

describe("a delegation member named as the subject", () => {
  it("joins the talks of the delegation just reported", () => {
    const talks = "Vice Premier He Lifeng held talks with Treasury Secretary Scott Bessent in Oslo on Monday.";
    expect(people(`${talks} Wang Wentao, China's commerce minister, also was part of Beijing's delegation.`)).toEqual([["He Lifeng", "Scott Bessent", "Wang Wentao"]]);
    expect(people(`${talks} Li Chenggang joined the Chinese delegation.`)).toEqual([["He Lifeng", "Li Chenggang", "Scott Bessent"]]);
  });

  it("does not make a member of someone only said to be part of a plan or of another body", () => {
    const talks = "Vice Premier He Lifeng held talks with Treasury Secretary Scott Bessent in Oslo on Monday.";
    expect(people(`${talks} Wang Wentao was part of the reason for the delay.`)).toEqual([["He Lifeng", "Scott Bessent"]]);
    expect(people(`${talks} Wang Wentao joined the board of a trade council.`)).toEqual([["He Lifeng", "Scott Bessent"]]);
  });
});
