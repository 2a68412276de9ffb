import type { EngagementKind } from "@/lib/taxonomy/enums";

/**
 * Words that tell what form a contact took, for the engagement kind. Lower case, matched on
 * word boundaries.
 */

/** "The call, which lasted two hours": the engagement was held on the line */
export const CALL_NOUNS: readonly string[] = ["call", "phone call", "video call", "telephone call", "phone conversation", "video conference", "videoconference", "teleconference"];

/** "the new round of strategic communication", "the working group's first meeting": a standing channel */
export const DIALOGUE_FORMATS: readonly string[] = [
  "strategic communication", "working group", "round of talks", "new round", "round of consultations", "consultations", "consultation mechanism",
  "dialogue mechanism", "economic and trade talks", "trade consultation",
];

/** "met by video link", "their virtual summit": leaders seen on a screen hold a summit, not a phone call */
export const VIDEO_WORDS: readonly string[] = ["video", "virtual", "virtually", "videoconference", "video-link"];

/**
 * "the presidents' meeting", "trade talks", "maritime defence talks": for talks whose officials
 * the report does not name, the words around the meeting word say what kind they were. The
 * first kind whose words appear wins, so the leaders' words come first.
 */
export const SUBJECT_KINDS: readonly { kind: EngagementKind; words: readonly string[] }[] = [
  { kind: "leader-summit", words: ["presidents", "heads of state", "leaders", "summit"] },
  { kind: "military-talks", words: ["military", "militaries", "defense", "defence", "maritime", "naval", "officers", "theater", "theatre"] },
  { kind: "security-dialogue", words: ["counternarcotics", "fentanyl", "law enforcement"] },
  { kind: "economic-dialogue", words: ["trade", "economic", "tariff", "tariffs"] },
];
