import { describe, expect, it } from "vitest";
import { militaryPartiesIn } from "@/lib/extract/steps/find-topics";
import { extractText } from "./helpers";

/** Topics named by patterns rather than fixed phrases: the two armed forces as a party of contact, and subjects named only in a clause that sets the scene. */

const DEFENSE_CALL = "Defense Secretary Lloyd Austin spoke with Chinese Defense Minister Dong Jun by video call on Tuesday.";

function topicsOf(text: string): string[] {
  const main = extractText(`${text}\n`, "2024-06-18").engagements.find((engagement) => engagement.role === "main");
  return main?.topics.map((topic) => topic.slug) ?? [];
}

describe("the militaries as a party of contact", () => {
  it.each([
    [`${DEFENSE_CALL} Dong said ties between the two armies must rest on mutual respect.`],
    [`${DEFENSE_CALL} Austin said Washington would keep up its dialogue with the People's Liberation Army.`],
    [`${DEFENSE_CALL} Both men called for steadier relations between the armed forces of their countries.`],
    [`${DEFENSE_CALL} Officials said channels with the PLA would stay open.`],
  ])("%s", (text) => {
    expect(topicsOf(text)).toContain("military-communication");
  });

  it.each([
    [`${DEFENSE_CALL} Austin criticised drills held by the People's Liberation Army near the island of Kinmen.`],
    [`${DEFENSE_CALL} The Philippine armed forces reported a collision at sea.`],
    [`${DEFENSE_CALL} Dong spoke of the armies of the ancient warring states.`],
  ])("no contact noun before the body: %s", (text) => {
    expect(topicsOf(text)).not.toContain("military-communication");
  });

  it("keeps the evidence exactly on the party, from the preposition", () => {
    const text = "They agreed to resume exchanges between the two armed forces soon.";
    const [party] = militaryPartiesIn(text);
    expect(party?.text).toBe("between the two armed forces");
    expect(text.slice(party?.start, party?.end)).toBe(party?.text);
  });

  it("reaches over at most two words between the contact noun and the preposition", () => {
    expect(militaryPartiesIn("communication at the working level with the PLA")).toEqual([]);
    expect(militaryPartiesIn("talks at length with the PLA")).toHaveLength(1);
  });

  it("is said not to have been discussed", () => {
    expect(topicsOf(`${DEFENSE_CALL} They did not discuss relations between the two armies.`)).not.toContain("military-communication");
  });
});

const TALKS = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Geneva on Monday.";

describe("a clause that sets the scene", () => {
  it.each([
    [`${TALKS} They sat down in a lakeside hotel where Iran's envoy had stayed the week before, with reporters waiting outside.`, "middle-east"],
    [`${TALKS} Wang served a local cheese, a product on which Washington once levied tariffs.`, "trade-tariffs"],
    [`${TALKS} The venue was a villa in which Taiwan's delegation had once been received, officials noted.`, "taiwan"],
  ])("names no subject raised: %s", (text, slug) => {
    expect(topicsOf(text)).not.toContain(slug);
  });

  it.each([
    [`${TALKS} They also named several areas where cooperation is possible, including fentanyl and climate change.`, "fentanyl"],
    [`${TALKS} They held a dinner at which they discussed Taiwan at length.`, "taiwan"],
    [`${TALKS} It was a long session, in which Gaza featured prominently.`, "middle-east"],
    [`${TALKS} They met in the city where the trade talks had stalled; Blinken then raised tariffs on steel.`, "trade-tariffs"],
  ])("still counts when the clause lists or tells of subjects: %s", (text, slug) => {
    expect(topicsOf(text)).toContain(slug);
  });
});

describe("a scene set with 'amid', however long before the subject", () => {
  it.each([
    [`${TALKS} Blinken pressed Wang on human rights amid rising friction over export permits and student visas and the widening war in Ukraine.`, "russia-ukraine"],
    [`${TALKS} The two men met amid deepening disagreements about shipping lanes and the fighting around Gaza.`, "middle-east"],
  ])("names no subject raised: %s", (text, slug) => {
    expect(topicsOf(text)).not.toContain(slug);
  });

  it.each([
    [`${TALKS} Amid mounting friction over export permits and shipping lanes, Blinken raised Ukraine.`, "russia-ukraine"],
    [`${TALKS} Wang spoke of the tensions of recent months; Blinken raised Gaza and the hostages at length.`, "middle-east"],
  ])("still counts after the clause ends: %s", (text, slug) => {
    expect(topicsOf(text)).toContain(slug);
  });
});

describe("a scene set with 'while' and a word of friction", () => {
  it.each([
    [`${TALKS} The visit aims to mend ties that have frayed while tensions mounted over everything from Taiwan to chip sales.`, "taiwan"],
    [`${TALKS} Relations soured last year while the rivalry deepened around the war in Ukraine.`, "russia-ukraine"],
  ])("names no subject raised: %s", (text, slug) => {
    expect(topicsOf(text)).not.toContain(slug);
  });

  it.each([
    [`${TALKS} While Blinken raised Taiwan, Wang spoke of trade.`, "taiwan"],
    [`${TALKS} While tensions run high, Blinken pressed Wang on the war in Ukraine.`, "russia-ukraine"],
  ])("still counts when the clause says what was raised, or has ended: %s", (text, slug) => {
    expect(topicsOf(text)).toContain(slug);
  });
});

describe("the remit of an office or a person", () => {
  it.each([
    [`${TALKS} Blinken once served under a general of Central Command, responsible for American forces in the Middle East and Central Asia.`, "middle-east"],
    [`${TALKS} He was joined by an envoy, in charge of the file on North Korea since last spring.`, "north-korea"],
  ])("names no subject raised: %s", (text, slug) => {
    expect(topicsOf(text)).not.toContain(slug);
  });

  it.each([
    [`${TALKS} Blinken, who leads the department, raised the fighting in Gaza.`, "middle-east"],
    [`${TALKS} Wang, responsible for foreign affairs, pressed Blinken on Taiwan.`, "taiwan"],
    [`${TALKS} The two ministers then met their deputies, overseeing the launch of a working group on fentanyl.`, "fentanyl"],
  ])("still counts outside the remit, and in what was done at the talks: %s", (text, slug) => {
    expect(topicsOf(text)).toContain(slug);
  });
});

describe("the press at the scene", () => {
  it.each([
    [`${TALKS} Dozens of local and foreign journalists waited in the rain outside the villa.`],
    [`${TALKS} As the talks ended, foreign journalists crowded around the two cars.`],
  ])("is not a subject raised: %s", (text) => {
    expect(topicsOf(text)).not.toContain("people-to-people");
  });

  it.each([
    [`${TALKS} Blinken pressed Wang on the treatment of foreign journalists in Beijing.`],
    [`${TALKS} They agreed that foreign journalists would again get visas.`],
  ])("still counts as a subject: %s", (text) => {
    expect(topicsOf(text)).toContain("people-to-people");
  });
});
