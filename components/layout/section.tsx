import type { ReactNode } from "react";

/**
 * A titled part of a page; the heading labels the region for assistive technology.
 * `belowTheFold`: the part never shows on the first screen, so its rendering waits until it is
 * scrolled near (a part that may show there would move what is under it when it renders).
 */
export function Section({ id, title, children, aside, belowTheFold = false }: { id: string; title: string; children: ReactNode; aside?: ReactNode; belowTheFold?: boolean }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={belowTheFold ? "skip-offscreen mt-10" : "mt-10"}>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2 border-b border-line pb-2">
        <h2 id={`${id}-heading`} className="text-xl font-semibold tracking-tight">
          {title}
        </h2>
        {aside ? <div className="text-sm text-muted">{aside}</div> : null}
      </div>
      {children}
    </section>
  );
}
