import type { SourceEvidence } from "@/lib/queries/get-source";
import type { ArticleNode } from "@/lib/queries/segment-article";

function labelOf(evidence: SourceEvidence): string {
  return `Evidence ${evidence.number} — ${evidence.factLabel}: ${evidence.factText} (${evidence.engagement.title})`;
}

function Nodes({ nodes, evidence }: { nodes: ArticleNode[]; evidence: Map<number, SourceEvidence> }) {
  return nodes.map((node, index) => {
    if (node.type === "text") return node.text;
    const backing = evidence.get(node.evidenceId);
    const label = backing ? labelOf(backing) : undefined;
    return (
      <mark key={index} id={node.first ? `ev-${node.evidenceId}` : undefined} title={label} data-evidence={node.evidenceId}>
        <Nodes nodes={node.children} evidence={evidence} />
        {node.last && backing ? (
          <sup className="ml-0.5 font-sans text-[0.7em] font-semibold">
            <a href={`#note-ev-${backing.id}`} aria-label={label} className="no-underline">
              {backing.number}
            </a>
          </sup>
        ) : null}
      </mark>
    );
  });
}

/**
 * The stored article text as paragraphs, each evidence span marked (nested where spans
 * nest, cut where they cross) with a numbered tag linking to its note. Text only ever goes
 * through React, so markup in an article shows as text.
 */
export function ArticleText({ paragraphs, evidence }: { paragraphs: ArticleNode[][]; evidence: SourceEvidence[] }) {
  const byId = new Map(evidence.map((row) => [row.id, row]));
  return (
    <div className="max-w-[65ch] space-y-4 font-serif text-[1.075rem] leading-relaxed">
      {paragraphs.map((nodes, index) => (
        <p key={index} className="whitespace-pre-line">
          <Nodes nodes={nodes} evidence={byId} />
        </p>
      ))}
    </div>
  );
}
