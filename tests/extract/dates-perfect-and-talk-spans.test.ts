import { describe, expect, it } from "vitest";
import { findDatesStep } from "@/lib/extract/steps/find-dates";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** The lead engagement told in the present perfect, with no day of its own, is dated to the month of publication, with the publication date as written for evidence. */

function leadDate(text: string, published: string | null): string | null | undefined {
  return extractText(text, published).engagements[0]?.date;
}

describe("a lead engagement told in the present perfect", () => {
  it("takes the month of the publication date written in the text", () => {
    const text = "President Joe Biden and President Xi Jinping have held a video meeting, their first in months. The two sides discussed trade.\nMarch 3, 2022";
    expect(leadDate(text, "2022-03-03")).toBe("2022-03");
  });

  it("takes it when the perfect verb is the trigger itself", () => {
    const text = "Page of the embassy\nApril 9, 2024\nSecretary Antony Blinken and Foreign Minister Wang Yi have met in Beijing, officials said.";
    expect(leadDate(text, "2024-04-09")).toBe("2024-04");
  });

  it("keeps a day the text gives", () => {
    const text = "President Joe Biden and President Xi Jinping have held a video meeting on Monday.\nMarch 3, 2022";
    expect(leadDate(text, "2022-03-03")).toBe("2022-02-28");
  });

  it("is not read into the simple past, which says nothing of when", () => {
    const text = "A meeting between Jake Sullivan and Yang Jiechi took place in Rome. The talks lasted hours.\nMarch 3, 2022";
    expect(leadDate(text, "2022-03-03")).toBeNull();
  });

  it("is not read into a plan ('have agreed to meet')", () => {
    const text = "Secretary Antony Blinken and Foreign Minister Wang Yi have agreed to meet in Jakarta.\nMarch 3, 2022";
    expect(leadDate(text, "2022-03-03")).toBeNull();
  });

  it("is not read into repeated or lasting meetings ('have met several times', 'since')", () => {
    // counted right after the meeting word, the count reads no engagement at all (see engagements-counted-times)
    expect(leadDate("President Joe Biden and President Xi Jinping have met several times in person.\nMarch 3, 2022", "2022-03-03")).toBeUndefined();
    expect(leadDate("President Joe Biden and President Xi Jinping have met, in person and on the sidelines of gatherings, several times.\nMarch 3, 2022", "2022-03-03")).toBeNull();
    expect(leadDate("Secretary Antony Blinken and Foreign Minister Wang Yi have held talks since the spring.\nMarch 3, 2022", "2022-03-03")).toBeNull();
  });

  it("needs the publication date written in the text for its evidence", () => {
    const text = "President Joe Biden and President Xi Jinping have held a video meeting, their first in months.";
    expect(leadDate(text, "2022-03-03")).toBeNull();
  });
});

/** a Wednesday */
const PUBLISHED = "2021-03-17";

function firstDate(text: string) {
  const [date] = stateAfter([segmentStep, findDatesStep], text, PUBLISHED).dates;
  return date && { value: date.value, valueEnd: date.valueEnd, role: date.role };
}

describe("a span of days of talks ending on the day named", () => {
  it("reads the verb after the day: 'on Tuesday wound up three days of talks'", () => {
    expect(firstDate("The trade envoys on Tuesday wound up three days of talks in Oslo.")).toEqual({ value: "2021-03-14", valueEnd: "2021-03-16", role: "event" });
  });

  it("reads a day of speaking right after days of talks as the talks' last day", () => {
    expect(firstDate("The minister told reporters on Tuesday after two days of negotiations that gaps remained.")).toEqual({ value: "2021-03-15", valueEnd: "2021-03-16", role: "event" });
  });

  it("keeps a meeting's own day when it only followed days of talks", () => {
    expect(firstDate("The adviser met the president on Tuesday, after three days of talks.")).toEqual({ value: "2021-03-16", valueEnd: null, role: "event" });
  });

  it("keeps a day of speaking as such when no talks ended then", () => {
    expect(firstDate("The minister said on Tuesday that two days of talks lay ahead.")).toEqual({ value: "2021-03-16", valueEnd: null, role: "reporting" });
  });

  it("does not read a span that began on the day named ('since Monday')", () => {
    expect(firstDate("No statement has come since Monday, after two days of talks.")?.valueEnd).toBeNull();
  });
});

describe("an engagement dated by days of talks ending on the day named", () => {
  it("keeps the span the date finder read and does not move it back again", () => {
    const text = "Treasury Secretary Janet Yellen told reporters on Tuesday after two days of talks with Vice Premier He Lifeng in Oslo that gaps remained.";
    const talks = extractText(text, PUBLISHED).engagements.find((engagement) => engagement.participants.some((participant) => participant.name === "He Lifeng"));
    expect(talks).toMatchObject({ date: "2021-03-15", dateEnd: "2021-03-16" });
  });

  it("still reads the days before a day of agreement as the talks", () => {
    const text = "Treasury Secretary Janet Yellen and Vice Premier He Lifeng agreed on Tuesday after two days of negotiations in Oslo to meet again.";
    const talks = extractText(text, PUBLISHED).engagements.find((engagement) => engagement.participants.some((participant) => participant.name === "He Lifeng"));
    expect(talks).toMatchObject({ date: "2021-03-14", dateEnd: "2021-03-15" });
  });
});
