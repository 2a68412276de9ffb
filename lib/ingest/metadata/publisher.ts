/**
 * The publisher, when the article says who it is: given; a credit line under the headline
 * ("Associated Press"); an outlet in the byline or the dateline tag ("(Reuters)"); a
 * copyright line; the page's own site name. A reprint keeps the agency as publisher and says
 * which site carried it.
 */
import { readByline } from "./byline";
import type { MetadataContext } from "./context";
import { headerUnits, quoteOf } from "./context";
import { readDateline } from "./dateline";
import { outletNamed } from "./outlets";

export interface Publisher {
  name: string;
  source: string;
}

const COPYRIGHT_HOLDER = /(?:©|\(c\)|copyright)\s*©?\s*\d{4}(?:\s*[-–]\s*\d{4})?,?\s+(.+?)[.,]?\s*(?:all rights reserved.*)?$/i;

function fromCopyright(context: MetadataContext): Publisher | null {
  for (const removal of context.removed) {
    if (removal.reason !== "copyright") continue;
    const holder = COPYRIGHT_HOLDER.exec(removal.text.split("\n")[0] ?? "")?.[1];
    if (holder) return { name: outletNamed(holder) ?? holder, source: `copyright line '${quoteOf(removal.text, 80)}'` };
  }
  return null;
}

function fromText(context: MetadataContext): Publisher | null {
  const credit = headerUnits(context).find((unit) => outletNamed(unit.text) !== null);
  if (credit) return { name: outletNamed(credit.text) ?? credit.text, source: `credit line '${credit.text}'` };
  const byline = readByline(context);
  if (byline?.outlet) return { name: byline.outlet, source: `byline '${quoteOf(byline.line, 80)}'` };
  const tag = readDateline(context)?.tag;
  const tagged = tag ? outletNamed(tag) : null;
  if (tag && tagged) return { name: tagged, source: `dateline tag '(${tag})'` };
  return fromCopyright(context);
}

export function readPublisher(context: MetadataContext): Publisher | null {
  if (context.options.publisher) return { name: context.options.publisher, source: "given" };
  const site = context.source.publisher;
  const stated = fromText(context);
  if (stated && site && site !== stated.name) return { name: stated.name, source: `${stated.source}; reprinted by ${site}` };
  if (stated) return stated;
  return site ? { name: site, source: "stated by the page (site name)" } : null;
}
