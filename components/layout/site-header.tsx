import type { ReactNode } from "react";

const NAV = [
  { href: "/", label: "Timeline" },
  { href: "/topics", label: "Topics" },
  { href: "/sources", label: "Sources" },
  { href: "/about", label: "About" },
] as const;

/**
 * `search` is the slot for the header search form (GET /search?q=), added separately;
 * the header lays it out at the end of the bar on wide screens and below on narrow ones.
 */
export function SiteHeader({ search }: { search?: ReactNode }) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <a href="/" className="text-lg font-semibold tracking-tight text-ink no-underline">
          Readout
          <span className="sr-only"> — home</span>
        </a>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-[0.95rem]">
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="text-ink no-underline hover:underline">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {search ? <div className="w-full sm:ml-auto sm:w-auto">{search}</div> : null}
      </div>
    </header>
  );
}
