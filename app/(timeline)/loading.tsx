/**
 * Shown while the timeline's query runs. Only this route has one: a loading boundary starts
 * the response early, which would turn the detail pages' 404s into 200s.
 */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4 motion-reduce:animate-none">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-2/3 rounded bg-line" />
      <div className="h-4 w-full max-w-[65ch] rounded bg-line" />
      <div className="h-4 w-5/6 max-w-[60ch] rounded bg-line" />
      <div className="h-24 w-full rounded bg-line/60" />
    </div>
  );
}
