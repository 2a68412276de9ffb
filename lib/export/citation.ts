/** Citations of one stored article: CSL-JSON (for Zotero, citeproc) and BibTeX. */

export interface CitableSource {
  slug: string;
  title: string;
  publisher: string | null;
  byline: string | null;
  /** the article's original address, when known */
  originalUrl: string | null;
  /** Readout's page for the article */
  readoutUrl: string;
  /** yyyy-mm-dd */
  published: string | null;
}

function dateParts(day: string): number[] {
  return day.split("-").map(Number);
}

/** One CSL-JSON item (a newspaper article); CSL-JSON files are arrays of items. */
export function toCslJson(source: CitableSource): Record<string, unknown>[] {
  return [
    {
      id: source.slug,
      type: "article-newspaper",
      title: source.title,
      ...(source.publisher !== null && { "container-title": source.publisher, publisher: source.publisher }),
      ...(source.byline !== null && { author: [{ literal: source.byline.replace(/^by\s+/i, "") }] }),
      ...(source.published !== null && { issued: { "date-parts": [dateParts(source.published)] } }),
      URL: source.originalUrl ?? source.readoutUrl,
      note: `Stored copy: ${source.readoutUrl}`,
    },
  ];
}

/** Escapes BibTeX's special characters inside a braced field value. */
export function escapeBibtex(value: string): string {
  return value
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([{}&%$#_])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A BibTeX @article entry keyed by the slug (reduced to characters keys allow). */
export function toBibtex(source: CitableSource): string {
  const [year, month, day] = source.published === null ? [] : dateParts(source.published);
  const fields: [string, string | undefined][] = [
    ["title", `{${escapeBibtex(source.title)}}`],
    ["author", source.byline === null ? undefined : `{${escapeBibtex(source.byline.replace(/^by\s+/i, ""))}}`],
    ["journal", source.publisher === null ? undefined : escapeBibtex(source.publisher)],
    ["year", year === undefined ? undefined : String(year)],
    ["month", month === undefined ? undefined : MONTHS[month - 1]],
    ["day", day === undefined ? undefined : String(day)],
    ["url", source.originalUrl ?? source.readoutUrl],
    ["note", `Stored copy: \\url{${source.readoutUrl}}`],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => (name === "month" ? `  ${name} = ${value}` : `  ${name} = {${value}}`))
    .join(",\n");
  return `@article{${source.slug.replace(/[^A-Za-z0-9_:-]/g, "-")},\n${body}\n}\n`;
}
