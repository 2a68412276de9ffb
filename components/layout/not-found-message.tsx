/** What a 404 says: what was not found, and where to look instead. */
export interface MissingPage {
  title: string;
  what: string;
  hint: string;
  backHref: string;
  backLabel: string;
}

/** The 404 of each section whose pages are named by a slug, and of any other address. */
export const MISSING_PAGES = {
  engagements: {
    title: "Engagement not found",
    what: "No engagement with this address",
    hint: "Engagements are named by date and participants, for example 2023-11-15-biden-xi-woodside. Find it on the timeline.",
    backHref: "/",
    backLabel: "Browse the timeline",
  },
  topics: {
    title: "Topic not found",
    what: "No topic with this name",
    hint: "Topic addresses use the taxonomy's names, such as fentanyl or military-communication.",
    backHref: "/topics",
    backLabel: "See all topics",
  },
  people: {
    title: "Person not found",
    what: "No person with this name",
    hint: "People are named like antony-blinken. Find a participant through the timeline's person filter.",
    backHref: "/",
    backLabel: "Browse the timeline",
  },
  sources: {
    title: "Source not found",
    what: "No stored article with this name",
    hint: "The article may not have been ingested, or the link may be mistyped.",
    backHref: "/sources",
    backLabel: "See all sources",
  },
  other: {
    title: "Page not found",
    what: "There is no page at this address",
    hint: "The link may be mistyped, or the page may have moved. Everything in Readout can be reached from the timeline.",
    backHref: "/",
    backLabel: "Go to the timeline",
  },
} as const satisfies Record<string, MissingPage>;

/** The 404 for a section's name, the general one for any other. */
export function missingPageOf(section: string): MissingPage {
  return Object.hasOwn(MISSING_PAGES, section) ? MISSING_PAGES[section as keyof typeof MISSING_PAGES] : MISSING_PAGES.other;
}

export function NotFoundMessage({ what, hint, backHref, backLabel }: Omit<MissingPage, "title">) {
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
