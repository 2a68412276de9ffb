import { z } from "zod";

/** Metadata written beside each corpus article (prisma/corpus/<name>.meta.json). */
export const articleMetaSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  publisher: z.string().nullable(),
  url: z.string().url().nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** "given" when stated by the source, else how the date was inferred */
  publishedSource: z.string().min(1).nullable(),
  /** sha256 of the raw file, checked at load time */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/**
 * What whoever supplies an article states about it: `npm run ingest` flags for one file, or a
 * sidecar `FILE.meta.json` beside each file of a batch. Given fields win over the page's own.
 * An absent field and `null` both mean "not given": the page's metadata or inference decides.
 */
export const givenMetadataSchema = z.strictObject({
  published: z.iso.date({ error: "must be a real date written yyyy-mm-dd" }).nullish(),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).nullish(),
  title: z.string().trim().min(1, "must not be empty").max(500, "is over 500 characters").nullish(),
  publisher: z.string().trim().min(1, "must not be empty").max(200, "is over 200 characters").nullish(),
});

type GivenFields = z.infer<typeof givenMetadataSchema>;
/** The fields actually given (nulls dropped), ready to spread over other metadata. */
export type GivenMetadata = { [K in keyof GivenFields]?: NonNullable<GivenFields[K]> };
