import type { Metadata } from "next";
import { API_ROUTES } from "@/lib/api/routes";
import { DEFAULT_CACHE_CONTROL } from "@/lib/api/handler";

export const metadata: Metadata = { title: "API and data exports" };

const EXPORTS = [
  { href: "/export/engagements.csv", text: "Engagements as CSV (one row per engagement)" },
  { href: "/export/facts.csv", text: "Facts as CSV (one row per fact and supporting excerpt)" },
  { href: "/export/engagements.json", text: "Engagements as JSON" },
  { href: "/calendar.ics", text: "Calendar (iCalendar): subscribe in any calendar app" },
  { href: "/feed.xml", text: "Atom feed of engagements, newest first" },
] as const;

/** The API and export reference, generated from the same route list as the OpenAPI document. */
// Plain links throughout: these point at route handlers (JSON, files), not pages to prefetch.
export default function ApiDocsPage() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight">API and data exports</h1>
      <p className="mt-4">
        Everything Readout shows is available as data. The JSON API is read-only, needs no key and answers with{" "}
        <code>ETag</code> and <code>Cache-Control: {DEFAULT_CACHE_CONTROL}</code>. Invalid or unknown parameters get a <code>400</code> with a
        JSON body <code>{'{ "error": { "code", "message" } }'}</code>; unknown slugs a <code>404</code>. The machine-readable description is the{" "}
        <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>.
      </p>

      <section aria-labelledby="routes-heading" className="mt-10">
        <h2 id="routes-heading" className="border-b border-line pb-2 text-xl font-semibold">
          Routes
        </h2>
        {API_ROUTES.map((route) => (
          <article key={route.path} className="mt-8" aria-labelledby={route.operationId}>
            <h3 id={route.operationId} className="font-mono text-base font-semibold">
              GET {route.path}
            </h3>
            <p className="mt-1">
              <strong>{route.summary}.</strong> {route.description}
            </p>
            {Object.keys(route.query).length + Object.keys(route.pathParams).length > 0 ? (
              <table className="mt-3 w-full text-left text-sm [overflow-wrap:anywhere]">
                <caption className="sr-only">Parameters of {route.path}</caption>
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="py-1 pr-4">Parameter</th>
                    <th scope="col" className="py-1 pr-4">Example</th>
                    <th scope="col" className="py-1">Meaning</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(route.pathParams).map(([name, param]) => (
                    <tr key={name} className="border-b border-line align-top">
                      <td className="py-1 pr-4 font-mono">{`{${name}}`}</td>
                      <td className="py-1 pr-4 font-mono">{param.example}</td>
                      <td className="py-1">{param.description}</td>
                    </tr>
                  ))}
                  {Object.entries(route.query).map(([name, param]) => (
                    <tr key={name} className="border-b border-line align-top">
                      <td className="py-1 pr-4 font-mono">
                        {name}
                        {param.required ? " (required)" : ""}
                        {param.multiple ? " (repeatable)" : ""}
                      </td>
                      <td className="py-1 pr-4 font-mono">{param.example ?? ""}</td>
                      <td className="py-1">{param.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <p className="mt-2 text-sm">
              Example: <a href={route.example} className="font-mono">{route.example}</a>
            </p>
          </article>
        ))}
      </section>

      <section aria-labelledby="exports-heading" className="mt-12">
        <h2 id="exports-heading" className="border-b border-line pb-2 text-xl font-semibold">
          Exports and feeds
        </h2>
        <p className="mt-3">
          Each accepts the timeline&apos;s filters (<code>topic</code>, <code>person</code>, <code>kind</code>, <code>outcome</code>, <code>side</code>,{" "}
          <code>from</code>, <code>to</code>), for example <a href="/calendar.ics?topic=military-communication">/calendar.ics?topic=military-communication</a>.
          Every source also has its citation at <code>/sources/&lt;slug&gt;/citation.json</code> (CSL-JSON) and <code>/sources/&lt;slug&gt;/citation.bib</code> (BibTeX).
        </p>
        <ul className="mt-3 list-disc pl-6">
          {EXPORTS.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.text}</a> — <code>{item.href}</code>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="events-heading" className="mt-12">
        <h2 id="events-heading" className="border-b border-line pb-2 text-xl font-semibold">
          Event codes
        </h2>
        <p className="mt-3">
          Engagements and outcomes carry a PLOVER event type and the nearest CAMEO code (<code>event</code> in the API, <code>plover_event</code> and{" "}
          <code>cameo_code</code> columns in the CSV files), so the records can be joined with event datasets.
        </p>
      </section>
    </div>
  );
}
