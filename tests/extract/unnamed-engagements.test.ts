import { describe, expect, it } from "vitest";
import { scoreArticle } from "@/lib/extract/eval/score";
import type { GoldEngagement } from "@/lib/schemas/extraction";
import { extractText } from "./helpers";

/**
 * Engagements of the two sides that a report states without naming anyone at them: "U.S.-China
 * trade talks in Oslo", "negotiations between the world's two largest economies in Lisbon and
 * Dublin". Invented sentences only.
 */

interface Seen {
  people: string[];
  kind: string;
  status: string;
  role: string;
  date: string | null;
  place: string | null;
}

function engagements(text: string, published = "2025-09-18"): Seen[] {
  return extractText(text, published).engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name),
    kind: engagement.kind,
    status: engagement.status,
    role: engagement.role,
    date: engagement.date,
    place: engagement.place?.name ?? null,
  }));
}

const unnamed = (text: string, published?: string) => engagements(text, published).filter((engagement) => engagement.people.length === 0);

const LEAD = "Treasury Secretary Scott Bessent spoke by phone with Vice Premier He Lifeng on Wednesday. ";

describe("both sides named in one phrase, nobody named", () => {
  it("reads planned trade talks of the two countries, placed", () => {
    expect(unnamed("Soybean futures held steady ahead of U.S.-China trade talks due to open in Oslo.", "2025-09-15")).toEqual([
      expect.objectContaining({ kind: "economic-dialogue", status: "planned", place: "Oslo", date: null }),
    ]);
  });

  it("reads one engagement per city of a list after negotiations between the two largest economies, and leaves their dates open", () => {
    const found = unnamed(`${LEAD}A deal would crown three earlier rounds of trade negotiations between the world's two largest economies – in Lisbon, Madrid and, last week, in Oslo.`);
    expect(found.map((engagement) => engagement.place)).toEqual(["Lisbon", "Madrid", "Oslo"]);
    expect(found.every((engagement) => engagement.date === null && engagement.status === "held" && engagement.kind === "economic-dialogue")).toBe(true);
  });

  it("reads talks Beijing and Washington concluded on a given day as theirs, dated", () => {
    const found = unnamed(`${LEAD}Beijing and Washington on Sunday wrapped up two days of economic and trade talks in Lisbon.`);
    expect(found).toEqual([expect.objectContaining({ kind: "economic-dialogue", place: "Lisbon", date: "2025-09-13" })]);
  });

  it("gives talks of the two presidents the leaders' kind, and a meeting of the two militaries' officers the military one", () => {
    expect(unnamed(`${LEAD}It built on the consensus the Chinese and U.S. presidents reached at their meeting in Lima last year.`)).toEqual([
      expect.objectContaining({ kind: "leader-summit", place: "Lima" }),
    ]);
    expect(unnamed(`${LEAD}In October, U.S. and Chinese naval officers are due to meet in Oslo under the maritime safety agreement.`)).toEqual([
      expect.objectContaining({ kind: "military-talks", status: "planned", place: "Oslo" }),
    ]);
  });

  it("makes none the main engagement of an article about named officials", () => {
    const found = engagements(`${LEAD}Soybean futures rose ahead of U.S.-China trade talks due to open in Oslo next week.`);
    expect(found.find((engagement) => engagement.people.length === 0)?.role).toBe("mentioned");
    expect(found.find((engagement) => engagement.people.length > 0)?.role).toBe("main");
  });
});

describe("talks named by their subject in an article about the two countries", () => {
  it("reads trade talks placed in a clause about an earlier call as the two countries' own, not dated by the call", () => {
    const text = "Secretary of State Marco Rubio met Foreign Minister Wang Yi in Oslo on Wednesday. The meeting was the highest-level contact between the two governments since Trump and Xi spoke by phone on May 6, a call that paved the way for trade talks in Lisbon later that month.";
    expect(unnamed(text)).toEqual([
      expect.objectContaining({ kind: "economic-dialogue", place: "Lisbon", date: null }),
    ]);
  });

  it("does not read them when another country takes part, or when the article reports no engagement of the two", () => {
    expect(unnamed(`${LEAD}Separately, Seoul said trade talks with Canada in Oslo would resume on Friday.`)).toEqual([]);
    expect(unnamed("Shipping stocks fell as trade talks in Oslo dragged into a third day on Tuesday.")).toEqual([]);
  });
});

describe("a meeting of both sides named without names, its leaders named after it", () => {
  it("is one engagement of those leaders, however far into the article", () => {
    const text =
      "Markets rose on Monday. Oil was steady. Gold fell. Shares of chipmakers gained. " +
      "Chinese and American officials met in Oslo on Monday for a new round of talks. " +
      "Vice Premier He Lifeng led the Chinese side. Treasury Secretary Scott Bessent headed the U.S. team.";
    expect(engagements(text, "2025-09-16")).toEqual([expect.objectContaining({ people: ["He Lifeng", "Scott Bessent"], place: "Oslo", date: "2025-09-15" })]);
  });
});

describe("a speaker reporting a meeting of both sides named without names", () => {
  it("is not a participant of it, and the meeting is the sides' own", () => {
    const text =
      "General Liu Zhenli held a video call with General Charles Q. Brown on December 21, 2023. " +
      "Liu said the heads of state of China and the US had reached an understanding at their meeting in Lima.";
    const found = engagements(text, "2023-12-22");
    expect(found.filter((engagement) => engagement.people.length > 0).map((engagement) => engagement.people.length)).toEqual([2]);
    expect(unnamed(text, "2023-12-22")).toEqual([expect.objectContaining({ kind: "leader-summit", place: "Lima" })]);
  });
});

describe("what is not an engagement of unnamed sides", () => {
  it("reads none in a forum's proper name", () => {
    expect(unnamed(`${LEAD}The revived U.S.-China Travel Partnership Summit is due in Lisbon from May 21 to 23.`)).toEqual([]);
  });

  it("reads none where the both-sides phrase qualifies something else after the meeting word", () => {
    expect(unnamed(`${LEAD}He met officials on Thursday after talks aimed at easing strains in the US-China relationship.`)).toEqual([]);
  });

  it("takes neither a place from inside the phrase nor a date from a clause about another time", () => {
    expect(unnamed(`${LEAD}The US-China meeting was the first since the working group was set up in January.`)).toEqual([]);
  });

  it("reads none without a place or a date, nor where a third country is at the table", () => {
    expect(unnamed(`${LEAD}Analysts said U.S.-China talks would matter for markets.`)).toEqual([]);
    expect(unnamed(`${LEAD}U.S.-China talks with Japanese officials took place in Oslo on Monday.`)).toEqual([]);
  });

  it("does not repeat a meeting of named officials placed in the same city", () => {
    const text = "Bessent and He Lifeng held trade talks in Oslo on Monday. Markets welcomed the U.S.-China trade talks in Oslo.";
    expect(unnamed(text, "2025-09-16")).toEqual([]);
  });
});

describe("scoring engagements that name nobody", () => {
  const gold: GoldEngagement = {
    role: "mentioned", status: "held", kind: "economic-dialogue", date: null, place: { name: "Oslo", country: "Norway" }, participants: [], topics: [], outcomes: [],
  };
  const extractedIn = (place: string, kind = "economic-dialogue") =>
    extractText(`${LEAD}Markets had rallied after U.S.-China ${kind === "military-talks" ? "maritime" : "trade"} talks in ${place} last week.`).engagements.filter((engagement) => engagement.participants.length === 0);

  it("pairs them by kind and place", () => {
    expect(scoreArticle([gold], extractedIn("Oslo")).score.engagements).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("does not pair them across places or kinds", () => {
    expect(scoreArticle([gold], extractedIn("Lisbon")).score.engagements).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreArticle([gold], extractedIn("Oslo", "military-talks")).score.engagements).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe("an earlier round named beside the talks, in a sentence naming nobody", () => {
  const OSLO = "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Oslo on Monday for a new round of trade talks. ";

  it("reads a similar meeting in another country that the talks follow as a round of its own, with the kind its sentence tells", () => {
    expect(unnamed(`${OSLO}The Oslo meeting follows a similar meeting in Vienna in June that paused tariffs for 90 days.`)).toEqual([
      expect.objectContaining({ kind: "economic-dialogue", status: "held", place: "Vienna", date: "2025-06" }),
    ]);
    expect(unnamed(`${OSLO}The talks follow negotiations in Vienna last month that eased the trade war.`)).toEqual([
      expect.objectContaining({ kind: "economic-dialogue", place: "Vienna", date: "2025-08" }),
    ]);
  });

  it("reads the city written before the meeting word whose outcomes are built on", () => {
    expect(unnamed(`${OSLO}The two sides pledged to build on the outcomes of the Vienna economic and trade talks.`)).toEqual([
      expect.objectContaining({ kind: "economic-dialogue", place: "Vienna" }),
    ]);
  });

  it("leaves a gathering of others, a list of rounds, a round someone is named at and a round of no subject", () => {
    expect(unnamed(`${OSLO}The talks came after an APEC meeting in Vienna on trade.`)).toEqual([]);
    expect(unnamed(`${OSLO}Delegates then flew to a regional meeting in Vienna on trade.`)).toEqual([]);
    expect(unnamed(`${OSLO}The talks follow negotiations in Vienna and Madrid that eased the trade war.`)).toEqual([]);
    expect(unnamed(`${OSLO}The talks follow Bessent's negotiations in Vienna last month that eased the trade war.`)).toEqual([]);
    expect(unnamed(`${OSLO}The talks follow negotiations in Vienna last month, where the mood was tense.`)).toEqual([]);
  });
});
