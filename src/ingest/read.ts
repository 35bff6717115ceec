/**
 * Turning what the user points at (files, folders, standard input, in-memory reports) into raw reports:
 * decoded text or HTML plus whatever metadata the input itself carries. Nothing here judges the content.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { decodeBytes } from "./encoding.js";

/** Metadata an input can carry about its report. */
export interface ReportMeta {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  byline?: string;
  language?: string;
}

/** A report given in memory to `analyze()`: text or HTML, with optional metadata. */
export interface ReportInput extends ReportMeta {
  source?: string;
  text?: string;
  html?: string;
}

/** What `analyze()` takes: a path (file or folder), "-" for standard input, or a report in memory. */
export type AnalyzeInput = string | ReportInput;

export interface RawReport {
  source: string;
  kind: "text" | "markdown" | "html";
  body: string;
  meta: ReportMeta;
}

/** An input that could not be read or analysed: one line for the user, naming the file (and line). */
export interface InputFailure {
  source: string;
  line?: number;
  message: string;
}

export const formatFailure = (f: InputFailure): string => `${f.source}${f.line ? `:${f.line}` : ""}: ${f.message}`;

const EXTENSIONS: Record<string, "text" | "markdown" | "html" | "feed" | "jsonl"> = {
  ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
  ".html": "html", ".htm": "html", ".xhtml": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed", ".jsonl": "jsonl", ".ndjson": "jsonl",
};

export interface ReadResult {
  reports: RawReport[];
  failures: InputFailure[];
}

export async function readInputs(inputs: AnalyzeInput[], readStdin: () => Promise<Buffer> = readAllStdin): Promise<ReadResult> {
  const out: ReadResult = { reports: [], failures: [] };
  for (const input of inputs) {
    if (typeof input !== "string") addInMemory(input, `input ${out.reports.length + out.failures.length + 1}`, out);
    else if (input === "-") await addBytes("<stdin>", await readStdin(), undefined, out);
    else await addPath(input, out, true);
  }
  return out;
}

async function addPath(path: string, out: ReadResult, explicit: boolean): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    out.failures.push({ source: path, message: (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : `cannot read (${(err as Error).message})` });
    return;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith(".")).sort();
    for (const name of names) {
      const child = join(path, name);
      const childInfo = await stat(child).catch(() => undefined);
      if (childInfo?.isDirectory() || EXTENSIONS[extname(name).toLowerCase()]) await addPath(child, out, false);
    }
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    out.failures.push({ source: path, message: `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
    return;
  }
  const kind = EXTENSIONS[extname(path).toLowerCase()];
  if (!kind && !explicit) return;
  await addBytes(path, bytes, kind, out);
}

async function addBytes(source: string, bytes: Buffer, kind: string | undefined, out: ReadResult): Promise<void> {
  let text: string;
  try {
    text = decodeBytes(bytes).text;
  } catch (err) {
    out.failures.push({ source, message: (err as Error).message });
    return;
  }
  if (!text.trim()) {
    out.failures.push({ source, message: "empty file: no text to analyse" });
    return;
  }
  const k = kind ?? sniffKind(text);
  if (k === "jsonl") return addJsonLines(source, text, out);
  if (k === "feed") return addFeed(source, text, out, await import("./feed.js"));
  out.reports.push({ source, kind: k as RawReport["kind"], body: text, meta: {} });
}

/** What standard input (or a file without a known extension) holds, judged by its first characters. */
function sniffKind(text: string): string {
  const head = text.trimStart().slice(0, 500);
  if (/^<\?xml/i.test(head) || /^<(rss|feed)\b/i.test(head)) return /<(rss|feed|rdf:RDF)\b/i.test(text.slice(0, 5000)) ? "feed" : "html";
  if (/^<(!doctype|html|head|body|article|div|p)\b/i.test(head)) return "html";
  if (/^\{/.test(head) && text.trim().split("\n").every((l) => !l.trim() || l.trim().startsWith("{"))) return "jsonl";
  return "text";
}

function addFeed(source: string, xml: string, out: ReadResult, { looksLikeFeed, parseFeed }: typeof import("./feed.js")): void {
  if (!looksLikeFeed(xml)) {
    out.failures.push({ source, message: "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)" });
    return;
  }
  let items;
  try {
    items = parseFeed(xml);
  } catch (err) {
    out.failures.push({ source, message: `malformed feed: ${(err as Error).message}` });
    return;
  }
  if (!items.length) out.failures.push({ source, message: "the feed has no items" });
  items.forEach((item, i) => {
    const meta: ReportMeta = { title: item.title, url: item.url, published: item.published, outlet: item.outlet, byline: item.byline };
    const itemSource = `${source}#${item.url ?? `item-${i + 1}`}`;
    if (item.html) out.reports.push({ source: itemSource, kind: "html", body: item.html, meta });
    else if (item.text?.trim()) out.reports.push({ source: itemSource, kind: "text", body: item.text, meta });
    else out.failures.push({ source: itemSource, message: "feed item has no content" });
  });
}

function addJsonLines(source: string, text: string, out: ReadResult): void {
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      out.failures.push({ source, line: i + 1, message: `bad JSON line (${(err as Error).message})` });
      return;
    }
    const lineSource = `${source}:${i + 1}`;
    const problem = reportInputProblem(value);
    if (problem) out.failures.push({ source, line: i + 1, message: problem });
    else addInMemory(value as ReportInput, lineSource, out);
  });
}

/** Why a JSON value is not a report ({"text"|"html", "url"?, "title"?, "outlet"?, "published"?}), or undefined. */
function reportInputProblem(value: unknown): string | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) return "a JSON line must be an object with \"text\" or \"html\"";
  const v = value as Record<string, unknown>;
  if (typeof v.text !== "string" && typeof v.html !== "string") return "the object has neither a \"text\" nor an \"html\" string";
  for (const k of ["url", "title", "outlet", "published", "byline", "language"]) {
    if (v[k] !== undefined && typeof v[k] !== "string") return `"${k}" must be a string`;
  }
  if (typeof v.published === "string" && Number.isNaN(Date.parse(v.published))) return `"published" is not a date: ${v.published}`;
  return undefined;
}

function addInMemory(input: ReportInput, fallbackSource: string, out: ReadResult): void {
  const source = input.source ?? input.url ?? fallbackSource;
  const meta: ReportMeta = { title: input.title, outlet: input.outlet, published: input.published, url: input.url, byline: input.byline, language: input.language };
  const body = input.html ?? input.text ?? "";
  if (!body.trim()) {
    out.failures.push({ source, message: "empty report: no text to analyse" });
    return;
  }
  out.reports.push({ source, kind: input.html !== undefined ? "html" : "text", body, meta });
}

async function readAllStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
