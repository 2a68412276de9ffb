import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/extract";
import { extractText, preparedFrom } from "./helpers";

/** Outcomes stated without "agreed to": no agreement, refusals, announced trips, expectations; none from negated verbs. */

const MEETING = "Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao in Beijing on Monday.";

function outcomesOf(text: string, published = "2024-06-18") {
  return extractText(text, published).engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => `${engagement.role} ${outcome.status}: ${outcome.statement}`));
}

describe("outcomes without 'agreed to'", () => {
  it.each([
    [`${MEETING} The talks ended without a joint statement or any new commitment on chips.`, "no-agreement"],
    [`${MEETING} The two ministers came away with little beyond a promise to keep talking.`, "no-agreement"],
    [`${MEETING} Raimondo refused to budge on export controls.`, "rejected"],
    [`${MEETING} Wang rejected the request to ease the curbs on chips.`, "rejected"],
    [`${MEETING} "We don't negotiate on national security," Raimondo said.`, "rejected"],
    [`${MEETING} Wang said there was a high likelihood that the two presidents would meet this year.`, "expected"],
  ])("%s → %s", (text, status) => {
    expect(outcomesOf(`${text}\n`).map((outcome) => outcome.split(":")[0])).toContain(`main ${status}`);
  });

  it("gives a trip announced after a call to the call, with who travels", () => {
    const text = "President Joe Biden and Chinese President Xi Jinping spoke by phone on Tuesday.\nThe White House said Treasury Secretary Janet Yellen would travel to China in the coming days.\n";
    expect(outcomesOf(text)).toContain("main announced: Janet Yellen would travel to China in the coming days");
  });

  it("reads each clause with its own verb", () => {
    const text = `${MEETING} Raimondo said she would travel to Shanghai next year and that Wang would visit the United States in the autumn.\n`;
    expect(outcomesOf(text).filter((outcome) => outcome.includes("announced"))).toHaveLength(2);
  });
});

describe("no outcome from a negated or reporting verb", () => {
  it.each([
    [`${MEETING} The meetings, which were not announced in advance, ran for six hours.`],
    [`${MEETING} Officials declined to say whether a new round was planned.`],
    [`${MEETING} "We are not here to announce a deal," Raimondo said.`],
  ])("%s", (text) => {
    expect(outcomesOf(`${text}\n`)).toEqual([]);
  });
});

describe("announcements reported with 'said … would'", () => {
  it("reads what a side said it would do as announced, without the weekday in the statement", () => {
    const text = "President Donald Trump and Chinese President Xi Jinping agreed on Thursday to lower tariffs after they met in Busan.\nTrump said he would halve the tariff on Chinese goods.\n";
    const outcomes = extractText(text, "2025-10-30").engagements[0]?.outcomes ?? [];
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["agreed", "announced"]);
    expect(outcomes[0]?.statement).toBe("Lower tariffs");
  });

  it("does not read 'said he would not' or 'would like' as an announcement", () => {
    expect(outcomesOf(`${MEETING} Raimondo said she would like to return.\n`)).toEqual([]);
  });
});

describe("several distinct agreements", () => {
  it("keeps agreements on different matters apart, and reads a lead that names both sides before the trigger", () => {
    const text = [
      "Treasury Secretary Janet Yellen and Chinese Vice Premier He Lifeng agreed to hold regular exchanges on balanced growth.",
      "The agreement came after two days of meetings between the pair in Shanghai on Monday and Tuesday.",
      "The Treasury said the two sides also agreed to step up cooperation against money laundering.",
      "",
    ].join("\n");
    const outcomes = extractText(text, "2024-03-13").engagements[0]?.outcomes ?? [];
    expect(outcomes.map((outcome) => outcome.statement)).toEqual(["Hold regular exchanges on balanced growth", "Step up cooperation against money laundering"]);
  });
});

describe("state-media and wire phrasings of outcomes", () => {
  it.each([
    [`${MEETING} The two sides reached a basic consensus on lowering barriers for airlines.`, "agreed"],
    [`${MEETING} The two sides will keep working on fentanyl.`, "agreed"],
    [`${MEETING} Raimondo made no commitment to ease export controls on chips.`, "no-agreement"],
    [`${MEETING} Wang did not commit to cutting tariffs on soybeans.`, "no-agreement"],
    [`${MEETING} The talks did not produce a separate agreement on fentanyl.`, "no-agreement"],
    [`${MEETING} Officials said preparations were under way for the two presidents to speak by phone.`, "expected"],
  ])("%s → %s", (text, status) => {
    expect(outcomesOf(`${text}\n`).map((outcome) => outcome.split(":")[0])).toContain(`main ${status}`);
  });

  it("an invitation to visit is proposed, without a topic of its own", () => {
    expect(outcomesOf(`${MEETING} Wang welcomed Raimondo to visit China again next year.\n`).some((outcome) => / proposed: /.test(outcome))).toBe(true);
  });

  it("'there was no agreement on X' states X", () => {
    expect(outcomesOf(`${MEETING} There was no agreement on tariffs.\n`)).toContain("main no-agreement: No agreement on tariffs");
  });

  it("agreeing that the call went well is not an outcome", () => {
    expect(outcomesOf(`${MEETING} The two sides agreed that the meeting was candid and constructive.\n`)).toEqual([]);
  });

  it("a verb with nothing after it states no outcome, and loses none of the others", () => {
    const text = `${MEETING} On chips, both sides agreed. Wang said China would open a new channel on export controls.\n`;
    const warnings: string[] = [];
    const outcomes = extractArticle(preparedFrom(text, "2024-06-18"), { onWarning: (warning) => warnings.push(warning) }).engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => outcome.statement));
    expect(warnings).toEqual([]);
    expect(outcomes.some((outcome) => /channel on export controls/i.test(outcome))).toBe(true);
  });

  it("discussing a subject is not an agreement on it", () => {
    expect(outcomesOf(`${MEETING} The two sides discussed tariffs and export controls.\n`)).toEqual([]);
  });

  it("a list of subjects in one item is one outcome; a second verb after ', and' is another", () => {
    const text = `${MEETING} The two sides agreed that their teams would keep up consultations on trade, and continue dialogue on counternarcotics, artificial intelligence and climate change.\n`;
    const agreed = outcomesOf(text).filter((outcome) => outcome.startsWith("main agreed"));
    expect(agreed).toHaveLength(2);
    expect(agreed[1]).toContain("Continue dialogue on counternarcotics, artificial intelligence and climate change");
  });
});

describe("questions and 'neither side'", () => {
  it("'neither side announced a deal' is no agreement", () => {
    expect(outcomesOf(`${MEETING} Neither side announced a deal on chips.\n`).map((outcome) => outcome.split(":")[0])).toContain("main no-agreement");
  });

  it("a question put to someone is not an announcement", () => {
    const text = `${MEETING} Raimondo, asked whether she would travel to Shanghai next year, said "possibly."\n`;
    expect(outcomesOf(text).filter((outcome) => outcome.includes("announced"))).toEqual([]);
  });
});

describe("proposals of a side: 'should', 'hopes that', 'warned … to'", () => {
  it.each([
    [`${MEETING} Wang said both sides should expand cooperation on visas for students.`, "main proposed"],
    [`${MEETING} Wang said the United States should ease its chip curbs.`, "main proposed"],
    [`${MEETING} Beijing hopes that Washington will lift the tariffs on steel, Wang said.`, "main proposed"],
    [`${MEETING} Wang warned the United States to stop selling chips to Taiwan.`, "main proposed"],
    [`${MEETING} Both sides should deepen exchanges on climate, Wang said.`, "main proposed"],
  ])("%s → %s", (text, status) => {
    expect(outcomesOf(`${text}\n`).map((outcome) => outcome.split(":")[0])).toContain(status);
  });

  it.each([
    [`${MEETING} "We should not expect a big deal on tariffs this week," Raimondo said.`],
    [`${MEETING} Raimondo said she warned Russia not to send chips to Iran.`],
    [`${MEETING} Wang said China always keeps what has been promised on tariffs.`],
    [`${MEETING} They went over matters ranging from chip curbs to resuming gallium shipments.`],
    [`${MEETING} The agenda, announced by the Commerce Department, covered chips.`],
  ])("none from %s", (text) => {
    expect(outcomesOf(`${text}\n`)).toEqual([]);
  });

  it("keeps a proposal on a subject and an invitation without one apart", () => {
    const text = `${MEETING} Wang said the United States should drop its tariffs. He invited Raimondo to visit Shanghai next year.\n`;
    expect(outcomesOf(text).filter((outcome) => outcome.startsWith("main proposed"))).toHaveLength(2);
  });
});

describe("commitments and clauses of their own", () => {
  it("'promised to' is an agreement", () => {
    expect(outcomesOf(`${MEETING} China promised to ease its controls on gallium exports.\n`).map((outcome) => outcome.split(":")[0])).toContain("main agreed");
  });

  it("', announcing …' opens an outcome of its own after an agreement", () => {
    const text = `${MEETING} The two sides agreed to calm the trade dispute, Raimondo said, announcing the U.S. will reduce tariffs on Chinese steel.\n`;
    const statuses = outcomesOf(text).map((outcome) => outcome.split(":")[0]);
    expect(statuses).toEqual(expect.arrayContaining(["main agreed", "main announced"]));
  });
});

describe("what cannot yet have come of a meeting ahead", () => {
  const AHEAD = "Commerce Secretary Gina Raimondo will meet Chinese Commerce Minister Wang Wentao in Beijing next Monday.";

  it.each([
    [`${AHEAD} Raimondo vowed to answer any new curbs on gallium with tariffs on Chinese steel.`],
    [`${AHEAD} The Commerce Department said it would post the agenda, announcing the talks on its website.`],
  ])("no vow or announcement is filed as the result of a meeting not yet held: %s", (text) => {
    expect(outcomesOf(`${text}\n`, "2024-06-12").filter((outcome) => / (?:agreed|announced): /.test(outcome))).toEqual([]);
  });

  it("keeps what is expected of it", () => {
    const text = `${AHEAD} Officials said Raimondo expects a commitment from Wang on gallium exports.\n`;
    expect(outcomesOf(text, "2024-06-12").map((outcome) => outcome.split(":")[0])).toContain("main expected");
  });

  it("keeps a vow made at a meeting that was held", () => {
    expect(outcomesOf(`${MEETING} Wang vowed to ease the controls on gallium exports.\n`).map((outcome) => outcome.split(":")[0])).toContain("main agreed");
  });
});

describe("a possible agreement is not an agreement", () => {
  it.each([
    [`${MEETING} The two sides may agree to lower tariffs on soybeans.`],
    [`${MEETING} "The best result would be for the two sides to agree to lower tariffs on soybeans," an analyst said.`],
    [`${MEETING} Raimondo could announce new rules on chips.`],
  ])("none from %s", (text) => {
    expect(outcomesOf(`${text}\n`).filter((outcome) => / (?:agreed|announced): /.test(outcome))).toEqual([]);
  });

  it("keeps an agreement reached", () => {
    expect(outcomesOf(`${MEETING} The two sides agreed to lower tariffs on soybeans.\n`).map((outcome) => outcome.split(":")[0])).toContain("main agreed");
  });
});
