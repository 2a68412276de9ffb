import path from "node:path";
import { runCli } from "@/lib/cli/run";
import { AppError } from "@/lib/errors";
import { extractArticle, EXTRACTED_LANGUAGES } from "@/lib/extract";
import { prepareArticle, readArticleFile } from "@/lib/ingest";
import { extractionSchema, type Extraction } from "@/lib/schemas/extraction";

/**
 * `npm run --silent extract -- [--json] [--published yyyy-mm-dd] [--title T] [--url U] FILE`:
 * the engagements one article reports. With --json, exactly one JSON object (the extraction
 * contract, validated) on stdout; diagnostics go to stderr.
 */

const USAGE = "usage: npm run --silent extract -- [--json] [--published yyyy-mm-dd] [--title T] [--url U] FILE";
const VALUE_OPTIONS = new Set(["--published", "--title", "--url"]);

interface ExtractArgs {
  json: boolean;
  published: string | null;
  title: string | null;
  url: string | null;
  file: string;
}

function parseExtractArgs(args: string[]): ExtractArgs {
  const values = new Map<string, string>();
  const files: string[] = [];
  let json = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    if (arg === "--json") json = true;
    else if (VALUE_OPTIONS.has(arg)) {
      const value = args[index + 1];
      if (value === undefined || value.startsWith("--")) throw new AppError("BAD_USAGE", `${arg} needs a value`);
      values.set(arg, value);
      index += 1;
    } else if (arg.startsWith("--")) throw new AppError("BAD_USAGE", `unknown option ${arg}`);
    else files.push(arg);
  }
  const [file, ...extra] = files;
  if (!file) throw new AppError("BAD_USAGE", "no article file given");
  if (extra.length > 0) throw new AppError("BAD_USAGE", `one article file at a time (also given: ${extra.join(" ")})`);
  const published = values.get("--published") ?? null;
  if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new AppError("BAD_USAGE", `--published must be yyyy-mm-dd, not "${published}"`);
  return { json, published, title: values.get("--title") ?? null, url: values.get("--url") ?? null, file };
}

function summaryOf(extraction: Extraction): string {
  const { article, engagements } = extraction;
  const lines = [`${article.title ?? "(no title)"} — published ${article.published ?? "unknown"} — ${engagements.length} engagement(s)`];
  for (const engagement of engagements) {
    lines.push(`\n[${engagement.role}] ${engagement.title}`);
    lines.push(`  ${engagement.kind}, ${engagement.status}, ${engagement.date ?? "date unknown"}${engagement.place ? `, ${engagement.place.name}` : ""} (confidence ${engagement.confidence})`);
    lines.push(`  participants: ${engagement.participants.map((participant) => `${participant.name} (${participant.side})`).join(", ") || "none named"}`);
    if (engagement.topics.length) lines.push(`  topics: ${engagement.topics.map((topic) => topic.slug).join(", ")}`);
    for (const outcome of engagement.outcomes) lines.push(`  outcome: ${outcome.status}${outcome.side ? ` (${outcome.side})` : ""}${outcome.topic ? ` [${outcome.topic}]` : ""}: ${outcome.statement}`);
  }
  return lines.join("\n");
}

runCli(USAGE, async (args) => {
  const options = parseExtractArgs(args);
  const { raw } = await readArticleFile(options.file);
  const prepared = prepareArticle(raw, { fileName: path.basename(options.file), published: options.published, title: options.title, url: options.url });
  if (!EXTRACTED_LANGUAGES.has(prepared.language)) {
    console.error(`note: ${options.file}: the article's language is "${prepared.language}"; extraction reads English only, so no engagements are reported`);
  }
  const extraction = extractionSchema.parse(extractArticle(prepared));
  console.log(options.json ? JSON.stringify(extraction, null, 2) : summaryOf(extraction));
});
