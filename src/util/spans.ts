/**
 * Searches over ranges sorted by start (a document's entity mentions): the claims and events stages ask for the
 * mentions over a span many times per report, so each look-up is a binary search, not a scan.
 */
export interface Ranged {
  start: number;
  end: number;
}

/** Index of the first range starting at or after `offset`. */
export function firstStartingAt(sorted: readonly Ranged[], offset: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const longestSpan = new WeakMap<readonly Ranged[], number>();

/** The ranges that overlap [start, end), in order; `sorted` must not change once searched (its longest span is cached). */
export function overlapping<T extends Ranged>(sorted: readonly T[], start: number, end: number): T[] {
  let longest = longestSpan.get(sorted);
  if (longest === undefined) longestSpan.set(sorted, (longest = sorted.reduce((n, r) => Math.max(n, r.end - r.start), 0)));
  const out: T[] = [];
  for (let i = firstStartingAt(sorted, start - longest); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end > start) out.push(sorted[i]);
  return out;
}
