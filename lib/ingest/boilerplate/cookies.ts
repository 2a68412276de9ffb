/**
 * Cookie and consent banners that scrapers copy with the page: a notice line about cookies
 * and the consent buttons printed around it ("Accept all", "Manage preferences"). A button
 * label alone is only dropped beside a notice, so an "Accept" elsewhere in a story stays.
 */
import type { Rule } from "./rule";
import { countWords, type Unit } from "./units";

/** A line about the site's own cookies, in the site's voice; a news sentence about cookie rules has neither "we use" nor "your consent". */
const COOKIE = /\bcookies?\b/i;
const SITE_VOICE =
  /\b(?:we(?: and our partners)? use|(?:this|our) (?:web)?site uses|by (?:continuing|clicking|using|browsing)|you (?:agree|consent|accept)|your (?:consent|experience|browsing|preferences|choices)|we(?:'|’)ll assume|we will assume|opt[ -]?out|read our (?:cookie|privacy))\b/i;

const BUTTON =
  /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|decline(?: all)?|allow(?: all)?(?: cookies)?|i (?:agree|accept)|agree(?: and close)?|got it|ok(?:ay)?|read more|more info(?:rmation)?|learn more|(?:manage|customi[sz]e)(?: my)? (?:preferences|settings|cookies|options|choices)|cookie (?:settings|preferences|policy)|privacy policy|(?:only )?necessary(?: cookies)?(?: only)?|save (?:preferences|settings))[.!]?$/i;

/** A notice is a sentence or two, never a long paragraph of reporting. */
const MAX_NOTICE_WORDS = 60;

const isNotice = (unit: Unit) => countWords(unit.text) <= MAX_NOTICE_WORDS && COOKIE.test(unit.text) && SITE_VOICE.test(unit.text);
const isButton = (unit: Unit | undefined) => unit !== undefined && BUTTON.test(unit.text.trim());

export const dropCookieBanners: Rule = (units) => {
  const dropped = new Set<number>();
  units.forEach((unit, i) => {
    if (!isNotice(unit)) return;
    dropped.add(i);
    for (let j = i - 1; isButton(units[j]) && !dropped.has(j); j--) dropped.add(j);
    for (let j = i + 1; isButton(units[j]); j++) dropped.add(j);
  });
  return [...dropped].sort((a, b) => a - b).flatMap((i) => {
    const unit = units[i];
    return unit ? [{ unit, reason: "cookie-banner" as const }] : [];
  });
};
