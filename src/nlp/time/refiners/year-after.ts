/**
 * "In June last year", "on March 3 this year", "in January next year": a month or a day followed by the year it
 * falls in, said relative to the publication date. It is one expression (the year phrase is not a second
 * time), and the year phrase, not the tense, says which year the month or day falls in.
 */
import type { Candidate, Env, Resolved, TimeRefiner } from "../candidate.js";
import { isValidDate } from "../calendar.js";
import { dayValue, monthValue } from "../values.js";

const YEAR_AFTER = /^,?\s+(last|this|next)\s+year\b(?!['’])/i;
const DATED = new Set(["chrono", "month"]);

/** The same month or day in year `y`; anything else (a clock, a weekday) is left as it was. */
function inYear(r: Resolved | undefined, y: number): Resolved | undefined {
  const m = r?.value.timex?.match(/^(?:\d{4}|XXXX)-(\d\d)(?:-(\d\d))?$/);
  if (!r || !m) return r;
  const month = Number(m[1]);
  if (!m[2]) return monthValue(y, month);
  const day = Number(m[2]);
  return isValidDate(y, month, day) ? dayValue({ y, m: month, d: day }) : r;
}

export const yearAfter: TimeRefiner = {
  name: "year-after",
  refine(text: string, candidates: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    const absorbed = new Set<Candidate>();
    for (const c of candidates) {
      if (!DATED.has(c.source) || /\d{4}/.test(text.slice(c.start, c.end))) continue;
      const year = text.slice(c.end, c.end + 20).match(YEAR_AFTER);
      if (!year) continue;
      const end = c.end + year[0].length;
      const shift = /last/i.test(year[1]) ? -1 : /next/i.test(year[1]) ? 1 : 0;
      // the parsers' own reading of "last year" is now part of this expression
      for (const o of candidates) if (o !== c && o.start >= c.end && o.end <= end) absorbed.add(o);
      const inner = c.resolve;
      out.push({ ...c, end, resolve: (env: Env) => (env.ref ? inYear(inner(env), env.ref.y + shift) : inner(env)) });
      absorbed.add(c);
    }
    return [...candidates.filter((c) => !absorbed.has(c)), ...out].sort((a, b) => a.start - b.start);
  },
};
