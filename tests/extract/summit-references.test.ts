import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A leaders' meeting the article refers to by its city ("the Bali meeting", "the Woodside summit",
 * "reached by the two heads of state in San Francisco") is an engagement of its own, mentioned
 * and undated unless the words date it; forums and ministers' meetings named by a city are not.
 * Invented sentences only.
 */

function summits(text: string, published: string) {
  return extractText(text, published)
    .engagements.filter((engagement) => engagement.kind === "leader-summit")
    .map((engagement) => ({
      role: engagement.role,
      status: engagement.status,
      date: engagement.date,
      place: engagement.place?.name ?? null,
      people: engagement.participants.map((participant) => participant.name).sort(),
    }));
}

describe("leaders' meetings referred to by their city", () => {
  it("reads a held and an upcoming summit named by a visiting minister, with the presidents the article names", () => {
    const text =
      "Foreign Minister Wang Yi held talks with Secretary of State Antony Blinken in Washington on Thursday, before seeing President Joe Biden. " +
      "Wang said the task was to carry out what the two heads of state had agreed. " +
      "Recalling the Bali meeting and the upcoming meeting in San Francisco, Wang said relations had to be steadied. " +
      "President Xi Jinping has not confirmed that he will travel.";
    const found = summits(text, "2023-10-27");
    expect(found).toContainEqual({ role: "mentioned", status: "held", date: null, place: "Bali", people: ["Joe Biden", "Xi Jinping"] });
    expect(found).toContainEqual({ role: "mentioned", status: "planned", date: null, place: "San Francisco", people: ["Joe Biden", "Xi Jinping"] });
    // the minister who named the summits was at neither
    expect(found.flatMap((summit) => summit.people)).not.toContain("Wang Yi");
  });

  it("reads the consensus of the heads of state in a city as their meeting there, naming nobody the article does not", () => {
    const text =
      "General Liu Zhenli held a video call with General Charles Q. Brown on Thursday. " +
      "Liu said the heads of state of the two countries had agreed to resume military contacts at their meeting in San Francisco.";
    expect(summits(text, "2023-12-22")).toContainEqual({ role: "mentioned", status: "held", date: null, place: "San Francisco", people: [] });
  });

  it("reads a summit named by its venue town alone, and dates a reference that gives its month", () => {
    const woodside = "National Security Adviser Jake Sullivan met Foreign Minister Wang Yi in Beijing on Tuesday. They reviewed progress on the pledges of the Woodside summit.";
    expect(summits(woodside, "2024-08-28")).toContainEqual(expect.objectContaining({ role: "mentioned", status: "held", people: [] }));
    const dated = "Treasury Secretary Janet Yellen met Vice Premier He Lifeng in Guangzhou on Saturday. Both recalled the two presidents' meeting in Bali in November 2022.";
    expect(summits(dated, "2024-04-07")).toContainEqual(expect.objectContaining({ place: "Bali", date: "2022-11" }));
  });
});

describe("what is not a leaders' meeting named by its city", () => {
  it("leaves a forum's summit in a city to the forum", () => {
    const text = "Secretary of State Antony Blinken met Foreign Minister Wang Yi on Monday on the sidelines of the G20 summit in Bali. The two heads of state were not there.";
    expect(summits(text, "2023-07-25").filter((summit) => summit.place === "Bali")).toEqual([]);
  });

  it("does not make a ministers' meeting named by its city a summit without words of the leaders", () => {
    const text = "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Jakarta on Thursday. Blinken said later that the Jakarta meeting had been candid.";
    expect(summits(text, "2023-07-15")).toEqual([]);
  });

  it("does not read a capitalised forum's name as the presidents' meeting", () => {
    const text =
      "Commerce Secretary Gina Raimondo met Commerce Minister Wang Wentao in Washington on Monday. " +
      "The two ministers, who said the heads of state would talk later, discussed business at the APEC Summit in San Francisco.";
    expect(summits(text, "2023-11-14").filter((summit) => summit.place === "San Francisco")).toEqual([]);
  });

  it("reads 'their meeting' as the meeting of the officials the sentence is about, not of the presidents it mentions", () => {
    const text =
      "Foreign Minister Wang Yi and National Security Adviser Jake Sullivan talked about a new exchange between the two heads of state during their meeting in Vienna on Friday.";
    expect(summits(text, "2023-05-13").filter((summit) => summit.place === "Vienna")).toEqual([]);
  });
});
