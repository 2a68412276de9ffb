import type { Db } from "@/lib/db/client";
import { dialectOfClient } from "@/lib/db/client";

/**
 * Copies a whole Readout database into an empty one of either dialect, model by model
 * through Prisma (so each side's types and SQL stay Prisma's business), ids preserved,
 * in one transaction on the target: a failed copy leaves it empty. The model list and
 * the order (referenced models first) come from the generated client's data model, so
 * models added later are copied without changing this file.
 */

interface RuntimeField {
  name: string;
  kind: "scalar" | "object" | "enum";
  type: string;
}

interface ModelInfo {
  name: string;
  /** the client's delegate property: Article → article */
  delegate: string;
  scalars: string[];
  /** models this one refers to through a foreign key (field `x` with a scalar `xId`) */
  references: string[];
  /** foreign-key field to its own model (a tree, e.g. Topic.parentId), if any */
  selfReference: string | null;
  hasIntId: boolean;
}

function modelsOf(db: Db): ModelInfo[] {
  const runtime = (db as unknown as { _runtimeDataModel: { models: Record<string, { fields: RuntimeField[] }> } })._runtimeDataModel;
  return Object.entries(runtime.models).map(([name, { fields }]) => {
    const scalars = fields.filter((field) => field.kind !== "object").map((field) => field.name);
    const foreignKeys = fields.filter((field) => field.kind === "object" && scalars.includes(`${field.name}Id`));
    return {
      name,
      delegate: name.charAt(0).toLowerCase() + name.slice(1),
      scalars,
      references: foreignKeys.map((field) => field.type).filter((type) => type !== name),
      selfReference: foreignKeys.find((field) => field.type === name)?.name.concat("Id") ?? null,
      hasIntId: fields.some((field) => field.name === "id" && field.type === "Int"),
    };
  });
}

/** Referenced models before the models referring to them. */
export function copyOrder(db: Db): ModelInfo[] {
  const models = modelsOf(db);
  const ordered: ModelInfo[] = [];
  const visit = (model: ModelInfo, path: string[]) => {
    if (ordered.includes(model)) return;
    if (path.includes(model.name)) throw new Error(`models refer to each other in a cycle: ${[...path, model.name].join(" → ")}`);
    for (const name of model.references) {
      const referenced = models.find((candidate) => candidate.name === name);
      if (referenced) visit(referenced, [...path, model.name]);
    }
    ordered.push(model);
  };
  for (const model of models) visit(model, []);
  return ordered;
}

type Row = Record<string, unknown>;
type Delegate = {
  count(): Promise<number>;
  findMany(args: object): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  deleteMany(args: object): Promise<{ count: number }>;
};

function delegateOf(client: unknown, model: ModelInfo): Delegate {
  return (client as Record<string, Delegate>)[model.delegate] as Delegate;
}

/** Rows per statement: large text in articles, many parameters elsewhere, both under every driver's limits. */
function batchSize(model: ModelInfo): number {
  return model.name === "Article" ? 50 : Math.min(1000, Math.floor(20_000 / model.scalars.length));
}

/** A tree's rows with every parent before its children. */
function parentsFirst(rows: Row[], parentField: string): Row[] {
  const placed = new Set<unknown>();
  const ordered: Row[] = [];
  let pending = rows;
  while (pending.length > 0) {
    const ready = pending.filter((row) => row[parentField] === null || placed.has(row[parentField]));
    if (ready.length === 0) throw new Error(`${parentField}: rows refer to parents that do not exist`);
    for (const row of ready) placed.add(row.id);
    ordered.push(...ready);
    pending = pending.filter((row) => !ready.includes(row));
  }
  return ordered;
}

export type Progress = (line: string) => void;

/** Tables whose rows the migrations write themselves (the data version row): a freshly migrated database holds them and is still empty. */
export const MIGRATION_SEEDED_MODELS: ReadonlySet<string> = new Set(["DataVersion"]);

export async function countRows(db: Db): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const model of copyOrder(db)) counts.set(model.name, await delegateOf(db, model).count());
  return counts;
}

/** Copies every model's rows from `source` into the empty `target`. */
export async function copyRows(source: Db, target: Db, progress: Progress): Promise<Map<string, number>> {
  const models = copyOrder(source);
  const copied = new Map<string, number>();
  await target.$transaction(
    async (tx) => {
      // Migrations seed rows of their own (the data version row): the copy replaces them, children first.
      for (const model of [...models].reverse()) await delegateOf(tx, model).deleteMany({});
      for (const model of models) {
        const total = await delegateOf(source, model).count();
        const size = batchSize(model);
        const select = Object.fromEntries(model.scalars.map((field) => [field, true]));
        let done = 0;
        const write = async (rows: Row[]) => {
          if (rows.length === 0) return;
          await delegateOf(tx, model).createMany({ data: rows });
          done += rows.length;
          progress(`${model.name}: ${done.toLocaleString("en")}/${total.toLocaleString("en")}`);
        };
        if (model.selfReference !== null) {
          // trees are small (the topic taxonomy): read whole, write parents first
          const rows = parentsFirst(await delegateOf(source, model).findMany({ select, orderBy: { id: "asc" } }), model.selfReference);
          for (let at = 0; at < rows.length; at += size) await write(rows.slice(at, at + size));
        } else {
          const orderBy = { [model.scalars.includes("id") ? "id" : (model.scalars[0] as string)]: "asc" };
          for (let skip = 0; skip < total; skip += size) await write(await delegateOf(source, model).findMany({ select, orderBy, skip, take: size }));
        }
        if (total === 0) progress(`${model.name}: 0 rows`);
        copied.set(model.name, done);
      }
      if (dialectOfClient(target) === "postgresql") {
        // ids were given explicitly, so each sequence must move past the highest one
        for (const model of models.filter((candidate) => candidate.hasIntId)) {
          await tx.$executeRawUnsafe(
            `SELECT setval(pg_get_serial_sequence('"${model.name}"', 'id'), COALESCE(MAX("id"), 1), MAX("id") IS NOT NULL) FROM "${model.name}"`,
          );
        }
      }
    },
    { timeout: 24 * 60 * 60 * 1000, maxWait: 60_000 },
  );
  return copied;
}

export interface AnchorCheck {
  checked: number;
  /** evidence ids whose exact text is not the article's text between its offsets */
  broken: number[];
}

/** Every evidence `exact` equals its article's cleaned text between its offsets (article by article, bounded memory). */
export async function checkAnchors(db: Db, progress: Progress): Promise<AnchorCheck> {
  const result: AnchorCheck = { checked: 0, broken: [] };
  const total = await db.evidence.count();
  let cursor = 0;
  for (;;) {
    const articles = await db.article.findMany({ where: { id: { gt: cursor } }, orderBy: { id: "asc" }, take: 50, select: { id: true, cleanedText: true } });
    if (articles.length === 0) break;
    cursor = articles.at(-1)?.id ?? cursor;
    const evidence = await db.evidence.findMany({
      where: { articleId: { in: articles.map((article) => article.id) } },
      select: { id: true, articleId: true, start: true, end: true, exact: true },
    });
    const texts = new Map(articles.map((article) => [article.id, article.cleanedText]));
    for (const row of evidence) {
      if (texts.get(row.articleId)?.slice(row.start, row.end) !== row.exact) result.broken.push(row.id);
    }
    result.checked += evidence.length;
    progress(`anchors: ${result.checked.toLocaleString("en")}/${total.toLocaleString("en")} checked`);
  }
  return result;
}
