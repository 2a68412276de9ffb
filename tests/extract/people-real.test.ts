import { describe, expect, it } from "vitest";
import { findPeopleStep } from "@/lib/extract/steps/find-people";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** People on real reporting (issue 7, point 3): found by title, never a country, never a passer-by. */

function people(text: string) {
  return stateAfter([segmentStep, findPeopleStep], text).people.map(({ name, side }) => ({ name, side }));
}

function participantsOf(text: string, published = "2024-05-16"): string[][] {
  return extractText(text, published).engagements.map((engagement) => engagement.participants.map((participant) => participant.name).sort());
}

describe("officials missing from the gazetteer", () => {
  it.each([
    ["Chinese Vice Commerce Minister Ling Ji met the delegation.", "Ling Ji", "CN"],
    ["U.S. Deputy Trade Representative Sarah Bianchi joined the talks.", "Sarah Bianchi", "US"],
    ["Kurt Campbell, the U.S. deputy secretary of state, met Chinese officials.", "Kurt Campbell", "US"],
  ])("%s → %s (%s)", (text, name, side) => {
    expect(people(text)).toContainEqual({ name, side });
  });

  it.each([
    "Saudi Arabia, the chief mediator in the region, welcomed the talks.",
    "South Korea, the host of the APEC summit and a U.S. ally, said little.",
    "The Commerce Ministry, the chief regulator of exports, said the rules stand.",
    "Chinese Foreign Ministry, the chief spokesman office, declined to comment.",
  ])("no country, ministry or place becomes a person: %s", (text) => {
    expect(people(text).filter((person) => /Saudi|Korea|Ministry|Commerce/.test(person.name))).toEqual([]);
  });
});

describe("names as reporters misspell them", () => {
  it("reads 'Anthony Blinken' as the Secretary of State", () => {
    expect(people("Secretary of State Anthony Blinken spoke with Wang Yi.")).toContainEqual({ name: "Antony Blinken", side: "US" });
  });
});

describe("a title written before the next name is that name's", () => {
  it.each([
    ["On the fringes of the Harbor Security Forum, US Secretary of State Antony Blinken met Wang Yi.", "Harbor Security Forum"],
    ["Outside Hilltop Gardens, US Commerce Secretary Gina Raimondo spoke to reporters.", "Hilltop Gardens"],
    ["They gathered near Pine Ridge, US Secretary of State Antony Blinken said.", "Pine Ridge"],
    ["Speaking at the Lakeside Policy Institute, the Chinese ambassador said little.", "Lakeside Policy Institute"],
  ])("%s: no person called %s", (text, notPerson) => {
    expect(people(text).filter((person) => person.name.includes(notPerson))).toEqual([]);
  });

  it("still reads a name with its own title after it", () => {
    expect(people("Kurt Campbell, the U.S. deputy secretary of state, met Ma Zhaoxu.")).toContainEqual({ name: "Kurt Campbell", side: "US" });
  });
});

describe("participants are those who met or spoke at the engagement", () => {
  it("a country is never a participant", () => {
    const text = "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Riyadh on Tuesday. Saudi Arabia, the chief host of the gathering and a U.S. partner, said it welcomed the meeting.";
    for (const names of participantsOf(text)) expect(names).not.toContain("Saudi Arabia");
  });

  it("a team named for later talks is not part of the call", () => {
    const text = "President Donald Trump and Chinese President Xi Jinping spoke by phone on Thursday. Trump said Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer would meet their Chinese counterparts in London next week.";
    const [call] = participantsOf(text, "2025-06-06");
    expect(call).toEqual(["Donald Trump", "Xi Jinping"]);
  });

  it("a politician named in passing does not join the meeting", () => {
    const text = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday. The visit comes as Republican candidate Nikki Haley criticised the administration's China policy on the campaign trail.";
    const [meeting] = participantsOf(text, "2024-04-27");
    expect(meeting).toEqual(["Antony Blinken", "Wang Yi"]);
  });

  it("a spokesperson commenting on the meeting is not a participant", () => {
    const text = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday. Chinese Foreign Ministry spokesperson Lin Jian said the talks were candid.";
    const [meeting] = participantsOf(text, "2024-04-27");
    expect(meeting).toEqual(["Antony Blinken", "Wang Yi"]);
  });

  it("an official the text calls a spokesman is not a participant, whatever the gazetteer says of them", () => {
    const text = "Defense Secretary Lloyd Austin spoke with Chinese Defense Minister Wei Fenghe on Wednesday. Pentagon spokesman John Kirby said the two talked about regional security.";
    const [call] = participantsOf(text, "2022-04-21");
    expect(call).toEqual(["Lloyd Austin", "Wei Fenghe"]);
  });

  it("a name after a spokesman who only met them keeps its part", () => {
    const found = stateAfter([segmentStep, findPeopleStep], "A Pentagon spokesman met Antony Blinken at the door.").people;
    expect(found.map((person) => [person.name, person.spokesperson])).toEqual([["Antony Blinken", false]]);
  });
});

describe("a speaker who says something after the talks was at them", () => {
  it("takes the speaker and those met, not the people of what was said", () => {
    const text = "The two governments will keep negotiating over export rules, with the final word left to President Joe Biden, Commerce Secretary Gina Raimondo said after talks with Chinese Commerce Minister Wang Wentao in Washington.";
    expect(participantsOf(text, "2023-05-26")).toEqual([["Gina Raimondo", "Wang Wentao"]]);
  });

  it("still leaves out a speaker who only reports a meeting of others", () => {
    const text = "Commerce Secretary Gina Raimondo said President Joe Biden held talks with President Xi Jinping on Tuesday.";
    expect(participantsOf(text, "2023-11-16")).toEqual([["Joe Biden", "Xi Jinping"]]);
  });
});

describe("members listed beside those who met", () => {
  it("adds those accompanying a participant and a delegation's members to the engagement just reported", () => {
    const text = [
      "President Joe Biden met President Xi Jinping near San Francisco on Wednesday.",
      "Xi was accompanied by Foreign Minister Wang Yi and Vice Premier He Lifeng.",
      "The American delegation included Secretary of State Antony Blinken and Treasury Secretary Janet Yellen.",
    ].join(" ");
    expect(participantsOf(text, "2023-11-16")).toEqual([["Antony Blinken", "He Lifeng", "Janet Yellen", "Joe Biden", "Wang Yi", "Xi Jinping"]]);
  });

  it("ends the list where the names stop, and adds no one to an engagement reported long before", () => {
    const led = [
      "Secretary of State Antony Blinken held talks with Foreign Minister Wang Yi in Beijing on Monday.",
      "Blinken, who led the U.S. team together with Treasury Secretary Janet Yellen, said he would brief President Joe Biden.",
    ].join(" ");
    expect(participantsOf(led, "2023-06-20")).toEqual([["Antony Blinken", "Janet Yellen", "Wang Yi"]]);
    const far = [
      "Secretary of State Antony Blinken held talks with Foreign Minister Wang Yi in Beijing on Monday.",
      "Markets rose.", "Oil fell.", "Gold was flat.", "Bonds were quiet.",
      "The U.S. delegation included Treasury Secretary Janet Yellen.",
    ].join(" ");
    expect(participantsOf(far, "2023-06-20")).toEqual([["Antony Blinken", "Wang Yi"]]);
  });
});

describe("an official of the other side telling a participant something", () => {
  const talks = "Treasury Secretary Janet Yellen held talks with Vice Premier He Lifeng in Beijing on Saturday.";

  it("joins the engagement just reported: the two spoke", () => {
    expect(participantsOf(`${talks} Premier Li Qiang cautioned Yellen that new chip curbs would hurt trust.`, "2023-07-10")).toEqual([["He Lifeng", "Janet Yellen", "Li Qiang"]]);
  });

  it("does not bring in an official of the same side, nor one speaking to someone who was not there", () => {
    expect(participantsOf(`${talks} President Joe Biden told Yellen that the trip had gone well.`, "2023-07-10")).toEqual([["He Lifeng", "Janet Yellen"]]);
    expect(participantsOf(`${talks} Premier Li Qiang told Secretary of State Antony Blinken that trust was low.`, "2023-07-10")).toEqual([["He Lifeng", "Janet Yellen"]]);
  });
});
