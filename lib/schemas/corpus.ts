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
