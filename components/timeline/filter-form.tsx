import { TIMELINE_FILTERS, type TimelineFilters } from "@/lib/filters";
import type { FilterOptions, Option } from "@/lib/queries/list-filter-options";

/* Short component classes (app/globals.css): the form is on every timeline page, sent twice. */
const FIELD = "field";
const LABEL = "flabel";

function Select({ name, label, value, options, anyLabel }: { name: keyof TimelineFilters; label: string; value: string | null; options: Option[]; anyLabel: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={LABEL}>
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={FIELD}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function TopicCheckbox({ option, checked }: { option: Option; checked: boolean }) {
  return (
    <label className="fcheck">
      <input type="checkbox" name="topic" value={option.value} defaultChecked={checked} />
      <span>{option.label}</span>
    </label>
  );
}

/**
 * A free-text field with suggestions: the datalist offers the most frequent values and any
 * other value can be typed, so the form stays small however many people or places exist.
 */
function SuggestField({ name, label, hint, value, options }: { name: "person" | "place"; label: string; hint: string; value: string | null; options: Option[] }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={LABEL}>
        {label}
      </label>
      <input
        id={`filter-${name}`}
        name={name}
        list={`filter-${name}-suggestions`}
        defaultValue={value ?? ""}
        autoComplete="off"
        aria-describedby={`filter-${name}-hint`}
        className={FIELD}
      />
      <p id={`filter-${name}-hint`} className="mt-1 text-xs text-muted">
        {hint}
      </p>
      <datalist id={`filter-${name}-suggestions`}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </datalist>
    </div>
  );
}

/** The timeline filters as a plain GET form: works without JavaScript, the URL holds the state. */
export function FilterForm({ options, filters }: { options: FilterOptions; filters: TimelineFilters }) {
  const chosenTopics = new Set(filters.topic);
  return (
    <form method="get" action="/" role="search" aria-label="Filter the timeline" className="space-y-4 text-sm">
      <details open={chosenTopics.size > 0} className="rounded border border-line bg-surface">
        <summary className="cursor-pointer px-3 py-2 font-medium">
          {TIMELINE_FILTERS.topic.label}
          <span className="font-normal text-muted"> (any of{chosenTopics.size > 0 ? `; ${chosenTopics.size} chosen` : ""})</span>
        </summary>
        <fieldset className="border-t border-line px-3 py-2">
          <legend className="sr-only">Topics (engagements on any of them)</legend>
          <p className="mb-1 text-xs text-muted">A topic includes its subtopics.</p>
          <ul>
            {options.topics.map((topic) => (
              <li key={topic.value}>
                <TopicCheckbox option={topic} checked={chosenTopics.has(topic.value)} />
                {topic.children.length > 0 ? (
                  <ul className="ml-5">
                    {topic.children.map((child) => (
                      <li key={child.value}>
                        <TopicCheckbox option={child} checked={chosenTopics.has(child.value)} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </fieldset>
      </details>

      <SuggestField name="person" label={TIMELINE_FILTERS.person.label} hint="A person's identifier, e.g. antony-blinken; suggestions as you type." value={filters.person} options={options.people} />

      <Select name="kind" label={TIMELINE_FILTERS.kind.label} value={filters.kind} options={options.kinds} anyLabel="Any kind" />
      <Select name="outcome" label={TIMELINE_FILTERS.outcome.label} value={filters.outcome} options={options.outcomeStatuses} anyLabel="Any outcome" />
      <Select name="side" label={TIMELINE_FILTERS.side.label} value={filters.side} options={options.sides} anyLabel="Either side" />
      <SuggestField name="place" label={TIMELINE_FILTERS.place.label} hint="A place name exactly as listed, e.g. Beijing." value={filters.place} options={options.places} />

      <fieldset>
        <legend className={LABEL}>Date</legend>
        <div className="mt-1 grid grid-cols-2 gap-2">
          <div>
            <label htmlFor="filter-from" className="block text-xs text-muted">
              {TIMELINE_FILTERS.from.label}
            </label>
            <input id="filter-from" type="date" name="from" defaultValue={filters.from ?? ""} className={FIELD} />
          </div>
          <div>
            <label htmlFor="filter-to" className="block text-xs text-muted">
              {TIMELINE_FILTERS.to.label}
            </label>
            <input id="filter-to" type="date" name="to" defaultValue={filters.to ?? ""} className={FIELD} />
          </div>
        </div>
      </fieldset>

      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-accent px-4 py-2 text-sm font-semibold text-page hover:opacity-90">
          Apply filters
        </button>
        <a href="/">Clear all</a>
      </div>
    </form>
  );
}
