/**
 * "weeks or months", "recent weeks and months", "a day or two": two lengths of time joined by "or"/"and" are
 * one vague expression in TimeML, valued by the first (PXW). Kept apart, the second would be a spurious mention.
 */
import type { Candidate, TimeRefiner } from "../candidate.js";

const LENGTHS = new Set(["vague-duration", "counted-duration"]);
const JOIN = /^\s+(?:or|and|to)\s+$/i;

export const coordination: TimeRefiner = {
  name: "coordination",
  refine(text: string, candidates: Candidate[]): Candidate[] {
    const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Candidate[] = [];
    for (const c of sorted) {
      const prev = out[out.length - 1];
      if (prev && LENGTHS.has(prev.source) && LENGTHS.has(c.source) && c.start > prev.end && JOIN.test(text.slice(prev.end, c.start))) {
        out[out.length - 1] = { ...prev, end: c.end };
        continue;
      }
      out.push(c);
    }
    return out;
  },
};
