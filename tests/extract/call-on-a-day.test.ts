import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * "Call on" is usually a demand ("urged Washington … and called on it to"), but a call followed by
 * the day it was held ("held a call on Friday", "a call on Jan. 17") is a call. Invented sentences only.
 */

function engagementsOf(text: string, published: string) {
  return extractText(`${text}\n`, published).engagements.map((engagement) => ({ kind: engagement.kind, date: engagement.date, people: engagement.participants.map((participant) => participant.name) }));
}

describe("a call on a day", () => {
  it("is a call held that day, named by a weekday", () => {
    expect(engagementsOf("Donald Trump and Xi Jinping held a call on Friday to talk about tariffs.", "2025-09-19")).toEqual([{ kind: "leader-call", date: "2025-09-19", people: ["Donald Trump", "Xi Jinping"] }]);
  });

  it("is a call held that day, named by its date", () => {
    expect(engagementsOf("Donald Trump and Xi Jinping had a call on Jan. 17 about the trade truce.", "2025-02-03")).toEqual([{ kind: "leader-call", date: "2025-01-17", people: ["Donald Trump", "Xi Jinping"] }]);
  });
});

describe("a call on someone", () => {
  it("is a demand, not a call", () => {
    expect(engagementsOf("President Donald Trump will call on Xi Jinping to open Chinese markets, aides said.", "2025-09-19")).toEqual([]);
    expect(engagementsOf("Donald Trump and Xi Jinping face calls on May to decide, the paper wrote.", "2025-09-19")).toEqual([]);
    expect(engagementsOf("Critics of Donald Trump and Xi Jinping renewed calls for restraint on Friday.", "2025-09-19")).toEqual([]);
  });
});

describe("a teleconference", () => {
  it("is a call", () => {
    expect(engagementsOf("Pete Hegseth held a teleconference with Dong Jun on Tuesday about the South China Sea.", "2025-09-10")).toEqual([{ kind: "military-talks", date: "2025-09-09", people: ["Pete Hegseth", "Dong Jun"] }]);
  });

  it("of others names no engagement of the two", () => {
    expect(engagementsOf("Pete Hegseth joined a teleconference of NATO defence ministers on Tuesday.", "2025-09-10")).toEqual([]);
  });
});
