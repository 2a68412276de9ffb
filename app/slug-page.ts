import { cache } from "react";
import type { Db } from "@/lib/db/client";
import { cachedRead, readKey } from "@/lib/queries/read-cache";
import { parsePagePosition, type PagePosition } from "@/lib/schemas/filters";

/** The props of a `[slug]` page whose engagements page with `?after=` / `?before=`. */
export type SlugPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * One page of a slug's engagements through the read cache, with the notices its position
 * parameters raised. Metadata and page call it alike and share one load per request (React's
 * request cache, keyed by the slug and the query): the read cache would share it too, but it
 * may be off (benchmarks measure the uncached cost) and then each page was read twice. Null: no such slug.
 */
export async function loadSlugPage<T extends object>(
  section: string,
  { params, searchParams }: SlugPageProps,
  read: (db: Db, slug: string, position: PagePosition) => Promise<T | null>,
): Promise<(T & { notices: string[] }) | null> {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  return (await loadOncePerRequest(section, slug, JSON.stringify(raw), read)) as (T & { notices: string[] }) | null;
}

const loadOncePerRequest = cache(
  async (section: string, slug: string, query: string, read: (db: Db, slug: string, position: PagePosition) => Promise<object | null>) => {
    const notices: string[] = [];
    const { position } = parsePagePosition(JSON.parse(query) as Record<string, string | string[] | undefined>, notices);
    const page = await cachedRead(readKey(section, slug, position), (db) => read(db, slug, position));
    return page === null ? null : { ...page, notices };
  },
);
