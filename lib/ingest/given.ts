/**
 * Metadata given with an article rather than read from it: `--published/--url/--title/--publisher`
 * for a single file, or a sidecar `FILE.meta.json` beside each file of a batch. Precedence,
 * field by field: flags, then sidecar, then the page's own metadata, then inference.
 */
import { readFile, stat } from "node:fs/promises";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { givenMetadataSchema, type GivenMetadata } from "@/lib/schemas/corpus";

type GivenFields = z.infer<typeof givenMetadataSchema>;

const FLAGS = ["published", "url", "title", "publisher"] as const;

/** A sidecar is a few lines of JSON; anything bigger is a mistake, refused before reading. */
const MAX_SIDECAR_BYTES = 64 * 1024;

export function sidecarPathOf(file: string): string {
  return `${file}.meta.json`;
}

function describeIssues(error: z.ZodError, label: (field: string) => string): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join(".");
      return field ? `${label(field)} ${issue.message}` : issue.message;
    })
    .join("; ");
}

/** Only the fields actually given, so spreading the result never blanks a value from elsewhere. */
function definedOnly(fields: GivenFields): GivenMetadata {
  const given: GivenMetadata = {};
  for (const name of FLAGS) {
    const value = fields[name];
    if (value !== undefined && value !== null) given[name] = value;
  }
  return given;
}

/** Splits `npm run ingest` arguments into paths and given metadata; throws BAD_USAGE on anything doubtful. */
export function parseIngestArgs(args: readonly string[]): { paths: string[]; given: GivenMetadata } {
  const paths: string[] = [];
  const raw: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("--")) {
      paths.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    if (!(FLAGS as readonly string[]).includes(name)) throw new AppError("BAD_USAGE", `unknown option --${name}`);
    if (name in raw) throw new AppError("BAD_USAGE", `--${name} given twice`);
    const value = equals === -1 ? args[++i] : arg.slice(equals + 1);
    if (value === undefined) throw new AppError("BAD_USAGE", `--${name} needs a value`);
    raw[name] = value;
  }
  const parsed = givenMetadataSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("BAD_USAGE", describeIssues(parsed.error, (field) => `--${field}`));
  const given = definedOnly(parsed.data);
  const flags = Object.keys(given).map((name) => `--${name}`);
  if (flags.length > 0 && paths.length !== 1) {
    throw new AppError(
      "BAD_USAGE",
      `${flags.join(", ")} ${flags.length === 1 ? "applies" : "apply"} to one file, but ${paths.length} paths were given; ` +
        "for a batch, put FILE.meta.json beside each file with the same fields",
    );
  }
  return { paths, given };
}

/** The sidecar's metadata, or {} when the file has none. Bad content is INVALID_DATA naming the sidecar. */
export async function readSidecar(file: string): Promise<GivenMetadata> {
  const sidecar = sidecarPathOf(file);
  const info = await stat(sidecar).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
    throw new AppError("UNREADABLE_INPUT", `${sidecar}: cannot be read (${error.code ?? "unknown error"})`);
  });
  if (!info) return {};
  if (!info.isFile()) throw new AppError("UNREADABLE_INPUT", `${sidecar}: is not a regular file`);
  if (info.size > MAX_SIDECAR_BYTES) throw new AppError("INVALID_DATA", `${sidecar}: is ${info.size} bytes, over the ${MAX_SIDECAR_BYTES}-byte limit for a sidecar`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(sidecar, "utf8"));
  } catch {
    throw new AppError("INVALID_DATA", `${sidecar}: not valid JSON`);
  }
  const parsed = givenMetadataSchema.safeParse(json);
  if (!parsed.success) throw new AppError("INVALID_DATA", `${sidecar}: ${describeIssues(parsed.error, (field) => field)}`);
  return definedOnly(parsed.data);
}
