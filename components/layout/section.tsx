import type { ReactNode } from "react";

/** A titled part of a page; the heading labels the region for assistive technology. */
export function Section({ id, title, children, aside }: { id: string; title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="skip-offscreen mt-10">
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
