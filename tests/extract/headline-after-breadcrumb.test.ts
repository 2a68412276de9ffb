import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A headline printed under a trail of the site's sections ("Home > Diplomacy") is still the
 * headline: it names the contact the body tells, and is no engagement of its own.
 * Every sentence here is written for the test.
 */

function engagementsOf(text: string, published: string | null) {
  return extractText(text, published).engagements.map((engagement) => ({
    role: engagement.role, date: engagement.date, place: engagement.place?.name ?? null,
    participants: engagement.participants.map((participant) => participant.name).sort(),
  }));
}

describe("a headline under a breadcrumb trail", () => {
  it("joins the contact the body tells", () => {
    const text = "Home > Diplomacy > Americas\nWang Yi Speaks With Antony Blinken\nOn February 3, 2023, Chinese Foreign Minister Wang Yi held a phone call with Secretary of State Antony Blinken.\nWang said the two sides should manage their differences.\n";
    const found = engagementsOf(text, null);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ role: "main", date: "2023-02-03", participants: ["Antony Blinken", "Wang Yi"] });
  });
});

describe("lines after a breadcrumb that are no headline", () => {
  it("keeps a full sentence after the trail as the body's account, with its place and day", () => {
    const text = "Home > Diplomacy\nChinese Foreign Minister Wang Yi met Secretary of State Antony Blinken in Munich on February 18, 2023.\n";
    expect(engagementsOf(text, null)).toEqual([{ role: "main", date: "2023-02-18", place: "Munich", participants: ["Antony Blinken", "Wang Yi"] }]);
  });

  it("does not take a second line as the headline when the first is no trail of sections", () => {
    const text = "Talks resume\nWang Yi Speaks With Antony Blinken\nOn February 3, 2023, Chinese Foreign Minister Wang Yi held a phone call with Secretary of State Antony Blinken.\n";
    expect(engagementsOf(text, null)).toHaveLength(2);
  });
});

describe("a long first line of sections that is no trail", () => {
  it("is read at once, however many sections it has", () => {
    const sections = ["Home", "Latest", "World", "Asia Pacific", "Greater China", "Politics", "Foreign Affairs", "Diplomacy", "Americas", "Trade", "Opinion", "Analysis", "Video", "US-China"];
    const text = `${sections.join(" > ")}\nWang Yi Speaks With Antony Blinken\nOn February 3, 2023, Chinese Foreign Minister Wang Yi held a phone call with Secretary of State Antony Blinken.\n`;
    // read by one backtracking pattern, 14 sections took seconds and 15 half a minute: this test then outlives vitest's timeout
    expect(engagementsOf(text, null)).toHaveLength(2);
  });
});

describe("the headline under a trail picks the main engagement", () => {
  it("as it does when the page starts with the headline", () => {
    const body = "Yellen and He Lifeng hold talks in Beijing\nSecretary of State Antony Blinken held a phone call with Foreign Minister Wang Yi on July 10, 2023.\nTreasury Secretary Janet Yellen met Vice Premier He Lifeng in Beijing on July 7, 2023.\n";
    for (const text of [body, `Home > Diplomacy\n${body}`]) {
      const main = engagementsOf(text, null).find((engagement) => engagement.role === "main");
      expect(main?.participants).toEqual(["He Lifeng", "Janet Yellen"]);
    }
  });
});
