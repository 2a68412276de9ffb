/**
 * The dateline opening the first paragraph: "WASHINGTON —", "BEIJING (Reuters) -",
 * "SAN FRANCISCO, Calif. (AP) —", "HONG KONG, Nov 15 (Reuters) -". The place is in capitals;
 * a parenthesised tag names the agency.
 */
import type { MetadataContext } from "./context";
import { headerUnits } from "./context";

const CAPS_WORD = String.raw`[\p{Lu}][\p{Lu}\p{M}.'’-]+`;
const REGION = String.raw`,\s+[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,2}`;
const DAY = String.raw`,\s+[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?`;
const DATELINE = new RegExp(String.raw`^(${CAPS_WORD}(?:\s${CAPS_WORD}){0,3}(?:${REGION})?(?:${DAY})?)\s*(?:\(([^()]{2,40})\))?\s*(?:—|–|--|-)\s*\S`, "u");

export interface Dateline {
  /** as written, without the dash: "BEIJING, Nov 15 (Reuters)" */
  text: string;
  place: string;
  tag: string | null;
}

export function readDateline(context: MetadataContext): Dateline | null {
  for (const unit of headerUnits(context)) {
    const match = DATELINE.exec(unit.text);
    if (match?.[1]) {
      const tag = match[2] ?? null;
      return { text: tag ? `${match[1]} (${tag})` : match[1], place: match[1].replace(/,.*$/, ""), tag };
    }
  }
  return null;
}
