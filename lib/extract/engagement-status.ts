import type { Cue, Sentence, Span } from "@/lib/extract/types";
import type { EngagementStatus } from "@/lib/taxonomy/enums";

/**
 * The status a sentence gives the engagement its trigger names: cancelled when the sentence
 * says so, planned after a future cue shortly before the trigger (or "next week" after it),
 * held for a past-tense trigger; null when the sentence does not say.
 */

/** every form of the verb: "is postponing his trip", "scraps the visit", "calling off the talks" */
const CANCELLED = /\b(?:scrap(?:s|ped|ping)|postpon(?:es?|ed|ing)|call(?:s|ed|ing)? off|cancel(?:s|l?ed|l?ing)?|never materiali[sz]ed|never happened|shel(?:ves|ved|ving)|put(?:s|ting)? off|indefinitely delayed)\b/i;
const PLANNED_BEFORE = /\b(?:will|shall|set to|is to|are to|expected to|expects to|plans? to|planned to|planning to|scheduled|slated|due to|(?:is|are) due|going to|would|upcoming|ahead of|prepare to|preparing to|intends? to|intended to|agreed to|hopes? to|later this)\b(?:(?!\b(?:met|held|visited|spoke|completed)\b)(?:U\.S\.|[^.;]))*$/i;
/**
 * "… meet next week", a relative clause on the trigger noun ("a sit-down he is expected to use"), or the
 * trigger as subject past an aside between commas ("The talks, led by the two envoys, were expected to …").
 */
const PLANNED_AFTER = /^[^.;]{0,60}?\b(?:next (?:week|month|year)|later this (?:week|month|year)|in the coming (?:days|weeks|months)|tomorrow)\b|^(?:,[^,.;]{1,120},)?\s*(?:that\s+|which\s+)?(?:\w+\s+){0,2}?(?:is|are|was|were) (?:expected|set|scheduled|due) to\b/i;
/** "expected visits to China", "the planned talks", "their next meeting": a word before the trigger noun says it is still to come */
const PLANNED_ADJECTIVE = /\b(?:expected|planned|anticipated|proposed|next|forthcoming|coming)\s+(?:[\w-]+\s+)?$/i;
/** "the preceding negotiations", "their previous meeting": an adjective before the trigger noun says it is over, whatever the verb of the sentence */
const HELD_ADJECTIVE = /\b(?:preceding|previous|prior|earlier|past)\s+(?:[\w-]+\s+){0,3}$/i;
/**
 * "a long-awaited call that lasted two hours", "the anticipated summit, which took place in May": a past-tense clause on the
 * trigger noun says it is over, whatever word of waiting comes before; "which was held up by a dispute" (delayed) and "ran
 * into trouble" do not
 */
const HELD_CLAUSE_AFTER = /^,?\s+(?:that|which)\s+(?:lasted|took place|(?:was|were) held(?!\s+(?:up|back|off)\b)|ended|ran(?!\s+into\b))\b/i;
const HELD_TRIGGER = /^(?:met|visited|held talks|held|spoke|spoken|talked|sat down|hosted|toured|arrived in|travell?ed to)$/i;
const HELD_BEFORE = /\b(?:completed|concluded|wrapped up|held|had|have|has)\s+(?:(?:their|a|an|the|his|her)\s+)?(?:["“”']?[\w-]+["“”']?,?\s+){0,3}$/i;
/** "warned after talks with …", "following their meeting": the contact came before what the sentence tells */
const HELD_AFTER_CONNECTIVE = /\b(?:after|following)\s+(?:(?:their|a|an|the|his|her)\s+)?(?:[\w-]+\s+){0,2}$/i;
/**
 * "their first call since the summit in Lima", "Since their meeting in Woodside, …": after "since" the contact came first;
 * not where it is the subject of the clause "since" opens, which then means "because" ("Since their summit is days away, …")
 */
const HELD_SINCE = /\bsince\s+(?:(?:their|a|an|the|his|her)\s+)?(?:[\w-]+\s+){0,2}$/i;
const CLAUSE_VERB_AFTER = /^\s+(?:is|are|was|were|will|would|has|have|had|remains?|looms?)\b/i;

/**
 * "During their talks in Paris, the two ministers discussed …", "During her trip, she is due to see the premier": a sentence
 * opening on the subject's own contact tells what went on in its course, so it is under way (a trip still ahead says so
 * before the trigger: "During his upcoming visit"). "During the meeting, …" points back to whichever meeting came last.
 */
const DURING_OPENER = /^\W*during\s+(?:their|his|her|its)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * "We will keep up the talks", "to continue our discussions": more of a contact already under way, which says nothing of
 * whether it was held; what lies ahead is only its sequel
 */
const CONTINUED_BEFORE = /\b(?:continu(?:e|es|ing)|keep(?:s|ing)? up)\s+(?:(?:the|their|our|its|these|those)\s+)?(?:[\w-]+\s+)?$/i;

/** `elsewhere`: clauses of the sentence about another engagement ("weeks after he shelved a trip"), whose words say nothing of this one. */
export function statusOf(text: string, sentence: Sentence, trigger: Cue, elsewhere: readonly Span[] = []): EngagementStatus | null {
  const own = elsewhere.reduce((words, span) => (span.start >= sentence.start && span.end <= sentence.end ? words.slice(0, span.start - sentence.start) + " ".repeat(span.end - span.start) + words.slice(span.end - sentence.start) : words), sentence.text);
  if (CANCELLED.test(own)) return "cancelled";
  // the words around the trigger, with the other clauses blanked: "spoke … in advance of the inauguration next week" was held
  const before = own.slice(Math.max(0, trigger.start - sentence.start - 70), Math.max(0, trigger.start - sentence.start));
  if (HELD_ADJECTIVE.test(before) || HELD_CLAUSE_AFTER.test(own.slice(trigger.end - sentence.start))) return "held";
  // "will continue the talks" is no plan of new ones, but "continue the talks next week" still says when they will be
  const continued = CONTINUED_BEFORE.test(before);
  if ((!continued && PLANNED_BEFORE.test(before)) || PLANNED_ADJECTIVE.test(before) || PLANNED_AFTER.test(own.slice(trigger.end - sentence.start))) return "planned";
  if (continued) return null;
  if (HELD_TRIGGER.test(trigger.text) || HELD_BEFORE.test(before) || HELD_AFTER_CONNECTIVE.test(before) || (HELD_SINCE.test(before) && !CLAUSE_VERB_AFTER.test(own.slice(trigger.end - sentence.start))) || DURING_OPENER.test(own.slice(0, trigger.start - sentence.start))) return "held";
  return null;
}
