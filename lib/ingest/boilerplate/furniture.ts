/**
 * Single lines of page furniture that can sit anywhere: "Source link", "Scroll to Top",
 * "Advertisement", share widgets, newsletter prompts, copyright lines, "Read more: …" promos.
 * Each pattern must match the whole line, so prose that merely mentions these words stays.
 */
import type { RemovalReason } from "../types";
import type { Rule } from "./rule";
import { countWords } from "./units";

const SOCIAL = new Set([
  "facebook", "twitter", "x", "email", "e-mail", "mail", "linkedin", "whatsapp", "reddit", "pinterest", "telegram",
  "print", "copy", "link", "copied", "share", "messenger", "flipboard", "tumblr", "threads", "bluesky", "sms", "weibo", "wechat", "tweet", "pocket",
]);

function isShareWidget(text: string): boolean {
  const words = text.toLowerCase().replace(/[|•·,]/g, " ").split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 12 && words.every((word) => SOCIAL.has(word.replace(/:$/, "")));
}

const PATTERNS: [RegExp, RemovalReason][] = [
  [/^(?:source(?: link)?|scroll to top|back to top|top of page|advertisement|ad|skip (?:advertisement|ad)|continue reading(?: below)?|story continues below(?: advertisement)?|loading\.*|like this:|\[?…\]?|\.\.\.)$/i, "trailer"],
  [/^(?:share (?:this|the) (?:article|story|post|page)|share this|share on \w+|click to share on .{1,40}|follow us on .{1,60}|tap to share)\s*:?$/i, "share-widget"],
  [/^(?:©|\(c\)\s*\d{4}|copyright\s*©?\s*\d{4}\b)/i, "copyright"],
  [/\ball rights reserved\.?$/i, "copyright"],
  [/may not be (?:re)?published, broadcast, rewritten,? or redistributed/i, "copyright"],
  [/^(?:sign up|subscribe|get|join|want|don[’']t miss|stay (?:up to date|informed)|enter your email|by signing up)\b.{0,200}\b(?:newsletters?|inbox)\b/i, "newsletter-prompt"],
  [/^(?:read|read more|read also|also read|related|see also|more|watch|listen|read next|must read|click here|recommended)\s*:\s*\S/i, "promo-line"],
];

function classify(text: string): RemovalReason | null {
  if (countWords(text) > 40) return null;
  if (isShareWidget(text)) return "share-widget";
  return PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

export const dropFurniture: Rule = (units) =>
  units.flatMap((unit) => {
    const reason = classify(unit.text);
    return reason ? [{ unit, reason }] : [];
  });
