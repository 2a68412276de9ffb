import { describe, expect, it } from "vitest";
import { findPeopleStep } from "@/lib/extract/steps/find-people";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { findDatesStep } from "@/lib/extract/steps/find-dates";
import { extractText, stateAfter } from "./helpers";

/** Officials the gazetteer does not know, recognised from how the text introduces them. Names here are invented. */

function peopleIn(text: string) {
  return stateAfter([segmentStep, findDatesStep, findPeopleStep], text, "2024-01-10").people.map((person) => ({ name: person.name, side: person.side, title: person.textTitle }));
}

describe("unknown officials", () => {
  it.each([
    ["The U.S. team was led by Alex Moreno, the deputy homeland security adviser, and included officials from the Treasury.", { name: "Alex Moreno", side: "US", title: "deputy homeland security adviser" }],
    ["The delegation was led by Karen Holt, deputy assistant secretary of defense for China, Taiwan and Mongolia.", { name: "Karen Holt", side: "US" }],
    ["Beijing sent Maj. Gen. Tan Weimin, deputy director of the Central Military Commission's Office for International Military Cooperation.", { name: "Tan Weimin", side: "CN" }],
    ["Adm. Sam Porter, the head of U.S. Indo-Pacific Command, spoke first.", { name: "Sam Porter", side: "US" }],
    ["China's top diplomat Zhao Ping arrived late.", { name: "Zhao Ping", side: "CN" }],
    ["Kerry and his Chinese counterpart Liu Wei talked for hours.", { name: "Liu Wei", side: "CN" }],
    ["Zhou Minghua, China's defense minister, declined to attend.", { name: "Zhou Minghua", side: "CN" }],
  ])("%s", (text, expected) => {
    expect(peopleIn(text)).toContainEqual(expect.objectContaining(expected));
  });

  it.each([
    ["The talks were led by example, officials joked."],
    ["Officials met at the White House, the residence of the president."],
  ])("finds no one in %s", (text) => {
    expect(peopleIn(text)).toEqual([]);
  });

  it("makes them participants of the engagement they lead", () => {
    const text = [
      "A U.S. delegation met Chinese police officials in Beijing on Tuesday.",
      "The U.S. side was led by Alex Moreno, the deputy homeland security adviser.",
      "China's Minister of Public Security, Wang Xiaohong, opened the session.",
      "",
    ].join("\n");
    expect(extractText(text, "2024-01-31").engagements[0]?.participants.map((participant) => `${participant.name} (${participant.side})`)).toEqual(["Alex Moreno (US)", "Wang Xiaohong (CN)"]);
  });
});

describe("surnames that are also common words", () => {
  it("reads 'Brown' as the general named before, but not in 'Brown University'", () => {
    const names = peopleIn("Gen. Charles Q. Brown called Gen. Liu Zhenli. Brown raised Taiwan. A Brown University scholar disagreed.").map((person) => person.name);
    expect(names).toEqual(["Charles Q. Brown Jr.", "Liu Zhenli", "Charles Q. Brown Jr."]);
  });
});

describe("aliases news copy uses alone", () => {
  const names = (text: string) => peopleIn(text).map((person) => person.name);

  it.each([
    ["Blinken spoke with his Chinese counterpart late on Monday.", ["Antony Blinken"]],
    ["“We had a candid exchange,” Yellen told reporters in the lobby.", ["Janet Yellen"]],
    ["Secretary Raimondo hosted the minister at her department.", ["Gina Raimondo"]],
    ["President Xi greeted the visitors at the door.", ["Xi Jinping"]],
  ])("reads a listed alias without its full name before it: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["Sarah Kerry, a local teacher, led the choir."],
    ["The delegation flew on to Xi'an for a factory tour."],
    ["Prices fell sharply in Austin on Friday."],
    ["Austin Reed opened a new store downtown."],
  ])("finds no official in %s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("still needs the full name for a surname shared by several officials", () => {
    expect(names("Wang said the talks were useful.")).toEqual([]);
  });
});

describe("a short name run into another word", () => {
  it("is not the official named before", () => {
    const names = peopleIn("Xi Jinping spoke first. The fair will be held in Xi’an next spring. Xi closed the session.").map((person) => person.name);
    expect(names).toEqual(["Xi Jinping", "Xi Jinping"]);
  });
});

describe("a name qualifying a noun", () => {
  const flagged = (text: string) => stateAfter([segmentStep, findDatesStep, findPeopleStep], text, "2025-07-30").people.map((person) => [person.name, person.possessiveOther ?? false]);

  it.each([
    ["Officials of the Trump administration delayed the rules.", [["Donald Trump", true]]],
    ["Aides on the Biden team said the rules stay in force.", [["Joe Biden", true]]],
  ])("is nobody at the table: %s", (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it("leaves the person a participant when written as a person", () => {
    expect(flagged("Donald Trump met the team on Monday.")).toEqual([["Donald Trump", false]]);
  });
});
