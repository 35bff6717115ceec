/**
 * Fake analysed reports and a fake cross-document step for the store's tests (and its crash-test child).
 * The store never looks inside an analysis beyond doc.id, doc.text and sentences, so these stay tiny.
 */
import { createHash } from "node:crypto";
import type { AnalysedDocument, Dossier, Entity, Sentence } from "../types.js";

const contentId = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** Sentences of `text` split at ". " (good enough for fixtures written that way). */
function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (;;) {
    const stop = text.indexOf(". ", start);
    const end = stop === -1 ? text.length : stop + 1;
    if (end > start) sentences.push({ index: sentences.length, start, end });
    if (stop === -1) return sentences;
    start = stop + 2;
  }
}

/** A report as the per-document analysis would hand it over: id = hash of the text, sentences split at ". ". */
export function fakeReport(text: string, meta: { source?: string; title?: string; outlet?: string; published?: string } = {}): AnalysedDocument {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length, sentence: 0 }));
  return {
    doc: {
      id: contentId(text),
      source: meta.source ?? `report-${contentId(text).slice(0, 6)}.txt`,
      ...(meta.title !== undefined && { title: meta.title }),
      ...(meta.outlet !== undefined && { outlet: meta.outlet }),
      ...(meta.published !== undefined && { published: meta.published }),
      publishedFrom: meta.published ? "metadata" : "unknown",
      language: "en",
      text,
      removed: [],
      credits: [],
    },
    sentences: sentencesOf(text),
    tokens,
    mentions: [],
    times: [],
  };
}

/**
 * A stand-in for the cross-document steps: one entity per capitalised word across all reports (so the result
 * depends on every stored document), one event per report, a story over everything.
 */
export function fakeRebuild(all: AnalysedDocument[]): Dossier {
  const entities = new Map<string, Entity>();
  for (const { doc } of all) {
    for (const m of doc.text.matchAll(/\b[A-Z][a-z]+\b/g)) {
      const name = m[0];
      const entity = entities.get(name) ?? { id: `E:${name}`, name, type: "other", aliases: [name], mentions: [], reasons: ["same name"] };
      entity.mentions.push({ doc: doc.id, start: m.index!, end: m.index! + name.length });
      entities.set(name, entity);
    }
  }
  return {
    schema: "dossier/1",
    documents: all.map((a) => a.doc),
    entities: [...entities.values()],
    events: all.map((a, i) => ({
      id: `V${i}`,
      type: "CONSULT",
      mode: "talks",
      summary: a.doc.text.slice(0, 40),
      modality: "asserted",
      ...(a.doc.published !== undefined && { time: { start: a.doc.published, precision: "day" as const, text: a.doc.published, inferred: true } }),
      places: [],
      actors: [],
      targets: [],
      quantities: [],
      triggers: [],
      evidence: [{ doc: a.doc.id, start: 0, end: a.doc.text.length }],
      sources: [a.doc.id],
      independentSources: 1,
      certainty: "reported",
      reasons: [],
    })),
    claims: [],
    stories: all.length ? [{ id: "S1", title: "everything", documents: all.map((a) => a.doc.id), events: all.map((_, i) => `V${i}`) }] : [],
    contradictions: [],
    summary: [],
    times: [],
  };
}

const BULK_WORDS = ["convoy", "artillery", "ceasefire", "delegation", "border", "shelling", "negotiators", "refugees",
  "corridor", "sanctions", "statement", "ministry", "officials", "troops", "airport", "bridge"];

/** The i-th of many distinct, longish filler reports (about 4 KB each), for large batches. */
export function bulkReport(i: number): AnalysedDocument {
  const sentences = Array.from({ length: 40 }, (_, j) => {
    const w = (k: number) => BULK_WORDS[(i * 7 + j * 3 + k) % BULK_WORDS.length];
    return `Bulk report ${i} line ${j} mentions ${w(0)} ${w(1)} and ${w(2)} near Town${(i + j) % 50}`;
  });
  return fakeReport(sentences.join(". ") + ".", { source: `bulk/${i}.txt`, outlet: `Outlet ${i % 5}` });
}
