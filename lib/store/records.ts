import type { ResolvedQuote } from "@/lib/store/resolve-quote";
import type {
  DatePrecision,
  EngagementKind,
  EngagementStatus,
  FactOrigin,
  OutcomeSide,
  OutcomeStatus,
  Side,
} from "@/lib/taxonomy/enums";

/**
 * The store's input shape: one engagement with its facts and their evidence, already
 * resolved to offsets. Curation files and pipeline extractions are both turned into this,
 * so there is one writer for both.
 */
export interface EvidenceRecord {
  articleId: number;
  selector: ResolvedQuote;
  /** the value a date/place quote supports, so sources that disagree stay visible */
  claim?: string;
}

export interface PersonRef {
  slug: string;
  name: string;
  side: Side;
}

export interface EngagementRecord {
  slug: string;
  title: string;
  kind: EngagementKind;
  status: EngagementStatus;
  startDate: string | null;
  endDate: string | null;
  datePrecision: DatePrecision;
  place: { name: string; country: string | null; latitude: number | null; longitude: number | null } | null;
  occasion: string | null;
  summary: string | null;
  origin: FactOrigin;
  confidence: number | null;
  dateEvidence: EvidenceRecord[];
  placeEvidence: EvidenceRecord[];
  participants: { person: PersonRef; title: string | null; evidence: EvidenceRecord[] }[];
  topics: { slug: string; evidence: EvidenceRecord[] }[];
  outcomes: {
    statement: string;
    topic: string | null;
    status: OutcomeStatus;
    side: OutcomeSide | null;
    evidence: EvidenceRecord[];
  }[];
}
