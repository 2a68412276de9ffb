/**
 * CSV as RFC 4180 with what spreadsheets need to open it cleanly: a UTF-8 byte order mark,
 * CRLF line ends, quotes around any field holding a quote, comma, line break or edge space, and
 * text that looks like a formula kept as text.
 */

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
}

const BOM = "\uFEFF";
const CRLF = "\r\n";

/** Text a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function formatCsvField(value: string | number | null): string {
  if (value === null) return "";
  // Article text reaches these cells: an apostrophe makes a spreadsheet show it instead of evaluating it.
  const text = typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The byte order mark and header line: the start of a CSV file. */
export function formatCsvHeader<T>(columns: readonly CsvColumn<T>[]): string {
  return BOM + columns.map((column) => formatCsvField(column.header)).join(",") + CRLF;
}

/** Data lines, each ending in CRLF, so a file can be written one batch at a time. */
export function formatCsvRows<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return rows.map((row) => columns.map((column) => formatCsvField(column.value(row))).join(",") + CRLF).join("");
}

export function formatCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return formatCsvHeader(columns) + formatCsvRows(columns, rows);
}
