/**
 * Downloads and subscriptions for exactly what the timeline shows: each link is the export
 * route plus the page's own filter query. Plain links, so they work without JavaScript.
 */

export interface ExportLink {
  href: string;
  label: string;
  /** the format, as a short note after the link */
  format: string;
  type: string;
  /** a file to save (CSV, JSON) rather than a feed or calendar to subscribe to */
  download: boolean;
}

export function exportLinks(query: string): ExportLink[] {
  return [
    { href: `/export/engagements.csv${query}`, label: "Download CSV (engagements)", format: "one row per engagement", type: "text/csv", download: true },
    { href: `/export/facts.csv${query}`, label: "Download CSV (facts)", format: "one row per fact and supporting excerpt", type: "text/csv", download: true },
    { href: `/export/engagements.json${query}`, label: "Download JSON", format: "engagements as in the API", type: "application/json", download: true },
    { href: `/calendar.ics${query}`, label: "Calendar (ICS)", format: "subscribe in a calendar app, or download", type: "text/calendar", download: false },
    { href: `/feed.xml${query}`, label: "Atom feed", format: "follow new engagements in a feed reader", type: "application/atom+xml", download: false },
  ];
}

export function ExportLinks({ query }: { query: string }) {
  return (
    <div className="text-sm">
      <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {exportLinks(query).map((link) => (
          <li key={link.href}>
            <a href={link.href} type={link.type} download={link.download ? "" : undefined} className="inline-block py-1 font-medium">
              {link.label}
            </a>
            <span className="block text-muted">{link.format}</span>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-muted">
        The same filters work on the <a href="/api-docs">JSON API</a>.
      </p>
    </div>
  );
}
