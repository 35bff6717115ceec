/**
 * Which reports are independent of each other. Two reports count as one source when they come from the same
 * outlet, when one is a reprint of the other (near-duplicate text), or when one credits the other's outlet
 * ("(With inputs from Reuters.)", wire copy). A report whose outlet is unknown counts as its own outlet.
 */
import type { Document } from "../types.js";
import { normalizeName } from "./names.js";
import { groupBy } from "../util/group.js";

/** Share of 5-word shingles two texts must have in common to be a reprint of one another. */
export const REPRINT_OVERLAP = 0.5;

export interface SourceGroups {
  /** The independent-source group of each document id. */
  groupOf: Map<string, number>;
  /** Why documents were grouped, by group. */
  reasons: Map<number, string[]>;
}

export function sourceGroups(docs: Document[]): SourceGroups {
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const reasons = new Map<number, string[]>();
  const join = (a: number, b: number, why: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    parent[rb] = ra;
    reasons.set(ra, [...(reasons.get(ra) ?? []), ...(reasons.get(rb) ?? []), why]);
  };
  const outlet = docs.map((d) => (d.outlet ? normalizeName(d.outlet) : ""));
  const byOutlet = groupBy(docs.keys(), (i) => outlet[i]);
  byOutlet.delete(""); // an unknown outlet is each report's own
  for (const [, list] of byOutlet) for (const j of list.slice(1)) join(list[0], j, `same outlet: ${docs[list[0]].outlet}`);
  docs.forEach((d, i) => {
    for (const c of d.credits) for (const j of byOutlet.get(normalizeName(c)) ?? []) if (j !== i) join(j, i, "credited wire copy");
  });
  const shared = sharedShingles(docs.map((d) => shingleSet(d.text)));
  for (const [key, share] of shared) if (share >= REPRINT_OVERLAP) join(Math.floor(key / docs.length), key % docs.length, "reprint: near-duplicate text");
  const groupOf = new Map(docs.map((d, i) => [d.id, find(i)]));
  return { groupOf, reasons };
}

/** How many independent sources a set of documents amounts to. */
export function independentCount(docIds: Iterable<string>, groups: SourceGroups): number {
  return new Set([...docIds].map((id) => groups.groupOf.get(id) ?? id)).size;
}

/** A 32-bit FNV-1a hash of a word, salted so that two independent hashes can be drawn. */
function wordHash(w: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The text's 5-word shingles as 52-bit numbers (two 32-bit rolling hashes, one cut to 20 bits): numbers index and
 * compare far faster than strings, and a false match needs two hash collisions at once.
 */
function shingleSet(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const a = words.map((w) => wordHash(w, 0));
  const b = words.map((w) => wordHash(w, 0x5bd1e995));
  const s = new Set<number>();
  for (let i = 0; i + 5 <= words.length; i++) {
    let h1 = 0, h2 = 0;
    for (let k = i; k < i + 5; k++) {
      h1 = (Math.imul(h1, 31) + a[k]) >>> 0;
      h2 = (Math.imul(h2, 37) + b[k]) >>> 0;
    }
    s.add(h1 * 0x100000 + (h2 & 0xfffff));
  }
  return s;
}

/**
 * For every pair of texts sharing any shingle (key i·n+j, i < j), the share of the shorter text's shingles they
 * share — relative to the shorter, so an excerpt reprinted inside a longer story still counts. An inverted index
 * visits only pairs that share something.
 */
function sharedShingles(sets: Set<number>[]): Map<number, number> {
  const n = sets.length;
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const sh of set) {
      const list = postings.get(sh);
      if (list) list.push(i);
      else postings.set(sh, [i]);
    }
  });
  const counts = new Map<number, number>();
  for (const list of postings.values()) {
    // A shingle in very many texts is a stock phrase, not evidence of copying.
    if (list.length < 2 || list.length > 50) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x] * n + list[y];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  }
  for (const [key, c] of counts) {
    const [i, j] = [Math.floor(key / n), key % n];
    counts.set(key, c / Math.max(1, Math.min(sets[i].size, sets[j].size)));
  }
  return counts;
}
