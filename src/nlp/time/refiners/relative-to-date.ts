/**
 * A period or day told relative to a date that follows it: "the week of March 6" is that date's week
 * (TimeML "2000-W10"); "the day before last Tuesday" and "the night after Christmas" are one day off it. The
 * parsers see the date alone; this refiner widens it to the whole expression and shifts it.
 */
import type { Candidate, Resolved, TimeRefiner } from "../candidate.js";
import { addDays, parseIsoDate } from "../calendar.js";
import { dayValue, weekValue } from "../values.js";

const WEEK_OF = /\bthe\s+week\s+of\s+$/i;
const DAY_BEFORE = /\b(?:the\s+)?(day|night)\s+(before|after)\s+$/i;

/** The calendar date a resolved day names, when it names exactly one. */
const dayOf = (r: Resolved | undefined) => (r && r.value.precision === "day" && /^\d{4}-\d\d-\d\d$/.test(r.value.timex ?? r.value.start) ? parseIsoDate(r.value.start) : undefined);

const DATED = new Set(["chrono", "holiday"]);

export const relativeToDate: TimeRefiner = {
  name: "relative-to-date",
  refine(text: string, candidates: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    const absorbed = new Set<Candidate>();
    for (const c of candidates) {
      if (!DATED.has(c.source)) continue;
      const lead = text.slice(Math.max(0, c.start - 24), c.start);
      const week = lead.match(WEEK_OF);
      const day = week ? null : lead.match(DAY_BEFORE);
      if (!week && !day) continue;
      const start = c.start - (week ?? day)![0].length + ((week ?? day)![0].match(/^\s*/)![0].length);
      // the anaphoric "the day before" candidate that covered the lead is now part of this expression
      for (const o of candidates) if (o !== c && o.start >= start && o.end <= c.start) absorbed.add(o);
      const inner = c.resolve;
      if (week) {
        out.push({ ...c, start, resolve: (env) => { const d = dayOf(inner(env)); return d ? weekValue(d) : inner(env); } });
      } else {
        const shift = /before/i.test(day![2]) ? -1 : 1;
        const night = /night/i.test(day![1]);
        out.push({ ...c, start, resolve: (env) => { const d = dayOf(inner(env)); return d ? dayValue(addDays(d, shift), true, night ? "NI" : undefined) : inner(env); } });
      }
      absorbed.add(c);
    }
    return [...candidates.filter((c) => !absorbed.has(c)), ...out].sort((a, b) => a.start - b.start);
  },
};
