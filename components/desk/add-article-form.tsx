"use client";

import { useActionState } from "react";
import type { AddArticleState } from "@/app/desk/add/actions";
import type { PreviewFact } from "@/lib/desk/add-article";
import { BUTTON, FIELD, SECONDARY_BUTTON } from "./action-form";

function Facts({ title, facts }: { title: string; facts: PreviewFact[] }) {
  if (facts.length === 0) return null;
  return (
    <div className="mt-2">
      <h4 className="text-sm font-semibold">{title}</h4>
      <ul className="ml-4 list-disc space-y-1 text-sm">
        {facts.map((fact, index) => (
          <li key={index}>
            {fact.text}
            {fact.evidence.map((excerpt, at) => (
              <blockquote key={at} className="ml-2 border-l-2 border-line pl-2 font-serif text-xs">
                <span className="text-muted">…{excerpt.prefix}</span>
                <mark>{excerpt.exact}</mark>
                <span className="text-muted">{excerpt.suffix}…</span>
              </blockquote>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Text({ name, label, values, type = "text", hint }: { name: string; label: string; values: Record<string, string>; type?: string; hint?: string }) {
  return (
    <div>
      <label htmlFor={`add-${name}`} className="block text-sm font-medium">{label}</label>
      <input id={`add-${name}`} name={name} type={type} defaultValue={values[name] ?? ""} className={FIELD} aria-describedby={hint ? `add-${name}-hint` : undefined} />
      {hint ? <p id={`add-${name}-hint`} className="text-xs text-muted">{hint}</p> : null}
    </div>
  );
}

/** Upload or paste, preview, save: one form, two buttons; works without JavaScript. */
export function AddArticleForm({ action }: { action: (previous: AddArticleState, form: FormData) => Promise<AddArticleState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", message: "" } as AddArticleState);
  const values = state.values ?? {};
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4">
        <fieldset className="space-y-3 rounded border border-line p-3">
          <legend className="font-semibold">The article</legend>
          {state.carried ? (
            <p className="text-sm">
              Previewed: <strong>{state.carried.fileName}</strong>. Save stores exactly this text; choose another file or paste text to replace it.
              <input type="hidden" name="raw64" value={state.carried.raw64} />
              <input type="hidden" name="carriedName" value={state.carried.fileName} />
            </p>
          ) : null}
          <div>
            <label htmlFor="add-file" className="block text-sm font-medium">Upload a file (.txt, .md or .html)</label>
            <input id="add-file" name="file" type="file" accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" className="mt-1 text-sm" />
          </div>
          <div>
            <label htmlFor="add-text" className="block text-sm font-medium">Or paste the text</label>
            <textarea id="add-text" name="text" rows={8} defaultValue={values.text ?? ""} className={FIELD} />
          </div>
          <div>
            <label htmlFor="add-format" className="block text-sm font-medium">Pasted text is</label>
            <select id="add-format" name="format" defaultValue={values.format ?? "txt"} className={FIELD}>
              <option value="txt">Plain text</option>
              <option value="md">Markdown</option>
              <option value="html">HTML</option>
            </select>
          </div>
        </fieldset>
        <fieldset className="grid gap-3 rounded border border-line p-3 sm:grid-cols-2">
          <legend className="font-semibold">About it (optional: found in the text when left empty)</legend>
          <Text name="title" label="Title" values={values} />
          <Text name="publisher" label="Publisher" values={values} />
          <Text name="url" label="URL" type="url" values={values} />
          <Text name="published" label="Publication date" type="date" values={values} hint="yyyy-mm-dd" />
        </fieldset>
        {state.message ? (
          <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "font-medium text-red-800 dark:text-red-300" : "text-green-800 dark:text-green-300"}>
            {state.message}
            {state.articleSlug ? (
              <>
                {" "}
                <a href={`/sources/${state.articleSlug}`}>Read it</a> · <a href={`/desk?article=${state.articleSlug}`}>Review its facts</a>
              </>
            ) : null}
          </p>
        ) : null}
        <div className="flex gap-3">
          <button type="submit" name="intent" value="preview" className={SECONDARY_BUTTON} aria-disabled={pending}>Preview extraction</button>
          <button type="submit" name="intent" value="save" className={BUTTON} aria-disabled={pending}>Save article</button>
        </div>
      </form>
      {state.preview ? (
        <section aria-labelledby="preview-heading" className="rounded border border-line p-3">
          <h2 id="preview-heading" className="text-lg font-semibold">Preview</h2>
          <p className="text-sm text-muted">
            {state.preview.title ?? "Untitled"} · published {state.preview.published ?? "date unknown"} · language {state.preview.language} · {state.preview.characters} characters after cleaning
          </p>
          {state.preview.engagements.length === 0 ? <p className="mt-2">No US–China engagement found in this article.</p> : null}
          {state.preview.engagements.map((engagement, index) => (
            <article key={index} className="mt-3 border-t border-line pt-2">
              <h3 className="font-semibold">
                {engagement.title} <span className="font-normal text-muted">({engagement.role}, {engagement.date ?? "undated"}{engagement.place ? `, ${engagement.place}` : ""}, confidence {Math.round(engagement.confidence * 100)} %)</span>
              </h3>
              <Facts title="Participants" facts={engagement.participants} />
              <Facts title="Topics" facts={engagement.topics} />
              <Facts title="Outcomes" facts={engagement.outcomes} />
            </article>
          ))}
        </section>
      ) : null}
    </div>
  );
}
