/**
 * Step 3: boilerplate stripping. The rules run in order, each on the lines the previous ones
 * kept; the cleaned text is the kept lines with their original line or paragraph breaks.
 */
import type { Removal, RemovalReason } from "../types";
import { dropCaptions } from "./captions";
import { dropCookieBanners } from "./cookies";
import { dropDuplicates } from "./duplicates";
import { dropForeignTrailer } from "./foreign-trailer";
import { dropFurniture } from "./furniture";
import type { Rule } from "./rule";
import { dropClosingSections } from "./sections";
import { splitUnits, type Unit } from "./units";

/**
 * Captions first, so a caption printed twice is reported as a caption and never splits a list;
 * cookie banners before the closing sections, whose "Read more" heading is also a banner button.
 */
export const BOILERPLATE_RULES: readonly Rule[] = [dropCaptions, dropCookieBanners, dropDuplicates, dropClosingSections, dropFurniture, dropForeignTrailer];

export interface StrippedText {
  text: string;
  removed: Removal[];
}

/** Consecutive dropped lines with the same reason become one span. */
function toRemovals(text: string, dropped: { unit: Unit; reason: RemovalReason }[]): Removal[] {
  const sorted = [...dropped].sort((a, b) => a.unit.index - b.unit.index);
  const removals: Removal[] = [];
  let previousIndex = -2;
  for (const { unit, reason } of sorted) {
    const last = removals[removals.length - 1];
    if (last && last.reason === reason && unit.index === previousIndex + 1) last.end = unit.end;
    else removals.push({ reason, start: unit.start, end: unit.end, text: "" });
    previousIndex = unit.index;
  }
  return removals.map((removal) => ({ ...removal, text: text.slice(removal.start, removal.end) }));
}

/** Kept lines joined by a blank line where the original had one anywhere in the gap, else by a line break. */
function joinKept(text: string, kept: readonly Unit[]): string {
  return kept
    .map((unit, i) => {
      const previous = kept[i - 1];
      if (!previous) return unit.text;
      return (text.slice(previous.end, unit.start).includes("\n\n") ? "\n\n" : "\n") + unit.text;
    })
    .join("");
}

export function stripBoilerplate(text: string, rules: readonly Rule[] = BOILERPLATE_RULES): StrippedText {
  let kept = splitUnits(text);
  const dropped: { unit: Unit; reason: RemovalReason }[] = [];
  for (const rule of rules) {
    const found = rule(kept);
    const gone = new Set(found.map(({ unit }) => unit.index));
    dropped.push(...found);
    kept = kept.filter((unit) => !gone.has(unit.index));
  }
  return { text: joinKept(text, kept), removed: toRemovals(text, dropped) };
}
