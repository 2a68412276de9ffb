"use client";

import { useEffect } from "react";
import "./globals.css";

/**
 * Last resort when the root layout itself fails: a bare page with the same promise as
 * error.tsx. It replaces the layout, so it brings its own document, title and ways out;
 * both links are plain anchors that work before (or without) hydration.
 */
export default function GlobalError({ error }: { error: unknown }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <html lang="en">
      <head>
        <title>Readout is unavailable · Readout</title>
      </head>
      <body>
        <main className="mx-auto max-w-[65ch] p-8">
          <p className="text-sm font-semibold tracking-wide text-muted uppercase">Readout</p>
          <h1 className="mt-1 text-2xl font-semibold">Readout is unavailable right now</h1>
          <p className="mt-3">Something went wrong on our side while building this page. It has been logged; trying again often helps.</p>
          <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <a href="">Try again</a>
            </li>
            <li>
              <a href="/">Go to the timeline</a>
            </li>
          </ul>
          {digest ? <p className="mt-6 text-xs text-muted">Reference for support: {digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
