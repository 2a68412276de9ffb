import { deskAction } from "@/app/desk/actions";
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUSES, OUTCOME_SIDES, OUTCOME_STATUSES } from "@/lib/taxonomy/enums";
import type { FactKind } from "@/lib/desk/write";
import { ActionForm, type FieldSpec } from "./action-form";

export interface Option {
  value: string;
  label: string;
}

const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));
const reason = (value = "", hint?: string): FieldSpec => ({ name: "reason", label: "Reason", required: true, value, hint: hint ?? "Readers see it in the fact's history." });

export interface EditableFact {
  kind: FactKind;
  /** id, or the slug for engagements */
  key: string;
  version: number;
  origin: string;
  values: Record<string, string>;
}

function editFields(fact: EditableFact, topics: Option[]): FieldSpec[] {
  const v = fact.values;
  if (fact.kind === "outcome") {
    return [
      { name: "statement", label: "Statement", type: "textarea", value: v.statement, required: true },
      { name: "status", label: "Status", type: "select", value: v.status, options: options(OUTCOME_STATUSES) },
      { name: "topic", label: "Topic", type: "select", value: v.topic, options: [{ value: "", label: "No topic" }, ...topics] },
      { name: "side", label: "Stated by", type: "select", value: v.side, options: [{ value: "", label: "Not stated" }, ...options(OUTCOME_SIDES)] },
    ];
  }
  if (fact.kind === "participation") return [{ name: "title", label: "Title held at the time", value: v.title }];
  if (fact.kind === "engagement") {
    return [
      { name: "title", label: "Title", value: v.title, required: true },
      { name: "kind", label: "Kind", type: "select", value: v.kind, options: options(ENGAGEMENT_KINDS) },
      { name: "status", label: "Status", type: "select", value: v.status, options: options(ENGAGEMENT_STATUSES) },
      { name: "startDate", label: "Start date", type: "date", value: v.startDate, hint: "Leave empty when unknown. For month precision use the first of the month." },
      { name: "endDate", label: "End date", type: "date", value: v.endDate },
      { name: "datePrecision", label: "Date precision", type: "select", value: v.datePrecision, options: [{ value: "day", label: "Day" }, { value: "month", label: "Month" }] },
      { name: "placeName", label: "Place", value: v.placeName },
      { name: "placeCountry", label: "Country", value: v.placeCountry },
    ];
  }
  return [];
}

/** The actions on one fact: accept, edit, reject with a reason, move. Each a plain form in a disclosure. */
export function FactActions({ fact, topics, label }: { fact: EditableFact; topics: Option[]; label: string }) {
  const hidden = (action: string) => ({ _kind: fact.kind, _key: fact.key, _version: String(fact.version), _action: action });
  const fields = editFields(fact, topics);
  return (
    <div className="mt-3 space-y-2 text-sm">
      {fact.origin === "extracted" ? (
        <ActionForm action={deskAction} legend={`Accept ${label}`} submitLabel="Accept" hidden={hidden("accept")} fields={[reason("Checked against the source text")]} />
      ) : null}
      {fields.length > 0 ? <ActionForm disclosure="Edit" action={deskAction} legend={`Edit ${label}`} submitLabel="Save changes" hidden={hidden("edit")} fields={[...fields, reason()]} /> : null}
      {fact.kind !== "engagement" ? (
        <ActionForm
          disclosure="Move to another engagement"
          action={deskAction}
          legend={`Move ${label}`}
          submitLabel="Move"
          secondary
          hidden={hidden("move")}
          fields={[{ name: "engagement", label: "Slug of the engagement to move it to", required: true, hint: "As in its address: /engagements/<slug>." }, reason()]}
        />
      ) : null}
      <ActionForm disclosure="Reject" action={deskAction} legend={`Reject ${label}`} submitLabel="Reject" secondary hidden={hidden("reject")} fields={[reason("", "Required. The fact is hidden from readers and kept with this reason.")]} />
    </div>
  );
}
