/**
 * The site search box: a plain GET form to /search, so it works without JavaScript and the
 * query stays in the URL. Presentational; the header and the search page both render it.
 */
export function SearchForm({
  query = "",
  id = "site-search",
  size = "compact",
  label,
}: {
  query?: string;
  id?: string;
  size?: "compact" | "large";
  /** names the search landmark when a page has more than one */
  label?: string;
}) {
  const large = size === "large";
  return (
    <form role="search" aria-label={label} action="/search" method="get" className="flex w-full items-stretch gap-2">
      <label htmlFor={id} className="sr-only">
        Search engagements and sources
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={500}
        placeholder={large ? 'fentanyl, "military communication", tariff*' : "Search"}
        className={`min-w-0 flex-1 rounded border border-line bg-surface px-3 text-ink placeholder:text-muted ${large ? "py-2 text-base" : "py-1 text-sm"}`}
      />
      <button type="submit" className={`rounded border border-accent bg-accent px-3 font-medium text-surface ${large ? "py-2" : "py-1 text-sm"}`}>
        Search
      </button>
    </form>
  );
}
