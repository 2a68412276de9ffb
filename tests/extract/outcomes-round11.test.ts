import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Outcome rules of session 11. Sentences invented. */

const VISIT = "Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao in Beijing on Monday.";

function outcomesOf(text: string, published = "2023-08-29") {
  return extractText(text, published).engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => ({ status: outcome.status, topic: outcome.topic, statement: outcome.statement })));
}

describe("a wish that names no subject", () => {
  it.each([
    ["it is hoped", "It is hoped that Washington will turn its promises into deeds."],
    ["expressed hope", "Wang expressed hope that the two countries will clear away interference and talk more."],
    ["hoped", "Wang hoped that both peoples would grow closer in the years ahead."],
  ])("is courtesy, not a proposal: %s", (_, sentence) => {
    expect(outcomesOf(`${VISIT} ${sentence}\n`)).toEqual([]);
  });

  it("stays courtesy when a topic is named only before the wish", () => {
    expect(outcomesOf(`${VISIT} Since Washington says it seeks no decoupling on semiconductors, it is hoped that it keeps its word.\n`)).toEqual([]);
  });

  it("is a proposal when the words after it name a topic", () => {
    const found = outcomesOf(`${VISIT} Wang hoped that the United States would ease its export controls on chips.\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ status: "proposed", topic: "export-controls" });
  });

  it("leaves a call on one side with no topic as it was", () => {
    const found = outcomesOf(`${VISIT} Wang said the United States should expand the list of areas where it works with China.\n`);
    expect(found.map((outcome) => outcome.status)).toEqual(["proposed"]);
  });
});

describe("an announcement of the main engagement itself", () => {
  it("states no outcome when the call announced is the one reported", () => {
    const text = "President Joe Biden announced on Tuesday that he had a long and candid phone call with Chinese President Xi Jinping. The two leaders discussed Taiwan and trade.\n";
    expect(outcomesOf(text, "2024-04-03").filter((outcome) => outcome.status === "announced")).toEqual([]);
  });

  it("states no outcome of an earlier meeting when the trip announced is the one reported", () => {
    const text = [
      "Blinken to meet Wang Yi in Beijing",
      "Secretary of State Antony Blinken and Foreign Minister Wang Yi after their talks in Munich, Germany, Feb. 18, 2023.",
      "Secretary of State Antony Blinken will travel to Beijing next month for a meeting with Foreign Minister Wang Yi, the State Department said on Monday.",
    ].join("\n");
    expect(outcomesOf(`${text}\n`, "2024-03-04")).toEqual([]);
  });

  it("keeps an announcement of talks to come", () => {
    const text = "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Geneva on Sunday for trade talks. Bessent said the two sides were establishing a mechanism to continue the talks.\n";
    expect(outcomesOf(text, "2025-05-12").map((outcome) => outcome.status)).toContain("announced");
  });

  it("keeps an announcement made at the engagement", () => {
    const text = "President Joe Biden met Chinese President Xi Jinping in Woodside on Wednesday. Biden announced at the summit that the United States would reopen the military hotline.\n";
    expect(outcomesOf(text, "2023-11-16").map((outcome) => outcome.status)).toContain("announced");
  });
});

describe("a forecast made by someone at the talks", () => {
  const TALKS = "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in London on Monday for trade talks.";

  it("reads \"anticipating that …\" as an expectation", () => {
    const found = outcomesOf(`${TALKS} Bessent said he was anticipating that the next round would bring a pause in the export controls on gallium.\n`, "2025-06-10");
    expect(found).toEqual([expect.objectContaining({ status: "expected", topic: "export-controls" })]);
  });

  it("reads \"… is likely\" as an expectation of the words before it", () => {
    const found = outcomesOf(`${TALKS} Bessent told reporters a longer pause in the tariff increases is “likely.”\n`, "2025-06-10");
    expect(found).toEqual([{ status: "expected", topic: "trade-tariffs", statement: "Longer pause in the tariff increases" }]);
  });

  it.each([
    ["a forecast denied", "Bessent said he did not expect that Beijing would lift its export controls on gallium."],
    ["a forecast of nothing in particular", "Bessent said he expected that the talks would go on late into the night."],
    ["\"likely\" followed by its own clause", "Bessent said it is likely that the export controls stay in place."],
    ["\"likely\" said of no topic", "Bessent said an early end to the second day is likely."],
  ])("reads no expectation from %s", (_, sentence) => {
    expect(outcomesOf(`${TALKS} ${sentence}\n`, "2025-06-10").filter((outcome) => outcome.status === "expected")).toEqual([]);
  });
});

describe("the engagement an outcome belongs to when the sentence names none it was said at", () => {
  function holdersOf(text: string, published: string) {
    return extractText(text, published).engagements.filter((engagement) => engagement.outcomes.length > 0).map((engagement) => ({ role: engagement.role, outcomes: engagement.outcomes.map((outcome) => outcome.statement) }));
  }

  it("is not one named only in a later clause with a subject of its own", () => {
    const text = [
      "National Security Adviser Jake Sullivan met Chinese President Xi Jinping in Beijing on Thursday at the end of three days of talks.",
      "",
      "Sullivan also sat down with General Zhang Youxia, and the meeting produced an agreement to hold more military talks.",
      "",
      "One subject was left aside: the coming election. Beijing has been watching the campaign closely.",
      "",
      "Both sides agreed to work toward a Biden-Xi phone call in the coming weeks, and Sullivan indicated the White House is open to an in-person meeting at the G20 summit in November.",
    ].join("\n");
    const holders = holdersOf(`${text}\n`, "2024-08-30");
    expect(holders).toHaveLength(1);
    expect(holders[0]?.role).toBe("main");
    expect(holders[0]?.outcomes).toContain("Work toward a Biden-Xi phone call in the coming weeks");
  });

  it("is the main one among those the sentence only continues", () => {
    const text = [
      "Foreign Minister Wang Yi met Secretary of State Marco Rubio in Kuala Lumpur on Friday on the sidelines of a regional meeting. The two diplomats exchanged views on relations, according to a statement.",
      "",
      "The meeting was their first in person since January.",
      "",
      "Wang and Rubio held a phone conversation in January at the latter's request.",
      "",
      "According to the statement on Friday, both sides agreed that the meeting was positive. They agreed to enhance communication through diplomatic channels at various levels.",
    ].join("\n");
    expect(holdersOf(`${text}\n`, "2025-07-12")).toEqual([{ role: "main", outcomes: ["Enhance communication through diplomatic channels at various levels"] }]);
  });

  it("stays one named as where it was said", () => {
    const text = "Treasury Secretary Janet Yellen met Vice Premier He Lifeng in Guangzhou on Friday. President Biden and President Xi agreed at their summit in Woodside last November to restore military talks, and Yellen said the new talks built on that.\n";
    const holders = holdersOf(text, "2024-04-06");
    expect(holders.map((holder) => holder.role)).toEqual(["mentioned"]);
  });
});
