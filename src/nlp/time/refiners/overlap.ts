/** Keeps one candidate where several overlap: the longest, then the one of higher priority. */
import type { Candidate, TimeRefiner } from "../candidate.js";

export const overlapRemoval: TimeRefiner = {
  name: "overlap",
  refine(_text: string, candidates: Candidate[]): Candidate[] {
    const ranked = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
    const kept: Candidate[] = [];
    for (const c of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    return kept.sort((a, b) => a.start - b.start);
  },
};
