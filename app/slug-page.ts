import type { Db } from "@/lib/db/client";
import { cachedRead, readKey } from "@/lib/queries/read-cache";
import { parsePagePosition, type PagePosition } from "@/lib/schemas/filters";

/** The props of a `[slug]` page whose engagements page with `?after=` / `?before=`. */
export type SlugPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * One page of a slug's engagements through the read cache, with the notices its position
 * parameters raised; metadata and page call it alike and share one load. Null: no such slug.
 */
export async function loadSlugPage<T extends object>(
  section: string,
  { params, searchParams }: SlugPageProps,
  read: (db: Db, slug: string, position: PagePosition) => Promise<T | null>,
): Promise<(T & { notices: string[] }) | null> {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const notices: string[] = [];
  const { position } = parsePagePosition(raw, notices);
  const page = await cachedRead(readKey(section, slug, position), (db) => read(db, slug, position));
  return page === null ? null : { ...page, notices };
}
