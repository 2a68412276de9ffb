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
    // The note number is drawn by CSS (data-note) so the mark's text stays exactly the quoted words.
    return (
      <mark
        key={index}
        id={node.first ? `ev-${node.evidenceId}` : undefined}
        title={label}
        data-evidence={node.evidenceId}
        data-note={node.last && backing ? backing.number : undefined}
      >
        <Nodes nodes={node.children} evidence={evidence} />
      </mark>
    );
  });
}

/**
 * The stored article text as paragraphs, each evidence span marked (nested where spans
 * nest, cut where they cross), the last piece of each numbered like its note. Text only ever goes
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
