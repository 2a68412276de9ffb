"use client";

import { useActionState, useId } from "react";
import type { FormState } from "@/lib/desk/form-state";
import { IDLE } from "@/lib/desk/form-state";

export const FIELD = "mt-1 block w-full rounded border border-line bg-surface px-2 py-1.5 text-sm text-ink";
export const BUTTON = "rounded bg-accent px-3 py-1.5 text-sm font-semibold text-page hover:opacity-90";
export const SECONDARY_BUTTON = "rounded border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-accent";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "textarea" | "select" | "date" | "email" | "password" | "url";
  value?: string;
  options?: { value: string; label: string }[];
  required?: boolean;
  hint?: string;
  autoComplete?: string;
}

export interface ActionFormProps {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  legend: string;
  submitLabel: string;
  /** control values the server action reads (kind, key, version, action) */
  hidden?: Record<string, string>;
  fields: FieldSpec[];
  /** extra form content after the fields (checkbox lists) */
  children?: React.ReactNode;
  secondary?: boolean;
  /** shown folded under this summary until used; opened again whenever the form has a message */
  disclosure?: string;
}

function Field({ field, id, value }: { field: FieldSpec; id: string; value: string }) {
  const described = field.hint ? `${id}-hint` : undefined;
  const common = { id, name: field.name, required: field.required, "aria-describedby": described, className: FIELD, autoComplete: field.autoComplete };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {field.label}
        {field.required ? <span className="text-muted"> (required)</span> : null}
      </label>
      {field.type === "textarea" ? (
        <textarea {...common} defaultValue={value} rows={3} />
      ) : field.type === "select" ? (
        <select {...common} defaultValue={value}>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type={field.type ?? "text"} defaultValue={field.type === "password" ? undefined : value} />
      )}
      {field.hint ? (
        <p id={described} className="mt-0.5 text-xs text-muted">
          {field.hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A desk form bound to a server action. Works without JavaScript (the page re-renders with
 * the action's result); on failure every field keeps what the editor typed, and on a version
 * conflict the stored values are shown beside them with the new version to apply on top of.
 */
export function ActionForm({ disclosure, ...props }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(props.action, IDLE);
  const form = <ActionFormBody {...props} state={state} formAction={formAction} pending={pending} />;
  if (disclosure === undefined) return form;
  return (
    <details open={state.status !== "idle" && state.status !== "ok" ? true : undefined} className="rounded border border-line p-2">
      <summary className="cursor-pointer font-medium">{disclosure}</summary>
      <div className="mt-2">{form}</div>
    </details>
  );
}

function ActionFormBody({
  legend,
  submitLabel,
  hidden = {},
  fields,
  children,
  secondary,
  state,
  formAction,
  pending,
}: Omit<ActionFormProps, "disclosure" | "action"> & { state: FormState; formAction: (form: FormData) => void; pending: boolean }) {
  const id = useId();
  const kept = state.status === "error" || state.status === "conflict" ? (state.values ?? {}) : {};
  const version = state.status === "conflict" && state.currentVersion !== undefined ? String(state.currentVersion) : hidden._version;
  return (
    <form action={formAction} className="space-y-2" aria-describedby={state.message ? `${id}-message` : undefined}>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{legend}</legend>
        {Object.entries({ ...hidden, ...(version !== undefined && { _version: version }) }).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {fields.map((field) => (
          <Field key={field.name} field={field} id={`${id}-${field.name}`} value={kept[field.name] ?? field.value ?? ""} />
        ))}
        {children}
      </fieldset>
      {state.status === "conflict" && state.current ? (
        <div className="rounded border border-amber-700 p-2 text-sm">
          <p className="font-medium">Stored now (version {state.currentVersion}):</p>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-3">
            {Object.entries(state.current).map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="text-muted">{name}</dt>
                <dd>{value || "—"}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-1">Your text is kept in the form. Submit again to apply it on top of version {state.currentVersion}.</p>
        </div>
      ) : null}
      {state.message ? (
        <p id={`${id}-message`} role={state.status === "ok" ? "status" : "alert"} className={state.status === "ok" ? "text-sm text-green-800 dark:text-green-300" : "text-sm font-medium text-red-800 dark:text-red-300"}>
          {state.message}
        </p>
      ) : null}
      <button type="submit" className={secondary ? SECONDARY_BUTTON : BUTTON} aria-disabled={pending}>
        {pending ? "Working…" : submitLabel}
      </button>
    </form>
  );
}
