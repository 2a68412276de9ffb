import type { EngagementSummary } from "@/lib/schemas/api";
import type { CsvColumn } from "./csv";
import type { FactRow } from "./list-fact-rows";

/** The export columns, declared as data beside the one CSV formatter (lib/export/csv.ts). */

const joined = (values: string[]) => values.join("; ");

export const ENGAGEMENT_COLUMNS: readonly CsvColumn<EngagementSummary & { absoluteUrl: string }>[] = [
  { header: "slug", value: (row) => row.slug },
  { header: "title", value: (row) => row.title },
  { header: "kind", value: (row) => row.kind.value },
  { header: "status", value: (row) => row.status.value },
  { header: "start_date", value: (row) => row.date.start },
  { header: "end_date", value: (row) => row.date.end },
  { header: "date_precision", value: (row) => row.date.precision },
  { header: "place", value: (row) => row.place?.name ?? null },
  { header: "country", value: (row) => row.place?.country ?? null },
  { header: "latitude", value: (row) => row.place?.latitude ?? null },
  { header: "longitude", value: (row) => row.place?.longitude ?? null },
  { header: "occasion", value: (row) => row.occasion },
  { header: "summary", value: (row) => row.summary },
  { header: "us_participants", value: (row) => joined(row.participants.filter((p) => p.side === "US").map((p) => p.name)) },
  { header: "cn_participants", value: (row) => joined(row.participants.filter((p) => p.side === "CN").map((p) => p.name)) },
  { header: "other_participants", value: (row) => joined(row.participants.filter((p) => p.side === "other").map((p) => p.name)) },
  { header: "topics", value: (row) => joined(row.topics.map((topic) => topic.slug)) },
  { header: "outcome_count", value: (row) => row.outcomeCount },
  { header: "source_count", value: (row) => row.sourceCount },
  { header: "plover_event", value: (row) => row.event.plover },
  { header: "cameo_code", value: (row) => row.event.cameo },
  { header: "origin", value: (row) => row.origin },
  { header: "confidence", value: (row) => row.confidence },
  { header: "url", value: (row) => row.absoluteUrl },
];

export const FACT_COLUMNS: readonly CsvColumn<FactRow>[] = [
  { header: "engagement_slug", value: (row) => row.engagementSlug },
  { header: "engagement_title", value: (row) => row.engagementTitle },
  { header: "engagement_start_date", value: (row) => row.engagementStart },
  { header: "engagement_plover_event", value: (row) => row.engagementEvent.plover },
  { header: "engagement_cameo_code", value: (row) => row.engagementEvent.cameo },
  { header: "fact_type", value: (row) => row.factType },
  { header: "fact", value: (row) => row.fact },
  { header: "outcome_status", value: (row) => row.outcomeStatus },
  { header: "outcome_side", value: (row) => row.outcomeSide },
  { header: "outcome_plover_event", value: (row) => row.outcomeEvent?.plover ?? null },
  { header: "outcome_cameo_code", value: (row) => row.outcomeEvent?.cameo ?? null },
  { header: "origin", value: (row) => row.origin },
  { header: "evidence_id", value: (row) => row.evidenceId },
  { header: "source_slug", value: (row) => row.sourceSlug },
  { header: "source_title", value: (row) => row.sourceTitle },
  { header: "publisher", value: (row) => row.publisher },
  { header: "excerpt", value: (row) => row.exact },
  { header: "excerpt_start", value: (row) => row.start },
  { header: "excerpt_end", value: (row) => row.end },
  { header: "evidence_url", value: (row) => row.evidenceUrl },
];
