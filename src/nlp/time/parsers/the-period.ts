/**
 * Periods named by "the" alone, as reports of results and events write them: "for the year", "the full year",
 * "the fiscal year ended March 31", "the week", "the month", "year-end", "the end of the year", "earlier in the
 * year", "later in the day". They mean the period being reported: the one the report last named when that lies
 * well away from the publication date, otherwise the current one. "The year ended Sept. 30" is a length of
 * time, one year, ending on that date (TimeML annotates it as P1Y).
 */
import type { Env, Resolved, TimeParser } from "../candidate.js";
import { dayValue, durationValue, monthValue, weekValue, yearValue } from "../values.js";
import { after, before, regexParser } from "./regex.js";

const inferred = (r: Resolved): Resolved => ({ ...r, value: { ...r.value, inferred: true } });

/**
 * The year "the year" refers to: a past year the report told a story in (well before last year, which results
 * compare against), else the publication year. Future years named ("by 1992") are targets, not the story's year.
 */
function reportedYear(env: Env): number | undefined {
  if (env.anchorYear !== undefined && (!env.ref || env.anchorYear < env.ref.y - 1)) return env.anchorYear;
  return env.ref?.y ?? env.anchorYear;
}

/** Back-references to the period are not new dates the report names: "the same day" still looks past them. */
const quiet = (r: Resolved): Resolved => ({ ...r, names: undefined, namesYear: undefined, namesMonth: undefined, namesQuarter: undefined });

export const thePeriods: TimeParser[] = [
  // "the year", "the full year", "the fiscal year", "the current fiscal year", "the calendar year"
  regexParser(
    "the-year",
    String.raw`the\s+(?:(full|fiscal|current|calendar|entire|whole)\s+)?(?:(fiscal)\s+)?year`,
    4,
    (m, text) => {
      if (/Year$/.test(m[0])) return undefined; // "Person of the Year", "the Year of the Dragon": titles
      const next = after(text, m.index + m[0].length, 16);
      // "the year-earlier period", "the year ago", "the year's", "the year 2000", "the year before": other parsers' or none
      if (/^(?:-|'s|\s+(?:ago|earlier|before|after|later|\d|two|nineteen|of\s+the))/.test(next)) return undefined;
      // a length of time ending on a date: "the year ended March 31", "the fiscal year ending June 30, 1990"
      if (/^\s+(?:ended|ending|that\s+ended|which\s+ended|to)\b/.test(next)) return () => durationValue(1, "year");
      // "throughout the fiscal year", "over the year": a stretch, but of the current year, which TimeML dates
      return (env: Env) => {
        const y = reportedYear(env);
        return inferred(quiet(yearValue(y)));
      };
    },
  ),
  // "the latest fiscal year", "the most recent year": the last one completed, which results compare against
  regexParser("latest-year", String.raw`the\s+(?:latest|most\s+recent)\s+(?:fiscal\s+)?year(?![-'’\w])`, 5, () => (env: Env) =>
    env.ref ? quiet(yearValue(env.ref.y - 1)) : undefined),
  // "the week", "the month": the week or month being reported
  regexParser("the-week-month", String.raw`the\s+(week|month)(?!end|s)`, 3, (m, text) => {
    const next = after(text, m.index + m[0].length, 12);
    const prev = before(text, m.index, 12);
    // "the week of March 9", "the month of May": other parsers name the date; "once a month" etc. are rates
    if (/^\s+(?:of|before|after|earlier|later|ago|ahead|that|which|in)\b/.test(next) || /\b(?:per|a|once|twice)\s+$/.test(prev)) return undefined;
    if (/^[A-Z]/.test(m[1])) return undefined; // "Game of the Week": a title
    const grain = m[1].toLowerCase();
    return (env: Env) => {
      const base = env.anchor ?? env.ref;
      if (!base) return undefined;
      if (grain === "week") return inferred(quiet(weekValue(base, true)));
      const month = env.anchorMonth ?? base;
      return inferred(quiet(monthValue(month.y, month.m, true)));
    };
  }),
  // "year-end", "year end", "year's end", "the end of the year", "the end of the month", "the end of the week"
  regexParser(
    "period-end",
    String.raw`(?:around\s+)?(?:year[- ]end|year's\s+end|the\s+(?:end|beginning|start|middle|rest|remainder|balance)\s+of\s+the\s+(year|month|week))`,
    5,
    (m, text) => {
      const grain = (m[1] ?? "year").toLowerCase();
      const since = /\bsince\s+$/i.test(before(text, m.index, 8));
      return (env: Env) => {
        if (!env.ref) return undefined;
        if (grain === "week") return quiet(weekValue(env.anchor ?? env.ref));
        if (grain === "month") { const mo = env.anchorMonth ?? env.ref; return quiet(monthValue(mo.y, mo.m)); }
        // "since year-end": the end of the last year; "by year-end": the end of this one
        const y = since ? env.ref.y - 1 : reportedYear(env);
        return quiet(yearValue(y));
      };
    },
  ),
  // "earlier in the year", "later in the day", "early in the week": a part of the period being reported
  regexParser("in-the-period", String.raw`(?:earlier|later|early|late)\s+in\s+the\s+(day|week|month|year)`, 6, (m) => {
    const grain = m[1].toLowerCase();
    return (env: Env) => {
      const base = env.anchor ?? env.ref;
      if (!base) return undefined;
      if (grain === "day") return inferred(quiet(dayValue(base, true)));
      if (grain === "week") return inferred(quiet(weekValue(base, true)));
      if (grain === "month") { const mo = env.anchorMonth ?? base; return inferred(quiet(monthValue(mo.y, mo.m, true))); }
      return inferred(quiet(yearValue(reportedYear(env), true)));
    };
  }),
];

