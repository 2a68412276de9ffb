import { describe, expect, it } from "vitest";
import { ENGAGEMENT_KINDS, OUTCOME_STATUSES } from "@/lib/taxonomy/enums";
import { CAMEO_CODES, OUTCOME_EVENT_CODES, codeEngagement, codeOutcome } from "@/lib/taxonomy/plover";

describe("PLOVER/CAMEO coding", () => {
  it("codes every engagement kind and status with a known CAMEO code", () => {
    for (const kind of Object.keys(ENGAGEMENT_KINDS)) {
      for (const status of ["held", "planned", "cancelled"]) {
        for (const placeCountry of [null, "China", "Indonesia"]) {
          const code = codeEngagement({ kind, status, placeCountry });
          expect(CAMEO_CODES[code.cameo]).toBe(code.cameoLabel);
        }
      }
    }
  });

  it.each([
    [{ kind: "leader-call", status: "held", placeCountry: null }, "CONSULT", "041"],
    [{ kind: "ministerial-visit", status: "held", placeCountry: "China" }, "CONSULT", "042"],
    [{ kind: "leader-summit", status: "held", placeCountry: "United States" }, "CONSULT", "042"],
    [{ kind: "leader-summit", status: "held", placeCountry: "Indonesia" }, "CONSULT", "044"],
    [{ kind: "ministerial-meeting", status: "held", placeCountry: null }, "CONSULT", "040"],
    [{ kind: "economic-dialogue", status: "held", placeCountry: null }, "CONSULT", "046"],
    [{ kind: "leader-summit", status: "planned", placeCountry: "Indonesia" }, "AGREE", "036"],
    [{ kind: "ministerial-visit", status: "cancelled", placeCountry: "China" }, "SANCTION", "164"],
  ])("%o → %s %s", (engagement, plover, cameo) => {
    expect(codeEngagement(engagement)).toMatchObject({ plover, cameo });
  });

  it("codes every outcome status, agreements as AGREE and refusals as REJECT", () => {
    expect(Object.keys(OUTCOME_EVENT_CODES).sort()).toEqual(Object.keys(OUTCOME_STATUSES).sort());
    expect(codeOutcome("agreed")).toMatchObject({ plover: "AGREE", cameo: "030" });
    expect(codeOutcome("rejected")).toMatchObject({ plover: "REJECT", cameo: "120" });
    expect(codeOutcome("proposed")).toMatchObject({ plover: "REQUEST", cameo: "020" });
    expect(codeOutcome("something-new")).toMatchObject({ plover: "CONSULT", cameo: "040" });
  });
});
