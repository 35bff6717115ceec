/**
 * Clock times and their zones. "5.00pm local time (3.00pm GMT)" is one expression and the explicitly zoned
 * clock wins; a bare "local time" takes the zone of the place the sentence is about (Env.localOffset).
 */
import type { Candidate, Env, Resolved, TimeRefiner } from "../candidate.js";
import { formatOffset, parseIsoDate, zoneOffsetOn } from "../calendar.js";

const LOCAL = /^\s*(?:local\s+time|local|\(local\s+time\)|\(local\))/i;
const BRIDGE = /^\s*(?:local\s+time\s*|[A-Z][a-z]+\s+time\s*)?[(,–-]\s*(?:or\s+)?$/i;

/** Zones news names by a city or region ("5pm Moscow time", "9am Eastern time"); chrono reads only abbreviations. */
const NAMED_ZONES: Record<string, string> = {
  moscow: "Europe/Moscow", kyiv: "Europe/Kyiv", kiev: "Europe/Kyiv", minsk: "Europe/Minsk", london: "Europe/London",
  paris: "Europe/Paris", berlin: "Europe/Berlin", brussels: "Europe/Brussels", jerusalem: "Asia/Jerusalem", israel: "Asia/Jerusalem",
  tehran: "Asia/Tehran", beijing: "Asia/Shanghai", tokyo: "Asia/Tokyo", seoul: "Asia/Seoul", delhi: "Asia/Kolkata",
  india: "Asia/Kolkata", sydney: "Australia/Sydney", eastern: "America/New_York", central: "America/Chicago",
  mountain: "America/Denver", pacific: "America/Los_Angeles", istanbul: "Europe/Istanbul", ankara: "Europe/Istanbul",
  cairo: "Africa/Cairo", baghdad: "Asia/Baghdad", kabul: "Asia/Kabul", gaza: "Asia/Gaza", dubai: "Asia/Dubai",
  riyadh: "Asia/Riyadh", "hong kong": "Asia/Hong_Kong", singapore: "Asia/Singapore", johannesburg: "Africa/Johannesburg",
};
const NAMED = new RegExp(String.raw`^\s*\(?(${Object.keys(NAMED_ZONES).join("|")})\s+(?:standard\s+|daylight\s+)?time\)?`, "i");

const hasOffset = (r: Resolved | undefined): boolean => !!r && /T\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$/.test(r.value.start);

/** Adds a fixed zone's offset on that date to a clock time that has none. */
function withZone(r: Resolved | undefined, zone: string): Resolved | undefined {
  return withLocalOffset(r, { tense: "past", localOffset: (day) => zoneOffsetOn(zone, day) });
}

/** Adds the local zone's offset to a clock time that has none. */
function withLocalOffset(r: Resolved | undefined, env: Pick<Env, "localOffset" | "tense">): Resolved | undefined {
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
        const close = text.slice(partner.end).match(/^\s*(?:local\s+time|local)?\s*\)/i);
        consumed.add(partner);
        out.push({
          ...c,
          end: partner.end + (close ? close[0].length : 0),
          resolve: (env) => {
            // whichever of the two clocks carries an explicit zone gives the instant; otherwise the local one
            const first = c.resolve(env), second = partner.resolve(env);
            if (hasOffset(second)) return second;
            if (hasOffset(first)) return first;
            return withLocalOffset(first ?? second, env);
          },
        });
        continue;
      }
      const named = c.source === "chrono" ? rest.match(NAMED) : null;
      if (named) {
        const zone = NAMED_ZONES[named[1].toLowerCase()];
        out.push({ ...c, end: c.end + named[0].length, resolve: (env) => withZone(c.resolve(env), zone) });
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
