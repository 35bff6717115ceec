/**
 * Which reports are independent of each other. Two reports count as one source when they come from the same
 * outlet, when one is a reprint of the other (near-duplicate text), or when one credits the other's outlet
 * ("(With inputs from Reuters.)", wire copy). A report whose outlet is unknown counts as its own outlet.
 */
import type { Document } from "../types.js";
import { normalizeName } from "./names.js";

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
  const shared = sharedShingles(docs.map((d) => shingleSet(d.text)));
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (outlet[i] && outlet[i] === outlet[j]) join(i, j, `same outlet: ${docs[i].outlet}`);
      else if (credits(docs[i], outlet[j]) || credits(docs[j], outlet[i])) join(i, j, "credited wire copy");
      else if ((shared.get(i * docs.length + j) ?? 0) >= REPRINT_OVERLAP) join(i, j, "reprint: near-duplicate text");
    }
  }
  const groupOf = new Map(docs.map((d, i) => [d.id, find(i)]));
  return { groupOf, reasons };
}

/** How many independent sources a set of documents amounts to. */
export function independentCount(docIds: Iterable<string>, groups: SourceGroups): number {
  return new Set([...docIds].map((id) => groups.groupOf.get(id) ?? id)).size;
}

const credits = (d: Document, otherOutlet: string): boolean => Boolean(otherOutlet) && d.credits.some((c) => normalizeName(c) === otherOutlet);

function shingleSet(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const s = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) s.add(words.slice(i, i + 5).join(" "));
  return s;
}

/**
 * For every pair of texts sharing any shingle (key i·n+j, i < j), the share of the shorter text's shingles they
 * share — relative to the shorter, so an excerpt reprinted inside a longer story still counts. An inverted index
 * visits only pairs that share something.
 */
function sharedShingles(sets: Set<string>[]): Map<number, number> {
  const n = sets.length;
  const postings = new Map<string, number[]>();
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
