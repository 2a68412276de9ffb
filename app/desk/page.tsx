import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { listReviewQueue, parseQueueFilters, QUEUE_KIND_LABELS, QUEUE_KINDS, QUEUE_PAGE_SIZE, type QueueFilters } from "@/lib/queries/list-review-queue";
import { listTopicOptions } from "@/lib/queries/list-topic-options";
import { Excerpt } from "@/components/facts/evidence";
import { OriginBadge } from "@/components/facts/origin-badge";
import { FIELD, SECONDARY_BUTTON } from "@/components/desk/action-form";
import { FactActions } from "@/components/desk/fact-actions";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(filters: QueueFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.engagement) params.set("engagement", filters.engagement);
  if (filters.article) params.set("article", filters.article);
  if (filters.kind) params.set("type", filters.kind);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/desk?${query}` : "/desk";
}

const KIND_NAMES = { outcome: "Outcome", participation: "Participant", topic: "Topic", engagement: "Engagement" } as const;

export default async function ReviewQueuePage({ searchParams }: Props) {
  const filters = parseQueueFilters(await searchParams);
  const [queue, topics] = await Promise.all([listReviewQueue(db(), filters), listTopicOptions(db())]);
  const filtered = filters.engagement !== null || filters.article !== null || filters.kind !== null;
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">Review queue</h1>
      <p className="mt-1 text-sm text-muted">
        Extracted facts and engagements awaiting review, and undated engagements: lowest confidence first, then newest. {QUEUE_PAGE_SIZE} a page.
      </p>
      <form method="get" action="/desk" role="search" aria-label="Filter the review queue" className="mt-4 grid gap-3 rounded border border-line p-3 text-sm sm:grid-cols-4">
        <div>
          <label htmlFor="queue-engagement" className="block font-medium">Engagement (slug)</label>
          <input id="queue-engagement" name="engagement" defaultValue={filters.engagement ?? ""} className={FIELD} />
        </div>
        <div>
          <label htmlFor="queue-article" className="block font-medium">Article (slug)</label>
          <input id="queue-article" name="article" defaultValue={filters.article ?? ""} className={FIELD} />
        </div>
        <div>
          <label htmlFor="queue-type" className="block font-medium">Fact type</label>
          <select id="queue-type" name="type" defaultValue={filters.kind ?? ""} className={FIELD}>
            <option value="">All types</option>
            {QUEUE_KINDS.map((kind) => (
              <option key={kind} value={kind}>{QUEUE_KIND_LABELS[kind]}</option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className={SECONDARY_BUTTON}>Filter</button>
          {filtered ? <Link href="/desk" prefetch={false}>Clear</Link> : null}
        </div>
      </form>

      {queue.items.length === 0 ? (
        <p className="mt-6">{filtered ? "Nothing awaits review among these filters." : "Nothing awaits review: every extracted fact has been accepted, edited or rejected."}</p>
      ) : (
        <ol className="mt-6 space-y-6" aria-label={`Items awaiting review, page ${queue.page}`}>
          {queue.items.map((item) => {
            const label = `${KIND_NAMES[item.kind].toLowerCase()} ${item.id}`;
            return (
              <li key={`${item.kind}-${item.id}`}>
                <article aria-labelledby={`item-${item.kind}-${item.id}`} className="rounded-md border border-line bg-surface p-4">
                  <h2 id={`item-${item.kind}-${item.id}`} className="font-semibold">
                    <span className="text-muted">{KIND_NAMES[item.kind]}:</span> {item.label}
                  </h2>
                  <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
                    <OriginBadge origin={item.origin === "extracted" ? "extracted" : "reviewed"} confidence={item.confidence} />
                    <span>
                      Engagement: <Link href={`/desk/engagements/${item.engagement.slug}`} prefetch={false}>{item.engagement.title}</Link> ({item.engagement.date.label})
                    </span>
                    {item.reasons.map((reason) => (
                      <span key={reason}>{reason}</span>
                    ))}
                  </p>
                  {item.evidence.length > 0 ? (
                    <ul className="mt-3 space-y-2" aria-label="Evidence">
                      {item.evidence.map((evidence) => (
                        <li key={evidence.id}><Excerpt evidence={evidence} /></li>
                      ))}
                    </ul>
                  ) : (
                    <p className="mt-2 text-xs text-muted">No excerpt stored for this fact.</p>
                  )}
                  <FactActions
                    fact={{ kind: item.kind, key: item.kind === "engagement" ? item.engagement.slug : String(item.id), version: item.version, origin: item.origin, values: item.values }}
                    topics={topics}
                    label={label}
                  />
                </article>
              </li>
            );
          })}
        </ol>
      )}
      <nav aria-label="Queue pages" className="mt-6 flex gap-4 text-sm">
        {queue.page > 1 ? <Link href={pageHref(filters, queue.page - 1)} prefetch={false}>← Previous page</Link> : null}
        <span className="text-muted">Page {queue.page}</span>
        {queue.hasMore ? <Link href={pageHref(filters, queue.page + 1)} prefetch={false}>Next page →</Link> : null}
      </nav>
    </div>
  );
}
