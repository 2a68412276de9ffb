import type { FactVersions } from "@/lib/queries/find-disagreements";
import { countLabel } from "@/components/format";
import { EvidenceList, SourceCount } from "@/components/facts/evidence";

/**
 * The versions of a date or place that the sources give, each with its words. When two
 * versions cannot both be true the box says "Sources differ"; when one is only coarser
 * ("November 2023" for "15 November 2023") it says so and marks it less precise.
 */
export function ClaimVersions({ versions, id }: { versions: FactVersions; id: string }) {
  const headingId = `${id}-versions`;
  // A group, not a landmark or heading: it sits inside the date or place fact of the header.
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className={`mt-2 rounded-md border p-3 ${versions.differ ? "border-amber-700 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40" : "border-line bg-surface"}`}
    >
      <p id={headingId} className="text-sm font-semibold">
        {versions.differ ? (
          <>
            <span aria-hidden="true">⚠ </span>Sources differ on the {versions.fact}
          </>
        ) : (
          `Sources agree on the ${versions.fact}, some less precisely`
        )}
      </p>
      <p className="mt-0.5 text-xs text-muted">
        {versions.differ
          ? `The articles give ${countLabel(versions.versions.length, "version")} of the ${versions.fact}. Each is listed with its sources; none is silently preferred.`
          : `The versions fit together: each less precise one contains a more precise one.`}
      </p>
      <ul className="mt-3 space-y-3">
        {versions.versions.map((version) => (
          <li key={version.claim}>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-medium">{version.label}</span>
              {version.shown ? <span className="text-xs text-muted">(shown above)</span> : null}
              {version.lessPrecise ? (
                <span className="rounded border border-line px-1.5 text-xs text-muted" title={`Compatible with a more precise version, but gives less detail`}>
                  less precise
                </span>
              ) : null}
              <SourceCount count={version.sourceCount} />
            </p>
            <EvidenceList support={version} open={versions.differ} />
          </li>
        ))}
      </ul>
    </div>
  );
}
