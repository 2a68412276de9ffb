import type { ReactNode } from "react";
import type { OriginView, Support } from "@/lib/queries/view";
import { OriginBadge } from "@/components/facts/origin-badge";
import { SourceCount } from "@/components/facts/evidence";

/** The line under a fact's name: who vouches for it and how many sources say so. */
export function FactMeta({ fact, children }: { fact: OriginView & Support; children?: ReactNode }) {
  return (
    <p className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1">
      {children}
      <OriginBadge origin={fact.origin} confidence={fact.confidence} />
      <SourceCount count={fact.sourceCount} />
    </p>
  );
}
