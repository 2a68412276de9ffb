/** Step 4: metadata read from the cleaned text and what the source format stated. */
import { splitUnits } from "../boilerplate/units";
import type { PrepareOptions, Removal, SourceMetadata } from "../types";
import { readByline } from "./byline";
import type { MetadataContext } from "./context";
import { readDateline } from "./dateline";
import { readPublished } from "./published";
import { readPublisher } from "./publisher";
import { readTitle } from "./title";

export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  publisher: string | null;
  publisherSource: string | null;
  dateline: string | null;
  published: string | null;
  publishedSource: string | null;
}

export function readMetadata(cleanedText: string, removed: readonly Removal[], source: SourceMetadata, options: PrepareOptions): ArticleMetadata {
  const context: MetadataContext = { units: splitUnits(cleanedText), removed, source, options };
  const publisher = readPublisher(context);
  const published = readPublished(context);
  return {
    title: readTitle(context),
    byline: readByline(context)?.names ?? null,
    publisher: publisher?.name ?? null,
    publisherSource: publisher?.source ?? null,
    dateline: readDateline(context)?.text ?? null,
    published: published?.date ?? null,
    publishedSource: published?.source ?? null,
  };
}
