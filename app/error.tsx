"use client";

import { useEffect } from "react";

/**
 * Shown when a page fails. The error itself is logged, never displayed: its message may hold
 * internals. The retry link reloads the same address and works without JavaScript.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <div role="alert" className="max-w-[65ch]">
      <h1 className="text-3xl font-semibold tracking-tight">This page could not be shown</h1>
      <p className="mt-3 text-muted">
        Something went wrong on our side while loading it. It has been logged; trying again often helps.
      </p>
      <ul className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-2">
        <li>
          <a
            href=""
            onClick={(event) => {
              event.preventDefault();
              retry();
            }}
          >
            Try again
          </a>
        </li>
        <li>
          <a href="/">Go to the timeline</a>
        </li>
      </ul>
      {digest ? <p className="mt-6 text-xs text-muted">Reference for support: {digest}</p> : null}
    </div>
  );
}
