import { z } from "zod";
import type { EngagementKind, EngagementStatus, OutcomeStatus } from "./enums";

/**
 * Event-data interop: every engagement and outcome is coded with a PLOVER event type and the
 * nearest CAMEO code, so Readout records can be joined with event datasets (ICEWS, POLECAT,
 * GDELT). The mapping is data; README.api.md ("Event codes") gives the reasoning per row.
 */

export const PLOVER_EVENTS = ["AGREE", "CONSULT", "REQUEST", "REJECT", "SANCTION"] as const;
export const ploverEventSchema = z.enum(PLOVER_EVENTS);
export type PloverEvent = z.infer<typeof ploverEventSchema>;

export const CAMEO_CODES = {
  "020": "Make an appeal or request, not specified",
  "030": "Express intent to cooperate, not specified",
  "036": "Express intent to meet or negotiate",
  "040": "Consult, not specified",
  "041": "Discuss by telephone",
  "042": "Make a visit",
  "044": "Meet at a third location",
  "046": "Engage in negotiation",
  "120": "Reject, not specified",
  "164": "Halt negotiations",
} as const;
export type CameoCode = keyof typeof CAMEO_CODES;

export interface EventCode {
  plover: PloverEvent;
  cameo: CameoCode;
  cameoLabel: string;
}

/** "venue": decided by where it happened (a visit to one side's country, or a third location). */
type HeldCode = CameoCode | "venue";

const HELD_BY_KIND: Record<EngagementKind, HeldCode> = {
  "leader-summit": "venue",
  "leader-call": "041",
  "ministerial-visit": "042",
  "ministerial-meeting": "venue",
  "security-dialogue": "046",
  "economic-dialogue": "046",
  "military-talks": "046",
  other: "040",
};

const NOT_HELD: Record<Exclude<EngagementStatus, "held">, { plover: PloverEvent; cameo: CameoCode }> = {
  planned: { plover: "AGREE", cameo: "036" },
  cancelled: { plover: "SANCTION", cameo: "164" },
};

export const OUTCOME_EVENT_CODES: Record<OutcomeStatus, { plover: PloverEvent; cameo: CameoCode }> = {
  agreed: { plover: "AGREE", cameo: "030" },
  announced: { plover: "AGREE", cameo: "030" },
  proposed: { plover: "REQUEST", cameo: "020" },
  expected: { plover: "CONSULT", cameo: "040" },
  rejected: { plover: "REJECT", cameo: "120" },
  "no-agreement": { plover: "CONSULT", cameo: "046" },
};

/** The two sides' countries as stored in Engagement.placeCountry: a meeting there is a visit. */
const SIDE_COUNTRIES = new Set(["United States", "China"]);

function withLabel(code: { plover: PloverEvent; cameo: CameoCode }): EventCode {
  return { ...code, cameoLabel: CAMEO_CODES[code.cameo] };
}

function venueCode(placeCountry: string | null): CameoCode {
  if (placeCountry === null) return "040";
  return SIDE_COUNTRIES.has(placeCountry) ? "042" : "044";
}

/** The event code of an engagement from its status, kind and venue; unknown values fall back to "consult". */
export function codeEngagement(row: { kind: string; status: string; placeCountry: string | null }): EventCode {
  if (row.status in NOT_HELD) return withLabel(NOT_HELD[row.status as keyof typeof NOT_HELD]);
  const held = HELD_BY_KIND[row.kind as EngagementKind] ?? "040";
  return withLabel({ plover: "CONSULT", cameo: held === "venue" ? venueCode(row.placeCountry) : held });
}

/** The event code of an outcome from its status; an unknown status is coded as plain consultation. */
export function codeOutcome(status: string): EventCode {
  return withLabel(OUTCOME_EVENT_CODES[status as OutcomeStatus] ?? { plover: "CONSULT", cameo: "040" });
}
