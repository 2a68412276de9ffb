"use client";

import { useEffect } from "react";
import "./globals.css";

/** Last resort when the root layout itself fails: a bare page with the same promise as error.tsx. */
export default function GlobalError({ error }: { error: unknown }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="en">
      <body className="mx-auto max-w-[65ch] p-8">
        <h1 className="text-2xl font-semibold">Readout is unavailable right now</h1>
        <p className="mt-3">Something went wrong on our side. It has been logged.</p>
        <p className="mt-6">
          <a href="">Try again</a>
        </p>
      </body>
    </html>
  );
}
