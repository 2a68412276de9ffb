import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Topic cues that name a subject indirectly, and negation scope: what the text rules out is not a topic. */

const MEETING = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.";

function topicsOf(text: string): string[] {
  const main = extractText(`${text}\n`, "2024-06-18").engagements.find((engagement) => engagement.role === "main");
  return main?.topics.map((topic) => topic.slug) ?? [];
}

describe("implied topics", () => {
  it.each([
    [`${MEETING} Blinken raised China's support for Russia's defense industrial base.`, "russia-ukraine"],
    [`${MEETING} Blinken also raised purchases of Iranian crude by Chinese refiners.`, "middle-east"],
    [`${MEETING} Blinken raised concerns about excess industrial capacity in solar panels.`, "economic-relations"],
    [`${MEETING} They reviewed the restored military-to-military communication channels.`, "military-communication"],
    [`${MEETING} Wang complained about U.S. restrictions on technology exports.`, "export-controls"],
  ])("%s → %s", (text, slug) => {
    expect(topicsOf(text)).toContain(slug);
  });
});

describe("negation scope", () => {
  it.each([
    [`${MEETING} The talks did not get into the details of tariffs, an official said.`],
    [`${MEETING} Taiwan never came up, according to the State Department.`],
    [`${MEETING} Observers had expected talk of Taiwan and the South China Sea. Neither subject was mentioned in the readouts.`],
  ])("%s", (text) => {
    expect(topicsOf(text)).toEqual([]);
  });

  it("rules out only the sentence before, not the whole article", () => {
    const text = `${MEETING} Blinken raised fentanyl.\nThey also discussed Taiwan and tariffs. Neither subject was mentioned in China's readout.`;
    expect(topicsOf(text)).toEqual(["fentanyl"]);
  });
});

describe("domain lexicon", () => {
  it.each([
    [`${MEETING} Wang warned against "Taiwan independence" separatist activities.`, "taiwan"],
    [`${MEETING} Blinken raised U.S. concerns about Beijing's backing for Moscow.`, "russia-ukraine"],
    [`${MEETING} They discussed reciprocal tariffs and the levies on steel.`, "trade-tariffs"],
    [`${MEETING} Wang criticised restrictions on Chinese chipmakers.`, "export-controls"],
    [`${MEETING} Both welcomed more educational exchanges and tourists.`, "people-to-people"],
    [`${MEETING} They agreed to cut greenhouse gases and to phase down coal.`, "climate"],
    [`${MEETING} Blinken pressed for the release of Americans he called unjustly detained.`, "detained-citizens"],
    [`${MEETING} Wang complained about barriers to investment in the United States.`, "investment-restrictions"],
    [`${MEETING} The two sides discussed unsafe intercepts by fighter jets.`, "military-communication"],
  ])("%s → %s", (text, slug) => {
    expect(topicsOf(text)).toContain(slug);
  });

  it("a background paragraph about another country's dispute is not the meeting's topic", () => {
    const text = `${MEETING}\n\nSeparately, Manila and Hanoi traded accusations over reefs, with Philippine vessels shadowed for days.`;
    expect(topicsOf(text)).not.toContain("south-china-sea");
  });
});

describe("names, forms of contact and 'nothing was discussed'", () => {
  it.each([
    ["a phrase inside a longer name", `${MEETING} They met on the sidelines of the Asia-Pacific Economic Cooperation forum.`],
    ["a form of contact before a word for a meeting", `${MEETING} It was their first face-to-face encounter in a year.`],
    ["a form of contact, whatever the meeting is called", `${MEETING} The ministers held their third in-person meeting discussion of the spring.`],
    ["what was said not to be discussed", `${MEETING} Nothing was discussed concerning Taiwan or Ukraine, Blinken said.`],
  ])("%s", (_name, text) => {
    expect(topicsOf(text)).toEqual([]);
  });

  it.each([
    [`${MEETING} The two sides talked about economic and trade relations.`, "economic-relations"],
    [`${MEETING} Wang pressed for a stable military relationship.`, "military-communication"],
    [`${MEETING} Blinken raised limits on critical mineral shipments.`, "export-controls"],
    [`${MEETING} They discussed the Democratic People's Republic of Korea (DPRK).`, "north-korea"],
    [`${MEETING} Wang wants climate talks to resume soon.`, "climate"],
  ])("%s → %s", (text, slug) => {
    expect(topicsOf(text)).toContain(slug);
  });
});

describe("leader-level diplomacy arranged at an engagement", () => {
  const SUMMIT = "President Joe Biden met Chinese President Xi Jinping in Lima on Saturday to discuss tariffs on steel.";

  function topicsOn(text: string, published: string) {
    return extractText(`${text}\n`, published).engagements.find((engagement) => engagement.role === "main")?.topics.map((topic) => topic.slug) ?? [];
  }

  it("a presidential trip announced at it", () => {
    expect(topicsOn(`${SUMMIT} After the meeting, Biden told reporters that he will travel to China next spring.`, "2024-11-17")).toContain("leader-diplomacy");
  });

  it("an invitation of one president to the other", () => {
    expect(topicsOn(`${SUMMIT} Xi invited both Biden and his wife Jill to visit Beijing in the spring.`, "2024-11-17")).toContain("leader-diplomacy");
  });

  it("not a trip of a minister, nor a summit only said to be possible", () => {
    expect(topicsOn(`${SUMMIT} Biden said Secretary of State Antony Blinken will travel to China next month.`, "2024-11-17")).not.toContain("leader-diplomacy");
    expect(topicsOn(`${SUMMIT} Analysts said the tariff talks could pave the way for a Biden visit to China next year.`, "2024-11-17")).not.toContain("leader-diplomacy");
  });
});

describe("a subject named in passing is not raised", () => {
  it.each([
    ["a time mark", `${MEETING} Blinken told Wang that travel between the countries had not recovered since the pandemic.`, "covid-origins"],
    ["a time mark with a prefix", `${MEETING} Both praised the post-pandemic recovery of flights.`, "covid-origins"],
    ["a relative clause describing another subject", `${MEETING} Wang raised rare earths, which factories use for magnets in AI servers.`, "artificial-intelligence"],
    ["a relative clause describing another subject", `${MEETING} They discussed a crisis hotline, which once linked Washington and Moscow.`, "russia-ukraine"],
    ["the name of an office", `${MEETING} A spokesman for the Taiwan Affairs Office later praised the talks.`, "taiwan"],
    ["the name of a newspaper", `${MEETING} The Taipei Times ran the story on its front page.`, "taiwan"],
    ["trade officials named by title", `${MEETING} Wang's trade negotiator and trade envoy also sat in.`, "trade-tariffs"],
    ["a scene set with 'amid'", `${MEETING} The two men shook hands amid tensions over Taiwan.`, "taiwan"],
    ["an industry named by its clean energy", `${MEETING} Blinken raised overcapacity in wind turbines and other clean energy products.`, "climate"],
    ["an industry named by its clean energy", `${MEETING} Wang defended subsidies to the clean-energy sector.`, "climate"],
  ])("%s: %s", (_name, text, slug) => {
    expect(topicsOf(text)).not.toContain(slug);
  });

  it.each([
    ["a subject the talks were about, after a time word", `${MEETING} Blinken and Wang set out their demands during the climate discussion.`, "climate"],
    ["a subject raised outside the relative clause too", `${MEETING} Wang raised Russia, which he said the West misjudges, and rare earths, which Russia also mines.`, "russia-ukraine"],
    ["a subject in a relative clause about a person", `${MEETING} Blinken, who had just come from Kyiv, raised fentanyl.`, "russia-ukraine"],
    ["the subject of the talks' name", `${MEETING} The two ministers agreed to hold climate talks next month.`, "climate"],
    ["a subject raised after a clause set with 'amid'", `${MEETING} Amid tensions over chips, Blinken raised Taiwan.`, "taiwan"],
    ["a subject discussed after an 'amid' clause with no comma", `${MEETING} The two men shook hands amid rising tensions and discussed Taiwan for an hour.`, "taiwan"],
    ["a subject raised after a 'while' clause with no comma", `${MEETING} They spoke while tensions simmered and the two raised Taiwan.`, "taiwan"],
    ["clean energy itself", `${MEETING} They agreed to cooperate on clean energy in developing countries.`, "climate"],
  ])("%s: %s", (_name, text, slug) => {
    expect(topicsOf(text)).toContain(slug);
  });
});
