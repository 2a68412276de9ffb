/**
 * Words that say who is speaking in an account of an engagement. A readout goes on for
 * several sentences after it names the engagement ("The Secretary raised …", "He urged …",
 * "The Chinese side expressed …"); these words, opening a sentence, make it part of that
 * account. Lower case, matched on word boundaries.
 */

/** "The Secretary", "the Chinese side", "The two sides": a title or role standing for someone already named */
export const ACTOR_TITLES: readonly string[] = [
  "secretary", "president", "minister", "vice premier", "premier", "councilor", "state councilor", "general", "admiral",
  "ambassador", "envoy", "adviser", "advisor", "side", "sides", "delegation", "delegations", "leader", "leaders", "official", "officials",
  "chairman", "vice president",
  // the account's source speaking for its side: "The readout said …", "The post added …"
  "readout", "statement", "post", "ministry", "foreign ministry", "embassy",
];

/** "He", "They", "Both", "Neither": pronouns and group words */
export const ACTOR_PRONOUNS: readonly string[] = ["he", "she", "they", "we", "both", "neither", "the two", "the pair", "each side", "our two sides"];

/** "The Chinese side said …": a side as readouts name it (a bare "China" opens background as often as the account) */
export const ACTOR_SIDES: readonly string[] = ["the chinese side", "the american side", "the u.s. side", "the us side"];

/** "China also promised to …": a bare side name carries the account only as the one committing */
export const SIDE_NAMES: readonly string[] = ["china", "beijing", "washington", "the united states", "the u.s.", "the us"];
export const COMMITMENT_VERBS: readonly string[] = ["agreed", "promised", "pledged", "committed", "vowed", "offered"];

/** "Greer said China had agreed …": an official not at the engagement carries its account only as a reporter */
export const REPORTING_VERBS: readonly string[] = ["said", "says", "told", "added", "noted", "stated", "confirmed", "explained"];

/** "As part of …, the Secretary reiterated …": an opening phrase before the subject */
export const LEADING_PREPOSITIONS: readonly string[] = [
  "as", "in", "on", "during", "at", "after", "for", "with", "regarding", "also", "additionally", "further", "furthermore", "moreover", "according to",
];
