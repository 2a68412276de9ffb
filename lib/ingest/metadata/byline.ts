/**
 * Bylines: "By AAMER MADHANI", "By Jane Doe and Li Wei, Associated Press", "Jane Doe, Reuters"
 * near the top, or a wire trailer "(Reporting by Jane Doe; Editing by …)" at the end.
 * An outlet written with the names is returned apart, as the story's credit.
 */
import type { MetadataContext } from "./context";
import { headerUnits } from "./context";
import { OUTLET_PATTERN, outletNamed } from "./outlets";

const NAME_WORD = String.raw`[\p{Lu}][\p{L}\p{M}.'’-]*`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:de|da|van|von|der|bin|al|la|le)\s+)?${NAME_WORD}){0,3}`;
const NAMES = String.raw`${NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*)${NAME}){0,4}`;
const SEPARATOR = String.raw`\s*(?:,|\||–|—|-|for)\s*`;

const BY = String.raw`^(?:By|BY|by)\s+`;
const BY_NAMES_OUTLET = new RegExp(String.raw`${BY}(${NAMES})${SEPARATOR}(?:the\s+)?(${OUTLET_PATTERN})$`, "u");
const BY_NAMES = new RegExp(String.raw`${BY}(${NAMES})(?:${SEPARATOR}(.+))?$`, "u");
/** What may follow the names without being an outlet: a role ("Staff Writer", "Beijing correspondent"). */
const ROLE = /^[\p{L} ]{0,40}\b(?:correspondent|reporter|writer|editor|contributor|staff|columnist|bureau chief)s?$/iu;
const NAME_AND_OUTLET = new RegExp(String.raw`^(${NAMES})${SEPARATOR}(${OUTLET_PATTERN})$`, "u");
const REPORTING_BY = new RegExp(String.raw`^\(?(?:Reporting|Reported|Writing) by (${NAMES})`, "u");

/** Longer lines are prose, not bylines; the cap also bounds the regex work. */
const MAX_BYLINE_LENGTH = 160;

export interface Byline {
  names: string;
  outlet: string | null;
  line: string;
}

/** "Jane Doe, Associated Press" style suffixes name an outlet only when the app knows it. */
function bylineFrom(line: string): Byline | null {
  if (line.length > MAX_BYLINE_LENGTH) return null;
  const withOutlet = BY_NAMES_OUTLET.exec(line) ?? NAME_AND_OUTLET.exec(line);
  if (withOutlet?.[1] && withOutlet[2]) return { names: withOutlet[1], outlet: outletNamed(withOutlet[2]), line };
  const by = BY_NAMES.exec(line);
  // "By Monday, officials said" is prose: only a role may follow the names
  if (by?.[1] && (by[2] === undefined || ROLE.test(by[2]))) return { names: by[1], outlet: null, line };
  return null;
}

export function readByline(context: MetadataContext): Byline | null {
  for (const unit of headerUnits(context)) {
    const byline = bylineFrom(unit.text);
    if (byline) return byline;
  }
  for (const unit of context.units.slice(-6)) {
    const match = unit.text.length <= MAX_BYLINE_LENGTH ? REPORTING_BY.exec(unit.text) : null;
    if (match?.[1]) return { names: match[1], outlet: null, line: unit.text };
  }
  const stated = context.source.byline;
  return stated && !/^https?:/.test(stated) ? { names: stated, outlet: null, line: stated } : null;
}
