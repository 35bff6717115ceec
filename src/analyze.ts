/**
 * The one public entry point: `analyze(inputs, options)` turns reports into a `dossier/1` record.
 * Two halves, because the store re-runs the second over everything it holds:
 *   analyzeDocuments — per report: read, extract, clean, date, sentences, tokens, entities, times;
 *   buildDossier     — across reports: one entity per real thing, claims, events, stories, the summary.
 */
import type { AnalysedDocument, Dossier } from "./types.js";
import { readInputs, type AnalyzeInput, type InputFailure } from "./ingest/read.js";
import { buildDocument, type BuiltDocument } from "./ingest/document.js";
import { capitalisedNames, yearFromContext } from "./ingest/published.js";
import { analyseText } from "./nlp/pipeline.js";
import { buildDossier } from "./resolve/dossier.js";

export interface AnalyzeOptions {
  /** Publication date for inputs whose own metadata gives none (ISO date or instant). Default: none. */
  published?: string;
  /** "Today", for dating reports from their words ("Monday, 28 February" → the latest such year not after today). Default: now. */
  today?: Date;
  /** Documents analysed or stored earlier: they date undated reports and take part in cross-document resolution. Default: none. */
  context?: AnalysedDocument[];
  /** Called for each input that could not be analysed (one line each). Default: failures are collected silently. */
  onFailure?: (failure: InputFailure) => void;
  /** Called after each report is analysed, for progress bars. Default: nothing. */
  onProgress?: (done: number, total: number) => void;
}

export interface DocumentsResult {
  documents: AnalysedDocument[];
  failures: InputFailure[];
  /** Ids of inputs that repeat a document of the context or of the same batch (analysed once). */
  duplicates: string[];
}

/** Analyse reports and return the cross-checked record. Rejects only when no input at all could be analysed. */
export async function analyze(inputs: AnalyzeInput[], options: AnalyzeOptions = {}): Promise<Dossier> {
  const { documents, failures } = await analyzeDocuments(inputs, options);
  if (!documents.length && failures.length) throw new Error(`no input could be analysed (${failures.length} failed)`);
  return buildDossier([...(options.context ?? []), ...documents]);
}

/** The per-report half of `analyze`: every input becomes an AnalysedDocument or a failure. */
export async function analyzeDocuments(inputs: AnalyzeInput[], options: AnalyzeOptions = {}): Promise<DocumentsResult> {
  const today = options.today ?? new Date();
  const { reports, failures } = await readInputs(inputs);
  failures.forEach((f) => options.onFailure?.(f));
  const fail = (f: InputFailure) => {
    failures.push(f);
    options.onFailure?.(f);
  };
  const built: BuiltDocument[] = [];
  for (const raw of reports) {
    try {
      built.push(await buildDocument(raw, { published: options.published, today }));
    } catch (err) {
      fail({ source: raw.source, message: (err as Error).message });
    }
  }
  dateFromOtherReports(built, options.context ?? []);
  const documents: AnalysedDocument[] = [];
  const duplicates: string[] = [];
  const seen = new Set((options.context ?? []).map((d) => d.doc.id));
  for (const [i, b] of built.entries()) {
    try {
      if (seen.has(b.doc.id)) duplicates.push(b.doc.id);
      else documents.push(analyseText(b.doc));
      seen.add(b.doc.id);
    } catch (err) {
      fail({ source: b.doc.source, message: `analysis failed: ${(err as Error).message}` });
    }
    options.onProgress?.(i + 1, built.length);
  }
  return { documents, failures, duplicates };
}

/** Reports that fix only day and month take the year from the reports that name the same people and places. */
function dateFromOtherReports(built: BuiltDocument[], context: AnalysedDocument[]): void {
  const candidates = [...built.map((b) => b.doc), ...context.map((a) => a.doc)].map((doc) => ({ names: capitalisedNames(doc.text), date: doc.published }));
  for (const b of built) {
    const p = b.partialDate;
    if (!p || p.month === undefined || p.day === undefined) continue;
    const year = yearFromContext({ month: p.month, day: p.day }, capitalisedNames(b.doc.text), candidates);
    if (year === undefined) continue;
    b.doc.published = `${year}-${String(p.month + 1).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
    b.doc.publishedFrom = "context";
  }
}
