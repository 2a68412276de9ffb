
/** What a 404 says: what was not found, and where to look instead. */
export function NotFoundMessage({ what, hint, backHref, backLabel }: { what: string; hint: string; backHref: string; backLabel: string }) {
  return (
    <div className="max-w-[65ch]">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">Not found</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight">{what}</h1>
      <p className="mt-3 text-muted">{hint}</p>
      <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={backHref}>{backLabel}</a>
        </li>
        {backHref !== "/" ? (
          <li>
            <a href="/">Go to the timeline</a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
