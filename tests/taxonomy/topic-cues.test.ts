import { describe, expect, it } from "vitest";
import { topicWordsIn } from "@/lib/extract/steps/find-topics";
import { cueVariants, NOT_TOPIC_PHRASES, TOPICS } from "@/lib/taxonomy/topics";

/**
 * The topic vocabulary (issue 7): each subject named the ordinary ways a wire report, a US
 * readout or a Chinese readout names it, and phrases that only hold a cue's word named as
 * nothing. These are word-level checks; whether a subject was raised at an engagement is
 * tested in tests/extract/topics.test.ts.
 */

function slugsIn(text: string): string[] {
  return [...new Set(topicWordsIn(text).map((word) => word.slug))];
}

describe("cue spellings", () => {
  it.each([
    ["counter-narcotic*", ["counter narcotic*", "counternarcotic*"]],
    ["de-risk*", ["de risk*", "derisk*"]],
    ["rare earth*", ["rare-earth*"]],
    ["defense ties", ["defence ties"]],
    ["forced labor", ["forced labour", "forced-labour"]],
    ["leaders' meeting", ["leaders\u2019 meeting"]],
    ["detained u.s. citizens", ["detained us citizens"]],
  ])("%s is also written %j", (cue, variants) => {
    expect(cueVariants(cue)).toEqual(expect.arrayContaining([cue, ...variants]));
  });

  it("does not join words that are not a prefix and its stem", () => {
    expect(cueVariants("cross-strait")).not.toContain("crossstrait");
    expect(cueVariants("military-to-military")).toEqual(["military-to-military", "military to military"]);
  });

  it("gives no phrase two topics, nor a topic phrase that is also a shadowing phrase", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const topic of TOPICS) {
      for (const phrase of topic.cues.flatMap(cueVariants)) {
        const other = owner.get(phrase);
        if (other && other !== topic.slug) clashes.push(`${phrase}: ${other} and ${topic.slug}`);
        owner.set(phrase, topic.slug);
      }
    }
    for (const phrase of NOT_TOPIC_PHRASES.flatMap(cueVariants)) if (owner.has(phrase)) clashes.push(`${phrase}: ${owner.get(phrase)} and no topic`);
    expect(clashes).toEqual([]);
  });
});

describe("each topic named the ordinary ways", () => {
  it.each([
    ["fentanyl", "Officials compared notes on counter narcotics work and on curbing illegal drugs."],
    ["fentanyl", "The envoy pressed for action on chemical precursors and pill presses."],
    ["fentanyl", "Overdoses linked to synthetic opioids were on the agenda."],
    ["military-communication", "The generals talked about restoring defence dialogue and hotlines."],
    ["military-communication", "They reviewed rules of behaviour for air and sea encounters and operational safety."],
    ["military-communication", "The admirals discussed dangerous intercepts over the sea."],
    ["taiwan", "The minister repeated Beijing's line on the one China principle and cross strait ties."],
    ["taiwan", "Beijing warned Washington about its ties with the self-ruled island."],
    ["tibet", "The ministry said Xizang affairs are internal."],
    ["human-rights", "The envoy raised press freedom and the treatment of dissidents."],
    ["human-rights", "The senator cited forced labour in supply chains."],
    ["hong-kong", "The diplomat asked about the trial of Jimmy Lai."],
    ["trade-tariffs", "The delegations argued over countervailing duties and anti-dumping cases."],
    ["trade-tariffs", "Beijing's negotiators questioned the Section 301 measures."],
    ["trade-tariffs", "Both sides praised the economic and trade consultation mechanism."],
    ["export-controls", "The minister objected to new export curbs and the rare-earth licensing rules."],
    ["export-controls", "He complained of a technology blockade against Chinese firms."],
    ["export-controls", "The secretary defended limits on advanced U.S. technologies."],
    ["investment-restrictions", "Her counterpart criticised foreign investment review rules and threats to delist companies."],
    ["investment-restrictions", "They talked about screening of outbound investments."],
    ["north-korea", "Both called for the denuclearisation of the peninsula."],
    ["covid-origins", "The envoy raised the lab-leak question again."],
    ["climate", "They pledged to reach net-zero targets and phase down hydrofluorocarbons."],
    ["russia-ukraine", "He raised Beijing's support of Russia."],
    ["russia-ukraine", "The ministers spoke about Kyiv and the Kremlin's demands."],
    ["russia-ukraine", "Washington worries about help to Moscow's defence industrial base."],
    ["south-china-sea", "They clashed over the nine-dash line and a disputed shoal."],
    ["artificial-intelligence", "They agreed that humans, not machines, keep human control of nuclear launches."],
    ["artificial-intelligence", "Talks covered autonomous weapons."],
    ["people-to-people", "The two sides hoped for more sister-city links and subnational ties."],
    ["people-to-people", "They welcomed more people to people exchanges."],
    ["cyber", "The secretary complained about hacking of water utilities and malware."],
    ["detained-citizens", "The envoy raised the wrongful detention of two teachers."],
    ["detained-citizens", "He asked about detained US citizens and exit bans."],
    ["middle-east", "They talked about shipping attacks off Yemen and the West Bank."],
    ["economic-relations", "The treasury chiefs compared notes on economic and financial matters."],
    ["economic-relations", "Her counterpart complained of talk of de risking and subsidies."],
    ["economic-relations", "The two sides want stable trade and economic ties."],
    ["economic-relations", "They exchanged views on the economic situation and financial issues."],
    ["people-to-people", "Airlines hope to add direct flights between the cities."],
    ["leader-diplomacy", "The aides prepared for reciprocal visits by the presidents."],
    ["leader-diplomacy", "The two sides spoke of head-of-state diplomacy."],
  ])("%s: %s", (slug, text) => {
    expect(slugsIn(text)).toContain(slug);
  });
});

describe("words that hold a cue but name no subject", () => {
  it.each([
    ["a bargaining chip", "Analysts called the soybeans purchase a bargaining chip.", "export-controls"],
    ["a blue-chip index", "Blue-chip stocks rose in the morning.", "export-controls"],
    ["the political climate", "The political climate in Washington is tense.", "climate"],
    ["the business climate", "Investors complained about the business climate.", "climate"],
    ["trading barbs", "The two sides trade barbs almost daily.", "trade-tariffs"],
    ["a trade-off", "The trade-off worried the allies.", "trade-tariffs"],
    ["a trade official's title", "The trade representative and the trade negotiator arrived late.", "trade-tariffs"],
    ["a climate official's title", "The climate envoy and the Climate Special Envoy of the other side both spoke.", "climate"],
    ["the arms trade", "The report on the arms trade came out.", "trade-tariffs"],
    ["a newspaper's home", "A Hong Kong-based daily first carried the story.", "hong-kong"],
    ["coming face to face", "The ministers came face to face at the forum.", "leader-diplomacy"],
    ["a vague 'economic and trade issues'", "They covered economic and trade issues of common concern.", "trade-tariffs"],
    ["a vague 'economic and trade issues'", "They covered economic and trade issues of common concern.", "economic-relations"],
    ["trade and investment in general", "Both want to expand trade and investment.", "trade-tariffs"],
    ["a vague 'economic issues'", "The call dwelt on political and economic issues of the day.", "economic-relations"],
    ["the fentanyl trade", "He pressed for an end to the fentanyl trade.", "trade-tariffs"],
    ["AI chips", "The rules cover AI chips.", "artificial-intelligence"],
    ["a chipmaker's name", "Shares of Taiwan Semiconductor Manufacturing rose.", "taiwan"],
    ["a source credited", "Russian state media reported the call first.", "russia-ukraine"],
    ["a source credited", "Taiwanese media carried photographs of the talks.", "taiwan"],
  ])("%s", (_name, text, slug) => {
    expect(slugsIn(text)).not.toContain(slug);
  });

  it("still finds the subject beside a shadowing phrase", () => {
    expect(slugsIn("The trade representative raised tariffs on steel.")).toEqual(["trade-tariffs"]);
    expect(slugsIn("The rules cover AI chips.")).toEqual(["export-controls"]);
    expect(slugsIn("The climate envoy pressed for cuts to methane.")).toEqual(["climate"]);
    expect(slugsIn("Beyond economic issues, the ministers weighed the economic relationship.")).toEqual(["economic-relations"]);
    expect(slugsIn("The ministers compared notes on macroeconomic issues.")).toEqual(["economic-relations"]);
  });

  it("keeps the evidence on the words of the text", () => {
    const text = "Officials discussed counter narcotics work.";
    expect(topicWordsIn(text)).toEqual([{ start: 20, end: 37, text: "counter narcotics", slug: "fentanyl" }]);
  });
});
