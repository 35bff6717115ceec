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

/** Cosine similarities of all pairs of (normalised) vectors as a dense matrix, through an inverted index. */
function dotProducts(vectors: Vector[]): Float64Array {
  const n = vectors.length;
  const sim = new Float64Array(n * n);
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [k, w] of v) {
      const list = postings.get(k);
      if (list) list.push([i, w]);
      else postings.set(k, [[i, w]]);
    }
  });
  for (const list of postings.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, wi] = list[x], [j, wj] = list[y];
        sim[i * n + j] += wi * wj;
        sim[j * n + i] += wi * wj;
      }
  return sim;
}

function daysApart(a: AnalysedDocument, b: AnalysedDocument): number {
  if (!a.doc.published || !b.doc.published) return 0;
  return Math.abs(Date.parse(a.doc.published.slice(0, 10)) - Date.parse(b.doc.published.slice(0, 10))) / 864e5;
}

/**
 * Average-link agglomeration over a dense similarity matrix, updated by the Lance–Williams formula, with each
 * row's best neighbour cached so a merge costs O(n) on average instead of rescanning every pair.
 * A similarity of -1 marks reports that can never share a story; it survives merges.
 */
function averageLink(docs: AnalysedDocument[], vectors: Vector[], threshold: number): number[][] {
  const n = docs.length;
  const sim = dotProducts(vectors);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (daysApart(docs[i], docs[j]) > MAX_DAYS_APART) sim[i * n + j] = sim[j * n + i] = -1;
  const members: (number[] | undefined)[] = docs.map((_, i) => [i]);
  const best = new Int32Array(n).fill(-1);
  const bestOf = (i: number) => {
    let b = -1;
    for (let k = 0; k < n; k++) if (k !== i && members[k] && (b < 0 || sim[i * n + k] > sim[i * n + b])) b = k;
    best[i] = b;
  };
  for (let i = 0; i < n; i++) bestOf(i);
  for (;;) {
    let a = -1;
    for (let i = 0; i < n; i++) if (members[i] && best[i] >= 0 && (a < 0 || sim[i * n + best[i]] > sim[a * n + best[a]])) a = i;
    if (a < 0 || sim[a * n + best[a]] < threshold) break;
    const b = best[a];
    const [na, nb] = [members[a]!.length, members[b]!.length];
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === a || k === b) continue;
      const [sa, sb] = [sim[a * n + k], sim[b * n + k]];
      sim[a * n + k] = sim[k * n + a] = sa < 0 || sb < 0 ? -1 : (na * sa + nb * sb) / (na + nb);
    }
    members[a] = [...members[a]!, ...members[b]!].sort((x, y) => x - y);
    members[b] = undefined;
    bestOf(a);
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === a) continue;
      if (best[k] === a || best[k] === b) bestOf(k);
      else if (sim[k * n + a] > sim[k * n + best[k]]) best[k] = a;
    }
  }
  return members.filter((m): m is number[] => Boolean(m)).sort((x, y) => x[0] - y[0]);
}

/** The earliest report's title, else the story's most mentioned names. */
function storyTitle(members: AnalysedDocument[], entities: Entity[]): string {
  const dated = [...members].sort((x, y) => (x.doc.published ?? "9999").localeCompare(y.doc.published ?? "9999"));
  // A headline (no sentence-final period) names a story better than a report's first sentence standing in for one.
  const titled = dated.find((a) => a.doc.title && !/[.!?]$/.test(a.doc.title.trim())) ?? dated.find((a) => a.doc.title);
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
