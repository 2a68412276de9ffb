import type { PrepareOptions, Removal, SourceMetadata } from "../types";
import type { Unit } from "../boilerplate/units";

/** What the metadata readers look at: the cleaned lines, what was removed, what the format stated. */
export interface MetadataContext {
  units: readonly Unit[];
  removed: readonly Removal[];
  source: SourceMetadata;
  options: PrepareOptions;
}

/** The opening lines, where headline, byline, credit and dateline are printed. */
export const HEADER_LINES = 12;

export function headerUnits(context: MetadataContext): readonly Unit[] {
  return context.units.slice(0, HEADER_LINES);
}

/** Collapses whitespace and shortens a quoted snippet for a human-readable explanation. */
export function quoteOf(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
