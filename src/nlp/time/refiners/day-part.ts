/**
 * "Friday morning", "Wednesday night", "late Friday", "noon Thursday": a part of the day, an edge or a named
 * hour attached to a named day.
 */
import type { Candidate, Resolved, TimeRefiner } from "../candidate.js";
import { dayPartOf } from "../lexicon.js";

const PART_AFTER = /^\s+(morning|afternoon|evening|night)\b/i;
const EDGE_BEFORE = /\b(?:early|late|earlier|later)\s+(?:on\s+)?$/i;
const HOUR_BEFORE = /\b(noon|midday|midnight)\s+(?:on\s+)?$/i;

/** "noon Thursday": the day's clock at 12:00 (midnight is the day's end, TimeML's T24:00). */
function withHour(r: Resolved | undefined, hour: number): Resolved | undefined {
  if (!r || r.value.precision !== "day" || !/^\d{4}-\d\d-\d\d$/.test(r.value.start)) return r;
  const clock = `${r.value.start}T${String(hour).padStart(2, "0")}:00`;
  return { ...r, kind: "time", value: { ...r.value, start: clock, precision: "minute", timex: clock } };
}

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
      const hour = !after && !edge ? text.slice(Math.max(0, c.start - 14), c.start).match(HOUR_BEFORE) : null;
      if (hour) {
        const inner = out.resolve;
        const h = /midnight/i.test(hour[1]) ? 24 : 12;
        out = { ...out, start: out.start - hour[0].length, resolve: (env) => withHour(inner(env), h) };
      }
      return out;
    });
  },
};
