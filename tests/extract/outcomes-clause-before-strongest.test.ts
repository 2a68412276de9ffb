import { describe, expect, it } from "vitest";
import { outcomesAfterLead } from "./helpers";

/** An outcome in a clause of its own before the sentence's strongest one. Sentences invented. */

const TALKS = "Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao in Beijing on Monday.";

function outcomesOf(text: string) {
  return outcomesAfterLead(TALKS, text, "2023-08-29").map((outcome) => ({ status: outcome.status, topic: outcome.topic, statement: outcome.statement }));
}

const statuses = (text: string) => outcomesOf(text).map((outcome) => `${outcome.status}/${outcome.topic ?? "none"}`).sort();

describe("an invitation before an agreement in the same sentence", () => {
  it("is kept beside the agreement when a comma and a new subject part them", () => {
    expect(statuses("Raimondo was invited to come to Shanghai next spring, and the two ministers agreed to keep talking about export controls.")).toEqual(["agreed/export-controls", "proposed/none"]);
  });

  it("is kept when a closing quote parts them", () => {
    expect(statuses("Wang also invited Raimondo to Tianjin \"to carry the dialogue further\" and the two agreed to widen cooperation on climate change.")).toEqual(["agreed/climate", "proposed/none"]);
  });

  it("ends where the agreement's clause begins, so it takes no topic named there", () => {
    const invitation = outcomesOf("Raimondo was invited to come to Shanghai next spring, and the two ministers agreed to keep talking about export controls.").find((outcome) => outcome.status === "proposed");
    expect(invitation?.statement).toBe("Come to Shanghai next spring");
  });
});

describe("what stays out", () => {
  it("a request to do something that is no visit", () => {
    expect(statuses("Wang invited reporters to ask questions, and the two sides agreed to resume talks on fentanyl.")).toEqual(["agreed/fentanyl"]);
  });

  it("a cue run on into the agreement with no new clause between", () => {
    expect(statuses("Raimondo asked Wang to help and agreed to keep talking about export controls.")).toEqual(["agreed/export-controls"]);
  });
});
