/**
 * Clock times and their zones. "5.00pm local time (3.00pm GMT)" is one expression and the explicitly zoned
 * clock wins; a bare "local time" takes the zone of the place the sentence is about (Env.localOffset).
 */
import type { Candidate, Env, Resolved, TimeRefiner } from "../candidate.js";
import { formatOffset, parseIsoDate } from "../calendar.js";

const LOCAL = /^\s*(?:local\s+time|local|\(local\s+time\)|\(local\))/i;
const BRIDGE = /^\s*(?:local\s+time\s*)?[(,–-]\s*(?:or\s+)?$/i;

/** Adds the local zone's offset to a clock time that has none. */
function withLocalOffset(r: Resolved | undefined, env: Env): Resolved | undefined {
  if (!r || r.kind !== "time" || !/T\d\d:\d\d$/.test(r.value.start)) return r;
  const day = parseIsoDate(r.value.start);
  const offset = day && env.localOffset?.(day);
  if (offset === undefined || offset === null || !day) return r;
  return { ...r, value: { ...r.value, start: r.value.start + formatOffset(offset) } };
}

export const localTime: TimeRefiner = {
  name: "local-time",
  refine(text: string, candidates: Candidate[]): Candidate[] {
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    const out: Candidate[] = [];
    const consumed = new Set<Candidate>();
    for (let i = 0; i < sorted.length; i++) {
      const c = sorted[i];
      if (consumed.has(c)) continue;
      const rest = text.slice(c.end, c.end + 40);
      // "5.00pm local time (3.00pm GMT)", "17:00 (15:00 GMT)": the zoned clock in brackets is the same instant
      const partner = sorted.find((o) => o !== c && o.start > c.end && o.start - c.end <= 16 && o.source === "chrono" && BRIDGE.test(text.slice(c.end, o.start)));
      if (c.source === "chrono" && partner) {
        const close = text.slice(partner.end).match(/^\s*\)/);
        consumed.add(partner);
        out.push({ ...c, end: partner.end + (close ? close[0].length : 0), resolve: (env) => partner.resolve(env) ?? c.resolve(env) });
        continue;
      }
      const local = c.source === "chrono" ? rest.match(LOCAL) : null;
      if (local) {
        out.push({ ...c, end: c.end + local[0].length, resolve: (env) => withLocalOffset(c.resolve(env), env) });
        continue;
      }
      out.push(c);
    }
    return out;
  },
};
