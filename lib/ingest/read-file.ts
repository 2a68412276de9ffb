/**
 * Reading an article file safely. Every refusal is an AppError whose one-line message names
 * the file and the reason. Files over MAX_ARTICLE_BYTES are refused from their size alone,
 * before any byte is read: a real article page is well under 2 MB, so a bigger file is a
 * mistake (an archive, a dump), and refusing keeps memory flat and the answer instant.
 */
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { sha256Of } from "./hash";
import type { ArticleFormat } from "./types";

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

const EXTENSION_FORMATS: Record<string, ArticleFormat> = { ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html" };

/** Above this share of control bytes (besides tab, line breaks, form feed) a file is not text. */
const MAX_CONTROL_SHARE = 0.02;

export interface ArticleFile {
  path: string;
  /** the decoded text, byte for byte (a UTF-8 byte-order mark is kept, so sha256Of(raw) === sha256) */
  raw: string;
  format: ArticleFormat;
  bytes: number;
  sha256: string;
}

const pathSchema = z.string().min(1);

/** The path as shown in messages: control characters escaped so the message stays one line. */
function shown(file: string): string {
  return /[\x00-\x1f]/.test(file) ? JSON.stringify(file) : file;
}

function refuse(file: string, reason: string, code: "UNREADABLE_INPUT" | "NOT_FOUND" = "UNREADABLE_INPUT"): AppError {
  return new AppError(code, `${shown(file)}: ${reason}`, { path: file });
}

export function formatOfExtension(file: string): ArticleFormat | null {
  return EXTENSION_FORMATS[path.extname(file).toLowerCase()] ?? null;
}

function describeSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

async function statOrRefuse(file: string) {
  try {
    return await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw refuse(file, "no such file", "NOT_FOUND");
    if (code === "EACCES" || code === "EPERM") throw refuse(file, "permission denied");
    throw refuse(file, `cannot be read (${code ?? "unknown error"})`);
  }
}

/** Reads at most `limit + 1` bytes, so a file that grew after stat cannot exhaust memory either. */
async function readLimited(file: string, limit: number): Promise<Uint8Array> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw refuse(file, error.code === "EACCES" ? "permission denied" : `cannot be opened (${error.code ?? "unknown error"})`);
  });
  try {
    const buffer = new Uint8Array(Math.min(limit + 1, (await handle.stat()).size + 1));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function binaryReason(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "is UTF-16 text; save it as UTF-8";
  if (bytes.includes(0)) return "is a binary file (contains NUL bytes)";
  let controls = 0;
  for (const byte of bytes) if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls += 1;
  return controls > bytes.length * MAX_CONTROL_SHARE ? "is a binary file (mostly control bytes, not text)" : null;
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    // ignoreBOM keeps a byte-order mark in the string, so the text hashes like the file
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw refuse(file, "is not valid UTF-8 text; save it as UTF-8");
  }
}

export async function readArticleFile(filePath: string): Promise<ArticleFile> {
  const parsed = pathSchema.safeParse(filePath);
  if (!parsed.success) throw new AppError("BAD_USAGE", "no article file path given");
  const file = parsed.data;
  const info = await statOrRefuse(file);
  if (info.isDirectory()) throw refuse(file, "is a directory, not a file");
  if (!info.isFile()) throw refuse(file, "is not a regular file (a device, socket or pipe)");
  const format = formatOfExtension(file);
  if (!format) throw refuse(file, `unsupported extension "${path.extname(file) || "(none)"}"; expected ${Object.keys(EXTENSION_FORMATS).join(", ")}`);
  if (info.size > MAX_ARTICLE_BYTES) throw refuse(file, `is ${describeSize(info.size)}, over the ${describeSize(MAX_ARTICLE_BYTES)} limit for one article`);
  const bytes = await readLimited(file, MAX_ARTICLE_BYTES);
  if (bytes.length > MAX_ARTICLE_BYTES) throw refuse(file, `grew past the ${describeSize(MAX_ARTICLE_BYTES)} limit while being read`);
  if (bytes.length === 0) throw refuse(file, "is empty");
  const binary = binaryReason(bytes);
  if (binary) throw refuse(file, binary);
  const raw = decodeUtf8(file, bytes);
  if (raw.replace(/^\uFEFF/, "").trim() === "") throw refuse(file, "has no text (only whitespace)");
  return { path: file, raw, format, bytes: bytes.length, sha256: sha256Of(bytes) };
}
