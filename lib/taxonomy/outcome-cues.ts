import type { OutcomeStatus } from "@/lib/taxonomy/enums";

/**
 * The words an outcome is stated with, by status. Phrases are lower case and matched on word
 * boundaries: a trailing * matches any word ending, `~` stands for up to three words of any
 * kind ("reached ~ consensus" → "reached an important consensus"). `next` limits a family to
 * phrases followed by one of those words; `notNext` drops a match followed by one of them
 * ("declined to comment" is no refusal). Each family serves reports from several outlets:
 * wire copy, government readouts and state media word the same outcome differently.
 */
export interface OutcomeCueFamily {
  status: OutcomeStatus;
  phrases: readonly string[];
  next?: readonly string[];
  notNext?: readonly string[];
  /** the phrase counts only after one of these in its sentence ("said … China would") */
  reportedBy?: readonly string[];
  /** the phrase does not count right after one of these ("likely that the two sides would") */
  notAfter?: readonly string[];
  /** the phrase names who is to act, so what follows is an outcome even with no topic ("both sides should …") */
  standsAlone?: boolean;
  /** one side's promise, not a joint result: said before talks are held, it is a stance ("vowed to retaliate") */
  unilateral?: boolean;
  /** the phrase opens with what is agreed, so the statement starts at the words before it ("close communication would continue") */
  subjectIsStatement?: boolean;
  /** the phrase ends its clause, so what it says of is the words before it, back to the verb reporting them ("said an extension of the truce is likely") */
  predicate?: boolean;
  /** the phrase counts only when the words after it name a topic: a wish about nothing in particular is courtesy ("hoped that the two countries would get along") */
  namesTopic?: boolean;
  /** the phrase counts only when its object is a contact (a meeting, a visit, a call): readiness to "work with" a side is courtesy */
  objectIsContact?: boolean;
}

/** Who an outcome is stated of when no one is named: a side, both sides, a government. */
export const SIDE_SUBJECTS: readonly string[] = [
  "the two sides", "both sides", "the two leaders", "the two presidents", "the two heads of state", "the two countries", "the two teams",
  "the two militaries", "they", "the united states", "the u.s.", "the us", "washington", "china", "beijing", "the chinese side", "the u.s. side",
  "the us side", "the american side", "each side",
];
const GROUP_SUBJECTS = SIDE_SUBJECTS.slice(0, 9);
const SINGLE_SUBJECTS = ["he", "she", "it", ...SIDE_SUBJECTS.slice(8)];

/** what two sides say they will go on doing together: "the two sides would keep talking" */
const JOINT_VERBS = ["keep", "continue", "hold", "resume", "maintain", "stay", "set up", "establish", "meet", "work", "expand", "restore", "reopen", "launch", "cut", "lower", "reduce", "extend", "strengthen", "step up", "enhance"];

/** what the two sides do together, named as a thing: "talks", "communication" */
const JOINT_ACTIVITIES = ["talks", "communication", "communications", "dialogue", "contacts", "exchanges", "consultations", "discussions", "negotiations"];
/** a side speaking of itself in a quote: "we will", "we'll" */
const FIRST_PERSON_FUTURE = ["we will", "we'll", "we would", "we shall"];
/** going on with, or taking up again, what is already under way: "continue", "keep up" */
const ONGOING_VERBS = ["continue", "keep up", "maintain", "resume", "expand"];

/**
 * "would not", "would be", "would like": said of a side, these announce nothing; nor does its resolve ("would firmly defend its
 * interests", "will do what it takes", "would take necessary measures"), a stance it holds whatever the talks gave
 */
const NOT_ANNOUNCING = [
  "not", "be", "have", "like", "need", "consider", "continue to", "keep", "never",
  "firmly", "resolutely", "defend", "safeguard", "take necessary", "take all necessary", "do what it takes", "do whatever it takes",
];

/** "declined to comment": reporting, not refusing */
const NOT_REFUSING = ["comment", "to comment", "say", "to say", "discuss", "to discuss", "elaborate", "to elaborate", "specify", "to specify", "confirm", "to confirm", "give", "to give", "answer", "to answer", "respond", "to respond", "name", "to name", "disclose", "to disclose"];

/**
 * What two sides reach together, however qualified: "reached a preliminary framework", "reached
 * a “basic” consensus". A qualified deal or agreement is as often another pair's ("the EU reached
 * a trade deal"), so those two keep their plain forms.
 */
export const AGREEMENT_NOUNS: readonly string[] = ["consensus", "framework", "understanding", "accord", "truce"];

/** "welcomed Blinken to …" is an invitation only when a visit follows */
const INVITATION_VERBS = ["visit", "pay", "come", "travel"];
const TRIP_VERBS = ["travel to", "visit", "make a visit to", "make a state visit to", "make a trip to", "go to", "pay a visit to", "pay a state visit to"];
const SHOULD = ["should", "should also", "must"];
/** a copula of one side ("China is", "I'm", "the US remains"), before a participle that then describes rather than reports */
const ONE_SIDE_IS = ["is", "am", "'m", "was", "remains", "remained", "stays"];
const with_ = (subjects: readonly string[], verbs: readonly string[]) => subjects.flatMap((subject) => verbs.map((verb) => `${subject} ${verb}`));

export const OUTCOME_CUE_FAMILIES: readonly OutcomeCueFamily[] = [
  {
    status: "no-agreement",
    phrases: [
      "neither side ~ agreement*", "neither side ~ deal", "neither side ~ breakthrough", "neither side ~ commitment*", "neither side ~ schedule", "neither side ~ date",
      "made no ~ commitment*", "made no ~ agreement", "made no ~ pledge", "there was no ~ agreement", "there was no ~ deal", "there were no ~ commitments", "produced no ~ agreement",
      "with no ~ agreement", "with no ~ commitment*", "with no ~ joint statement", "offered no ~ commitment*",
      "did not commit", "didn't commit", "declined to commit", "would not commit", "refused to commit",
      "did not produce ~ agreement", "did not produce ~ deal", "did not produce ~ breakthrough", "did not yield ~ agreement", "did not yield ~ breakthrough",
      "did not reach ~ agreement", "did not reach ~ deal", "did not reach ~ consensus",
      "without a joint statement", "without any joint statement", "without a deal", "without an agreement", "without any agreement", "without a breakthrough", "without any breakthrough", "without new commitments", "without any new commitment*", "without a new commitment",
      "came away with little", "came away with nothing", "came away with only",
      "no date was set", "no date has been set", "no date was agreed", "no new date", "no extension",
      "no joint statement", "not issue a joint statement", "not release a joint statement", "not sign a joint statement",
      "no major announcement*", "failed to agree", "failed to reach", "failed to resolve", "failed to bridge", "no agreement", "no breakthrough", "no deal",
      "ended without ~ agreement", "ended without ~ deal", "ended without ~ breakthrough",
    ],
  },
  {
    status: "rejected",
    phrases: [
      "rejected", "rejects", "rejecting", "refused", "refuses", "declined", "turned down", "rebuffed", "ruled out", "dismissed",
      "do not negotiate", "don't negotiate", "does not negotiate", "will not negotiate", "won't negotiate", "would not negotiate",
    ],
    notNext: NOT_REFUSING,
  },
  {
    status: "agreed",
    phrases: [
      "agreed", "agree to", "agreeing", ...AGREEMENT_NOUNS.map((noun) => `reached ~ ${noun}`), "reached an agreement", "reached agreement", "reached a deal", "struck a deal", "produced an agreement", "produced agreements",
      "an agreement to", "an agreement with", "an agreement on", "an agreement between",
      "signed an agreement", "signed the agreement", "signed a deal", "signed an accord", "signed a memorandum", "signed a joint statement",
      "will resume", "would resume",
    ],
    notNext: ["that the call", "that the phone call", "that the meeting", "that the talks", "that their call", "that their phone call", "that their meeting", "that their talks", "that the conversation"],
  },
  {
    // "China is committed to …", "I'm committed to …": one side's standing disposition, not a pledge made at the talks ("both sides are committed to …" stays)
    status: "agreed",
    phrases: ["decided to", "pledged to", "committed to", "vowed to", "promised to"],
    notAfter: [...ONE_SIDE_IS, ...with_(ONE_SIDE_IS, ["fully", "firmly", "deeply", "still", "also"])],
    unilateral: true,
  },
  {
    // "the two sides would keep talking", unless hedged ("it is likely that the two sides would meet")
    status: "agreed",
    phrases: with_(GROUP_SUBJECTS, ["would", "will", "would also", "will also", "also would", "also will"]),
    next: JOINT_VERBS,
    notAfter: ["likelihood that", "likely that", "hope that", "hopes that", "hoped that", "expects that", "expected that", "possible that", "possibility that", "chance that", "whether", "if", "unclear whether"],
  },
  {
    // "that close communication would continue": the joint activity itself is the subject, so what goes on is its words before the verb
    status: "agreed",
    phrases: with_(JOINT_ACTIVITIES, ["would continue", "will continue", "would resume", "will resume", "would go on", "will go on"]),
    subjectIsStatement: true,
  },
  {
    // "Trump said China would buy …": what one side said it would do
    status: "announced",
    phrases: with_(SINGLE_SUBJECTS, ["would", "would also", "will", "will also", "planned to", "plans to", "plan to"]),
    notNext: NOT_ANNOUNCING,
    reportedBy: ["said", "says", "confirmed", "announced", "added", "told reporters"],
  },
  {
    // "We will keep up our dialogue with the Chinese navy": a participant quoted on what their side goes on doing with the other,
    // not on its resolve ("we will continue to defend our interests" names no joint activity)
    status: "announced",
    phrases: with_(FIRST_PERSON_FUTURE, ONGOING_VERBS),
    next: [...JOINT_ACTIVITIES, ...with_(["our", "these", "the", "such"], JOINT_ACTIVITIES)],
  },
  {
    // "China, he said, would start buying …": the reporting verb inside
    status: "announced",
    phrases: SIDE_SUBJECTS.slice(9).flatMap((subject) => ["he said", "she said", "they said", "officials said", "an official said"].map((speaker) => `${subject}, ${speaker}, would`)),
    notNext: NOT_ANNOUNCING,
  },
  {
    // "the tariff would be cut to 10 percent", "duties on chips will drop to zero": a step told with what it is done to as the subject, the doer left unsaid
    status: "announced",
    phrases: with_(["would", "will"], ["be reduced", "be cut", "be lowered", "be halved", "be lifted", "be removed", "be suspended", "be dropped", "drop", "come down"]),
    subjectIsStatement: true,
  },
  {
    // "would travel to Beijing", "plans to visit Washington"; not "plans" as a noun, someone's intent told in passing ("pressing ahead with plans to visit Taipei")
    status: "announced",
    phrases: with_(["would", "will", "plans to", "planned to", "planning to"], TRIP_VERBS),
    notAfter: ["with", "the", "his", "her", "their", "its", "of", "about"],
  },
  {
    status: "announced",
    phrases: [
      "progress toward", "announced", "announce", "announces", "announcing", "are establishing", "is establishing", "were establishing", "was establishing", "established", "launched", "unveiled",
      "are restarting", "is restarting",
    ],
  },
  {
    // "restarting the flights", but not "talks ranging from tariffs to resuming rare earth shipments"
    status: "announced",
    phrases: ["restarting", "resuming"],
    notAfter: ["to", "of", "on", "about", "from", "for", "toward", "towards"],
  },
  {
    status: "expected",
    phrases: [
      "preparations were under way for", "preparations are under way for", "preparations were underway for", "preparations are underway for", "preparations are being made for",
      "look forward to", "looked forward to", "looks forward to", "a likelihood", "a high likelihood", "a strong likelihood", "is likely to", "are likely to", "was likely to", "were likely to",
      "expected to take place", "hoping to announce", "hopes to announce", "hope to announce",
      "expected to announce", "expected to agree", "expected to sign", "expected to reach", "expected to include", "expected to produce", "expected to yield", "expected to deliver", "expected to unveil", "expected to resume", "expected to establish",
      "expects a commitment", "expects an agreement", "expects an announcement", "expects a deal", "expect a commitment", "expect an agreement", "expect a deal", "expects a new commitment",
    ],
  },
  {
    // "I'm anticipating that we will get a deferral on the export controls": a forecast by someone at the table
    status: "expected",
    phrases: ["anticipate that", "anticipates that", "anticipated that", "anticipating that", "expect that", "expects that", "expected that", "expecting that", "predict that", "predicts that", "predicted that"],
  },
  {
    // "told reporters an extension of the truce is “likely”"
    status: "expected",
    phrases: ["is likely", "are likely", "is very likely", "are very likely", "is highly likely", "are highly likely"],
    notNext: ["to", "that", "than", "if", "when", "because", "not"],
    predicate: true,
  },
  {
    status: "proposed",
    phrases: [
      "proposed", "requested", "urged", "urging", "called for", "calls for", "called on", "asked", "pressed", "pushed for", "sought", "invited",
      "pushing for", "push for", "pushes for",
    ],
    notNext: ["what", "whether", "if", "about", "how", "why", "when"],
  },
  {
    // "Beijing hopes that the United States will ease its curbs on chips", not "hoped that the two peoples grow closer"
    status: "proposed",
    phrases: ["hopes that", "hoped that", "expressed the hope that", "expressed hope that"],
    notNext: ["not", "never"],
    namesTopic: true,
  },
  {
    // "the United States should stop arming Taiwan": one side told what to do
    status: "proposed",
    phrases: [...SIDE_SUBJECTS.slice(9).map((side) => `warned ${side} to`), ...with_(SIDE_SUBJECTS.slice(9), SHOULD)],
    notNext: ["not", "never"],
    standsAlone: true,
  },
  {
    // "both sides should expand cooperation on climate", but not "both sides should work to stabilize ties": said of both with no subject named, it is a platitude
    status: "proposed",
    phrases: [...with_(GROUP_SUBJECTS, SHOULD), ...with_(["our two sides", "our two countries", "we"], ["should", "must"])],
    notNext: ["not", "never"],
  },
  {
    // "expressed interest in meeting Xi soon", "the White House is ready for a summit in November": a wish for a contact is a proposal of one
    status: "proposed",
    phrases: [
      "expressed ~ interest in", "expressed ~ willingness to", "expressed ~ readiness to", "expressed ~ readiness for",
      ...with_(["is", "are", "was", "were", "stands", "stand", "stood"], ["ready for", "ready to", "open to", "willing to"]),
    ],
    objectIsContact: true,
  },
  {
    // "welcomed Blinken to visit": an invitation
    status: "proposed",
    phrases: ["welcomed ~ to"],
    next: INVITATION_VERBS,
  },
];
