/**
 * Stories: reports about the same developing situation, grouped. Two reports belong together when they name the
 * same rare entities and use the same rare words (TF-IDF cosine over entity ids and content words), and were
 * published within a few weeks of each other when both dates are known. Average-link clustering, so one shared
 * country does not chain unrelated stories together.
 */
import type { AnalysedDocument, Entity, Story } from "../types.js";

/** Cosine similarity above which two reports (or groups, on average) are one story. */
export const STORY_THRESHOLD = 0.08;
/** Reports published further apart than this are different stories, however alike. */
const MAX_DAYS_APART = 45;

const STOP = new Set(
  ("a an the and or but of to in on at by for with from as is was were are be been being has have had it its this that these those " +
    "he she they we i you his her their our my your who whom which what when where why how not no yes said says say told also would " +
    "could should will can may might must than then there here after before over under about into out up down more most some any all " +
    "one two three new year years day days time week weeks monday tuesday wednesday thursday friday saturday sunday").split(" "),
);

type Vector = Map<string, number>;

export function groupStories(docs: AnalysedDocument[], entities: Entity[], threshold = STORY_THRESHOLD): Story[] {
  if (!docs.length) return [];
  const vectors = weigh(docs.map((a) => features(a, entities)));
  const clusters = averageLink(docs, vectors, threshold);
  return clusters.map((members, i) => ({
    id: `s${i + 1}`,
    title: storyTitle(members.map((k) => docs[k]), entities),
    documents: members.map((k) => docs[k].doc.id),
    events: [],
  }));
}

/** Entity ids (weighted six times a word: who and where tell stories apart better than vocabulary) and content words. */
function features(a: AnalysedDocument, entities: Entity[]): Map<string, number> {
  const f = new Map<string, number>();
  const add = (k: string, w: number) => f.set(k, (f.get(k) ?? 0) + w);
  for (const e of entities) {
    const n = e.mentions.filter((m) => m.doc === a.doc.id).length;
    if (n) add(`e:${e.id}`, 6 * Math.min(n, 3));
  }
  for (const w of a.doc.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) if (!STOP.has(w)) add(`w:${stem(w)}`, 0.5);
  return f;
}

const stem = (w: string): string => w.replace(/(ing|ed|es|s)$/, "") || w;

/** TF-IDF weights, L2-normalised. */
function weigh(raw: Map<string, number>[]): Vector[] {
  const df = new Map<string, number>();
  for (const f of raw) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = raw.length;
  return raw.map((f) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [k, tf] of f) {
      const w = (1 + Math.log(tf)) * Math.log(1 + n / df.get(k)!);
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) s += w * (large.get(k) ?? 0);
  return s;
}

function daysApart(a: AnalysedDocument, b: AnalysedDocument): number {
  if (!a.doc.published || !b.doc.published) return 0;
  return Math.abs(Date.parse(a.doc.published.slice(0, 10)) - Date.parse(b.doc.published.slice(0, 10))) / 864e5;
}

function averageLink(docs: AnalysedDocument[], vectors: Vector[], threshold: number): number[][] {
  const n = docs.length;
  const sim = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : daysApart(docs[i], docs[j]) > MAX_DAYS_APART ? -1 : cosine(vectors[i], vectors[j]))),
  );
  let clusters = docs.map((_, i) => [i]);
  for (;;) {
    let best: { a: number; b: number; s: number } | undefined;
    for (let a = 0; a < clusters.length; a++)
      for (let b = a + 1; b < clusters.length; b++) {
        const s = linkage(clusters[a], clusters[b], sim);
        if (s >= threshold && (!best || s > best.s)) best = { a, b, s };
      }
    if (!best) break;
    clusters[best.a] = [...clusters[best.a], ...clusters[best.b]].sort((x, y) => x - y);
    clusters = clusters.filter((_, k) => k !== best!.b);
  }
  return clusters.sort((x, y) => x[0] - y[0]);
}

function linkage(a: number[], b: number[], sim: number[][]): number {
  let s = 0;
  for (const i of a) for (const j of b) {
    if (sim[i][j] < 0) return -1;
    s += sim[i][j];
  }
  return s / (a.length * b.length);
}

/** The earliest report's title, else the story's most mentioned names. */
function storyTitle(members: AnalysedDocument[], entities: Entity[]): string {
  const dated = [...members].sort((x, y) => (x.doc.published ?? "9999").localeCompare(y.doc.published ?? "9999"));
  const titled = dated.find((a) => a.doc.title);
  if (titled?.doc.title) return titled.doc.title;
  const ids = new Set(members.map((a) => a.doc.id));
  const top = entities
    .map((e) => ({ e, n: e.mentions.filter((m) => ids.has(m.doc)).length }))
    .filter((x) => x.n > 0)
    .sort((x, y) => y.n - x.n)
    .slice(0, 3)
    .map((x) => x.e.name);
  return top.join(", ") || "Untitled story";
}
