/** "Friday morning", "Wednesday night", "late Friday": a part of the day or an edge attached to a named day. */
import type { Candidate, Resolved, TimeRefiner } from "../candidate.js";
import { dayPartOf } from "../lexicon.js";

const PART_AFTER = /^\s+(morning|afternoon|evening|night)\b/i;
const EDGE_BEFORE = /\b(?:early|late|earlier|later)\s+(?:on\s+)?$/i;

function withPart(r: Resolved | undefined, part: string): Resolved | undefined {
  if (!r || r.value.precision !== "day" || !/^(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)$/.test(r.value.timex ?? "")) return r;
  return { ...r, kind: "time", value: { ...r.value, timex: `${r.value.timex}T${part}` } };
}

export const dayParts: TimeRefiner = {
  name: "day-part",
  refine(text: string, candidates: Candidate[]): Candidate[] {
    return candidates.map((c) => {
      if (c.source !== "chrono" && c.source !== "holiday") return c;
      let out = c;
      const after = text.slice(c.end, c.end + 12).match(PART_AFTER);
      if (after) {
        const part = dayPartOf(after[1])!;
        const inner = out.resolve;
        out = { ...out, end: out.end + after[0].length, resolve: (env) => withPart(inner(env), part) };
      }
      const edge = text.slice(Math.max(0, c.start - 12), c.start).match(EDGE_BEFORE);
      if (edge) out = { ...out, start: out.start - edge[0].length };
      return out;
    });
  },
};
