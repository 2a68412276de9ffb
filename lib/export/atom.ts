/** Atom 1.0 (RFC 4287) XML; every text and attribute value escaped. */

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  url: string;
  summary: string;
  categories: { term: string; label: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  siteUrl: string;
  entries: AtomEntry[];
}

export function escapeXml(value: string): string {
  // Characters XML 1.0 cannot carry at all are dropped rather than escaped.
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function formatEntry(entry: AtomEntry): string {
  return [
    "  <entry>",
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <updated>${entry.updated.toISOString()}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    ...entry.categories.map((category) => `    <category term="${escapeXml(category.term)}" label="${escapeXml(category.label)}"/>`),
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
    "  </entry>",
  ].join("\n");
}

export function formatAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    "  <author><name>Readout</name></author>",
    "  <generator>Readout</generator>",
    ...feed.entries.map(formatEntry),
    "</feed>",
    "",
  ].join("\n");
}
