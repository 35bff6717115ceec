/**
 * Word clusters learnt from unlabelled news: each frequent word gets a bit string, its path in a binary tree of
 * distributional clusters (words used in the same contexts share long prefixes, as in Brown clustering). The tree is
 * built by recursive spherical 2-means over PPMI context vectors reduced by a seeded random projection, which is
 * cheap (seconds for a million words) and deterministic.
 */
import { normaliseDigits } from "./features.js";

export interface ClusterOptions {
  minCount: number;
  contextWords: number;
  dims: number;
  maxDepth: number;
  minLeaf: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { minCount: 4, contextWords: 1500, dims: 96, maxDepth: 16, minLeaf: 3, seed: 7 };

/** A tiny deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clusterKey = (w: string) => normaliseDigits(w);

/** Learns a word → bit-string table from sentences of tokens. */
export function learnClusters(sentences: string[][], options: Partial<ClusterOptions> = {}): Map<string, string> {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(clusterKey(w), (counts.get(clusterKey(w)) ?? 0) + 1);
  const vocab = [...counts].filter(([, c]) => c >= o.minCount).sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  // Context words: the most frequent lower-cased forms; four positions (−2, −1, +1, +2) each their own dimension.
  const lowerCounts = new Map<string, number>();
  for (const [w, c] of counts) lowerCounts.set(w.toLowerCase(), (lowerCounts.get(w.toLowerCase()) ?? 0) + c);
  const contexts = [...lowerCounts].sort((a, b) => b[1] - a[1]).slice(0, o.contextWords).map(([w]) => w);
  const ctxIndex = new Map(contexts.map((w, i) => [w, i]));
  const C = contexts.length * 4 + 4;
  const cooc: Map<number, number>[] = vocab.map(() => new Map());
  const ctxOf = (s: string[], j: number) => (j < 0 || j >= s.length ? contexts.length : (ctxIndex.get(clusterKey(s[j]).toLowerCase()) ?? -1));
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const wi = index.get(clusterKey(s[i]));
      if (wi === undefined) continue;
      const m = cooc[wi];
      [-2, -1, 1, 2].forEach((d, p) => {
        const c = ctxOf(s, i + d);
        if (c < 0) return;
        const key = p * (contexts.length + 1) + c;
        m.set(key, (m.get(key) ?? 0) + 1);
      });
    }
  }
  // PPMI, then random projection to a few dense dimensions.
  const colTotals = new Float64Array(C + 8);
  let total = 0;
  for (const m of cooc) for (const [k, v] of m) { colTotals[k] += v; total += v; }
  const rand = prng(o.seed);
  const projection = new Float32Array((C + 8) * o.dims);
  for (let i = 0; i < projection.length; i++) projection[i] = rand() < 0.5 ? -1 : 1;
  const vectors = vocab.map((_, wi) => {
    const m = cooc[wi];
    let rowTotal = 0;
    for (const v of m.values()) rowTotal += v;
    const vec = new Float32Array(o.dims);
    for (const [k, v] of m) {
      const pmi = Math.log((v * total) / (rowTotal * colTotals[k]));
      if (pmi <= 0) continue;
      for (let d = 0; d < o.dims; d++) vec[d] += pmi * projection[k * o.dims + d];
    }
    normalise(vec);
    return vec;
  });
  const bits = new Map<string, string>();
  bisect(vocab.map((_, i) => i), "", vectors, o, rand, (members, path) => {
    for (const i of members) bits.set(vocab[i], path || "0");
  });
  return bits;
}

function normalise(v: Float32Array): void {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < v.length; i++) v[i] /= n;
}

function bisect(
  members: number[],
  path: string,
  vectors: Float32Array[],
  o: ClusterOptions,
  rand: () => number,
  leaf: (members: number[], path: string) => void,
): void {
  if (members.length < o.minLeaf * 2 || path.length >= o.maxDepth) return leaf(members, path);
  const dims = o.dims;
  // Seeds: the most frequent member (vocab is sorted by frequency) and the member least like it.
  const a = Float32Array.from(vectors[members[0]]);
  let far = members[1];
  let farSim = Infinity;
  for (const m of members) {
    const s = dot(vectors[m], a);
    if (s < farSim) { farSim = s; far = m; }
  }
  const b = Float32Array.from(vectors[far]);
  let side = new Uint8Array(members.length);
  for (let iter = 0; iter < 8; iter++) {
    const next = new Uint8Array(members.length);
    members.forEach((m, i) => { next[i] = dot(vectors[m], a) >= dot(vectors[m], b) ? 0 : 1; });
    const changed = next.some((x, i) => x !== side[i]);
    side = next;
    a.fill(0); b.fill(0);
    members.forEach((m, i) => { const c = side[i] ? b : a; const v = vectors[m]; for (let d = 0; d < dims; d++) c[d] += v[d]; });
    normalise(a); normalise(b);
    if (!changed && iter > 0) break;
  }
  const left = members.filter((_, i) => side[i] === 0);
  const right = members.filter((_, i) => side[i] === 1);
  if (left.length < o.minLeaf || right.length < o.minLeaf) return leaf(members, path);
  bisect(left, path + "0", vectors, o, rand, leaf);
  bisect(right, path + "1", vectors, o, rand, leaf);
}

function dot(x: Float32Array, y: Float32Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * y[i];
  return s;
}
