import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A headline naming as a call the contact the body tells only as talk, or the reverse: one
 * engagement, not two (session 17). Every sentence here is written for the test.
 */

function engagementsOf(text: string, published: string | null) {
  return extractText(text, published).engagements.map((engagement) => ({
    role: engagement.role, date: engagement.date, kind: engagement.kind,
    participants: engagement.participants.map((participant) => participant.name).sort(),
  }));
}

describe("a headline call over a body that says the two spoke", () => {
  it("joins the headline's call to the dated contact the body tells", () => {
    const text = "Lloyd Austin Holds Call With Chinese Defense Minister\nDefense Secretary Lloyd Austin spoke with General Dong Jun on Tuesday, officials said.\nThe pair spoke about maritime safety for close to an hour.\n";
    const found = engagementsOf(text, "2024-04-17");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ role: "main", date: "2024-04-16", participants: ["Dong Jun", "Lloyd Austin"] });
  });

  it("joins a headline that says they spoke to the call the body tells", () => {
    const text = "Wang Yi Speaks With Antony Blinken\nChinese Foreign Minister Wang Yi held a phone call with Secretary of State Antony Blinken on Monday at the American side's request.\n";
    const found = engagementsOf(text, "2023-02-21");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ role: "main", date: "2023-02-20", participants: ["Antony Blinken", "Wang Yi"] });
  });
});

describe("contacts that stay apart from a headline call", () => {
  it("keeps talks held in a city apart from the call the headline names", () => {
    const text = "Lloyd Austin Holds Call With Chinese Defense Minister\nDefense Secretary Lloyd Austin spoke with General Dong Jun at a security forum in Singapore last month.\n";
    expect(engagementsOf(text, "2024-04-17")).toHaveLength(2);
  });

  it("keeps a meeting apart from the call the headline names", () => {
    const text = "Lloyd Austin Holds Call With Chinese Defense Minister\nDefense Secretary Lloyd Austin met General Dong Jun for an hour last month.\n";
    expect(engagementsOf(text, "2024-04-17")).toHaveLength(2);
  });

  it("keeps a body call apart from a headline contact held in a city", () => {
    const text = "Wang Yi Speaks With Antony Blinken In Munich\nChinese Foreign Minister Wang Yi held a phone call with Secretary of State Antony Blinken on Monday.\n";
    expect(engagementsOf(text, "2023-02-21")).toHaveLength(2);
  });
});
