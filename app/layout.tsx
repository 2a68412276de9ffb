import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { SearchForm } from "@/components/search-form";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Readout — US–China engagements, sourced", template: "%s · Readout" },
  description:
    "A timeline of US–China diplomatic engagements: who met, what they discussed and what came of it, each fact backed by the words of a source article.",
  // Every page offers the feed of all engagements; the timeline offers the feed of its filters instead.
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Readout: all engagements" }] } },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#1d2026" },
  ],
};

const MAIN_ID = "main";

/**
 * Every page renders per request: proxy.ts gives each response a fresh CSP nonce, and Next
 * can stamp it on its scripts only while rendering (a prerendered page would carry none and
 * its scripts would be refused). The data behind pages is cached instead (lib/queries/read-cache.ts).
 */
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col antialiased">
        <SkipLink target={MAIN_ID} />
        <SiteHeader search={<SearchForm label="Search Readout" />} />
        <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
