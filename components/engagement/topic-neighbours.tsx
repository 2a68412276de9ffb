import type { NeighbourEngagement } from "@/lib/queries/get-engagement";
import { DateText } from "@/components/facts/date-text";

function Neighbour({ engagement, direction }: { engagement: NeighbourEngagement; direction: "Earlier" | "Later" }) {
  return (
    <div className={`rounded-md border border-line bg-surface p-4 ${direction === "Later" ? "sm:text-right" : ""}`}>
      <p className="text-xs font-semibold tracking-wide text-muted uppercase">
        {direction === "Earlier" ? "← Earlier" : "Later →"}
      </p>
      <p className="mt-1">
        <a href={`/engagements/${engagement.slug}`} className="font-semibold">
          {engagement.title}
        </a>
      </p>
      <p className="text-sm text-muted">
        <DateText date={engagement.date} /> · also on {engagement.sharedTopics.map((topic) => topic.name).join(", ")}
      </p>
    </div>
  );
}

/** The previous and next engagements that share a topic with this one. */
export function TopicNeighbours({ previous, next }: { previous: NeighbourEngagement | null; next: NeighbourEngagement | null }) {
  if (previous === null && next === null) return <p className="text-muted">No other engagement shares a topic with this one.</p>;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {previous ? <Neighbour engagement={previous} direction="Earlier" /> : <div aria-hidden="true" />}
      {next ? <Neighbour engagement={next} direction="Later" /> : null}
    </div>
  );
}
