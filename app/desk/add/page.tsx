import type { Metadata } from "next";
import { AddArticleForm } from "@/components/desk/add-article-form";
import { MAX_ARTICLE_BYTES } from "@/lib/ingest";
import { addArticleAction } from "./actions";

export const metadata: Metadata = { title: "Add an article" };

export default function AddArticlePage() {
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">Add an article</h1>
      <p className="mt-1 text-sm text-muted">
        Upload a file or paste the text, preview what extraction finds, then save. Saving runs the same pipeline as <code>npm run ingest</code>, with the same checks (UTF-8 text, at most {MAX_ARTICLE_BYTES / (1024 * 1024)} MB); the extracted facts then wait in the review queue.
      </p>
      <div className="mt-4">
        <AddArticleForm action={addArticleAction} />
      </div>
    </div>
  );
}
