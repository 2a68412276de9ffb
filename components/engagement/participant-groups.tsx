import type { ParticipantFact } from "@/lib/queries/get-engagement";
import type { SideGroup } from "@/lib/queries/view";
import { EvidenceList } from "@/components/facts/evidence";
import { FactHistory } from "./fact-history";
import { FactMeta } from "./fact-header";

export function ParticipantGroups({ groups }: { groups: SideGroup<ParticipantFact>[] }) {
  // "the trade talks in Geneva": reports may state a meeting of the two sides without naming anyone at it
  if (groups.length === 0) return <p className="text-muted">The sources name no one who took part.</p>;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {groups.map((group) => (
        <section key={group.side} aria-labelledby={`side-${group.side}`}>
          <h3 id={`side-${group.side}`} className="text-sm font-semibold tracking-wide text-muted uppercase">
            {group.label}
          </h3>
          <ul className="mt-2 space-y-4">
            {group.items.map((person) => (
              <li key={person.slug}>
                <a href={`/people/${person.slug}`} className="font-semibold">
                  {person.name}
                </a>
                {person.title ? <span className="text-muted">, {person.title}</span> : null}
                <FactMeta fact={person} />
                <EvidenceList support={person} open={false} />
                <FactHistory history={person.history} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
