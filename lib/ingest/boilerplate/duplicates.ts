/**
 * Repeated paragraphs: scraped pages often carry a caption or a headline twice. The first
 * copy stays. Short lines (a quote like "Not now." said twice) are legitimately repeated, so
 * only substantial paragraphs, or a line repeating the one just before it, count as copies.
 */
import type { Rule } from "./rule";
import { countWords } from "./units";

const keyOf = (text: string) => text.toLowerCase().replace(/\s+/g, " ");
const isSubstantial = (text: string) => text.length >= 60 && countWords(text) >= 8;

export const dropDuplicates: Rule = (units) => {
  const seen = new Set<string>();
  let previous: string | null = null;
  return units.flatMap((unit) => {
    const key = keyOf(unit.text);
    const repeated = (isSubstantial(unit.text) && seen.has(key)) || key === previous;
    seen.add(key);
    previous = key;
    return repeated ? [{ unit, reason: "duplicate-paragraph" as const }] : [];
  });
};
