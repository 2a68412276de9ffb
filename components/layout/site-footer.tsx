
const LINKS = [
  { href: "/", label: "Timeline" },
  { href: "/topics", label: "Topics" },
  { href: "/sources", label: "Sources" },
  { href: "/search", label: "Search" },
  { href: "/api-docs", label: "API" },
  { href: "/feed.xml", label: "Atom feed" },
  { href: "/about", label: "How it works" },
] as const;

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-6 text-sm text-muted sm:px-6">
        <nav aria-label="Site">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {LINKS.map((link) => (
              <li key={link.href}>
                {/* The feed is a file, not a page: a plain link, no client navigation. */}
                {link.href === "/feed.xml" ? (
                  <a href={link.href} type="application/atom+xml">
                    {link.label}
                  </a>
                ) : (
                  <a href={link.href}>{link.label}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <p>Readout tracks US–China diplomatic engagements. Every fact shown links to the words of a stored source article.</p>
      </div>
    </footer>
  );
}
