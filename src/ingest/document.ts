/**
 * From a raw report to a `Document`: the article body (Readability for HTML), cleaned of boilerplate, with its
 * metadata. Precedence for the publication date: the input's own metadata, then the user's --published, then the
 * report's words (then, later, other reports: see analyze.ts).
 */
import { createHash } from "node:crypto";
import type { Document } from "../types.js";
import { detectLanguage } from "../nlp/language.js";
import { cleanText } from "./clean.js";
import { headlineOf, inferOutlet } from "./outlet.js";
import { dateFromText, type TextDate } from "./published.js";
import type { RawReport, ReportMeta } from "./read.js";
import { dateFromUrl, outletFromUrl, urlFromRemoved } from "./url.js";
import { readFileSync } from "node:fs";
import { packagePath } from "../util/paths.js";
import { parseLexicon } from "../nlp/ner/lexicon.js";

export interface DocumentOptions {
  published?: string;
  today: Date;
}

/** A document, and what its text says of its date when the year had to be left to context. */
export interface BuiltDocument {
  doc: Document;
  partialDate?: TextDate;
}

/** A stable id from the cleaned text: the same report ingested twice is one document. */
export const documentId = (text: string): string => "d" + createHash("sha256").update(text).digest("hex").slice(0, 15);

export async function buildDocument(raw: RawReport, opts: DocumentOptions): Promise<BuiltDocument> {
  const { body, meta } = await articleOf(raw);
  // Readability has already isolated an HTML page's article: only the phrase rules run on it, not the search for the body.
  const cleaned = cleanText(body, { findBody: raw.kind !== "html" });
  if (!cleaned.text.trim()) throw new Error("no article text left after cleaning");
  const text = cleaned.text;
  const urlLine = meta.url ? undefined : urlFromRemoved(cleaned.removed);
  const url = meta.url ?? urlLine;
  const doc: Document = {
    id: documentId(text),
    source: raw.source,
    title: meta.title?.trim() || headlineOf(text) || (raw.kind !== "html" ? firstLine(text) : undefined),
    outlet: meta.outlet?.trim() || inferOutlet(text, cleaned.removed) || (url ? outletFromUrl(url, knownOutlets()) : undefined),
    publishedFrom: "unknown",
    language: meta.language?.slice(0, 2).toLowerCase() || detectLanguage(text),
    text,
    byline: meta.byline?.trim() || bylineOf(cleaned.removed),
    url,
    removed: cleaned.removed,
    credits: cleaned.credits,
  };
  const partialDate = datePublished(doc, meta, opts, urlLine);
  return { doc: dropUndefined(doc), partialDate };
}

/** Sets doc.published / publishedFrom; returns the partial date when only day and month are known. */
function datePublished(doc: Document, meta: ReportMeta, opts: DocumentOptions, urlLine: string | undefined): TextDate | undefined {
  if (meta.published && !Number.isNaN(Date.parse(meta.published))) {
    doc.published = normalizeInstant(meta.published);
    doc.publishedFrom = "metadata";
    return undefined;
  }
  if (opts.published) {
    doc.published = normalizeInstant(opts.published);
    doc.publishedFrom = "user";
    return undefined;
  }
  // A news site's address spells the day it published the page ("/2013/03/11/"): the input's own metadata when the
  // input gave the URL, the report's own words when the URL was its first line.
  const fromUrl = doc.url ? dateFromUrl(doc.url, opts.today) : undefined;
  if (fromUrl) {
    doc.published = fromUrl;
    doc.publishedFrom = urlLine ? "text" : "metadata";
    return undefined;
  }
  const stamps = doc.removed.filter((r) => r.rule === "date-line").map((r) => r.text);
  const found = dateFromText(doc.text, opts.today, stamps);
  if (found?.date) {
    doc.published = found.date;
    doc.publishedFrom = "text";
    return undefined;
  }
  return found;
}

/** Dates stay dates ("2022-02-28"); instants keep their offset as written. */
function normalizeInstant(value: string): string {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return v;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
}

async function articleOf(raw: RawReport): Promise<{ body: string; meta: ReportMeta }> {
  if (raw.kind !== "html") return { body: raw.body, meta: raw.meta };
  // The HTML stack (parse5, linkedom, Readability) loads only when a page comes in: plain text starts fast.
  const { extractArticle } = await import("./html.js");
  const article = extractArticle(raw.body, { url: raw.meta.url });
  // Metadata the input carries (feed item, JSONL fields) wins over what the page says of itself.
  const meta: ReportMeta = {
    title: raw.meta.title ?? article.title,
    outlet: raw.meta.outlet ?? article.outlet,
    published: raw.meta.published ?? article.published,
    url: raw.meta.url ?? article.url,
    byline: raw.meta.byline ?? article.byline,
    language: raw.meta.language ?? article.language,
  };
  return { body: article.text, meta };
}

let outletNames: string[] | undefined;
/** Outlet names from the outlet lexicon, read only when a report comes with a URL. */
function knownOutlets(): string[] {
  outletNames ??= parseLexicon(readFileSync(packagePath("data", "lexicons", "outlets.tsv"), "utf8"), "outlets").map((e) => e.phrase);
  return outletNames;
}

/** "By Jane Doe" removed from pasted text names the author. */
function bylineOf(removed: { text: string; rule: string }[]): string | undefined {
  const line = removed.find((r) => r.rule === "byline")?.text.split("\n")[0].trim();
  const name = line?.replace(/^by\s+/i, "").replace(/[,|].*$/, "").trim();
  return name && name.length <= 80 ? name : undefined;
}

/** Plain text without a headline-like first line: its first line still names the report (the contract's title). */
function firstLine(text: string): string | undefined {
  const line = text.split("\n", 1)[0].trim();
  return line && line.length <= 200 ? line : undefined;
}

function dropUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
