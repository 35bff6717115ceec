/**
 * Times counted from the day of writing: "four days ago", "a year earlier", "last week", "this year",
 * "next month", "earlier this month", "the weekend". The grain of the answer is the grain of the unit
 * ("two months ago" is a month, "six weeks ago" a week), so precision stays honest. "in two weeks" is left to
 * the durations: news annotation reads it as a length more often than as a date.
 */
import type { Env, Resolved, TimeParser } from "../candidate.js";
import { NUMBER, ORDINAL, numberValue, ordinalValue } from "../lexicon.js";
import {
  dayValue, decadeValue, durationValue, monthValue, partialDayValue, quarterOf, quarterValue, shiftDate, vagueValue, weekValue, yearValue,
} from "../values.js";
import { weekdayOf, type CalDate } from "../calendar.js";
import { after, regexParser } from "./regex.js";

type Grain = "day" | "week" | "month" | "year" | "quarter" | "decade" | "weekend";

const EDGE = String.raw`(?:(?:earlier|later|early|late|mid-?|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of)\s+)?`;

/** The value of the period of grain `grain` that lies `n` periods from the publication date. */
function periodFrom(ref: CalDate, grain: Grain, n: number): Resolved {
  switch (grain) {
    case "day": return stripNames(dayValue(shiftDate(ref, "day", n)));
    case "week": return weekValue(shiftDate(ref, "week", n));
    case "weekend": return weekValue(shiftDate(ref, "week", n), false, true);
    case "month": { const c = shiftDate(ref, "month", n); return monthValue(c.y, c.m); }
    case "quarter": {
      const index = ref.y * 4 + quarterOf(ref) - 1 + n;
      return quarterValue(Math.floor(index / 4), (index % 4) + 1);
    }
    case "decade": return decadeValue(Math.floor(ref.y / 10) * 10 + 10 * n);
    default: return yearValue(ref.y + n);
  }
}

/** Back-references ("a day ago") are not dates the report names: later anaphora skip them. */
const stripNames = (r: Resolved): Resolved => ({ ...r, names: undefined, namesQuarter: undefined, namesYear: undefined, namesMonth: undefined });

function unknownPeriod(grain: Grain): Resolved {
  return grain === "day" ? partialDayValue(undefined, undefined, undefined) : yearValue(undefined);
}

const grainOf = (w: string): Grain | undefined => {
  const u = w.toLowerCase().replace(/s$/, "");
  return (["day", "week", "month", "year", "quarter", "decade", "weekend"] as const).find((g) => g === u);
};

export const relativeTimes: TimeParser[] = [
  // "four days ago", "a year earlier", "two months later", "three weeks from now", "a year-earlier" (adjective)
  regexParser(
    "units-ago",
    String.raw`(?:(?:about|almost|nearly|some|more than|less than|just over|just under|over|roughly|around|only)\s+)?(${NUMBER}|a few|several|a couple of)[\s-]+(days?|weeks?|months?|years?|quarters?|decades?)(?:\s+or\s+so)?\s+(ago|earlier|before|later|after|from now|hence|back)`,
    7,
    (m, text) => {
      const grain = grainOf(m[2])!;
      const n = numberValue(m[1]);
      const dir = /ago|earlier|before|back/i.test(m[3]) ? -1 : 1;
      // "after"/"before" followed by a noun phrase is a preposition ("two days after the vote"): not anchored on today
      if (/^(after|before)$/i.test(m[3]) && !/^\s*(?:[.,;:)'"]|and\b|$)/i.test(after(text, m.index + m[0].length, 12))) return undefined;
      const quarterly = grain === "year";
      // "three days later", "a few days after": a story's own clock, counted from an event the report tells, not
      // from the day of writing; news annotation gives the length of the step (P3D)
      if (/^(?:later|after)$/i.test(m[3])) {
        const unit = grain as Exclude<Grain, "weekend">; // the pattern counts no weekends
        return () => durationValue(n !== undefined && Number.isInteger(n) ? n : undefined, unit);
      }
      return (env: Env) => {
        if (n === undefined) return vagueValue(dir < 0 ? "PAST_REF" : "FUTURE_REF");
        if (!env.ref || !Number.isInteger(n)) return unknownPeriod(grain);
        // in quarterly results "a year earlier" is the same quarter a year before
        if (quarterly && env.quarter) return stripNames(quarterValue((env.quarter.y ?? env.ref.y) - n, env.quarter.q));
        // "a decade ago" points at a year (ten years back), not at the whole decade
        if (grain === "decade") return stripNames(yearValue(env.ref.y + dir * 10 * n));
        return stripNames(periodFrom(env.ref, grain, dir * n));
      };
    },
  ),
  // "year-earlier", "year-ago": the same period a year before (in quarterly results, the same quarter)
  // "the year-ago third quarter" names its quarter; "the year-earlier nine months" is a length (P9M)
  regexParser("year-earlier", String.raw`(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)(?:\s+(?:(quarter|period)|(${ORDINAL})[\s-]+quarter|(${NUMBER})\s+(months|weeks)))?`, 6, (m) => {
    const q = m[2] ? ordinalValue(m[2]) : undefined;
    if (m[2] && !(q && q >= 1 && q <= 4)) return undefined;
    if (m[3]) {
      const n = numberValue(m[3]);
      if (n === undefined) return undefined;
      return () => durationValue(n, /month/i.test(m[4]) ? "month" : "week");
    }
    return (env: Env) => {
      if (!env.ref) return yearValue(undefined);
      if (q) return stripNames(quarterValue((env.quarter?.y ?? env.ref.y) - 1, q));
      if (env.quarter) return stripNames(quarterValue((env.quarter.y ?? env.ref.y) - 1, env.quarter.q));
      return yearValue(env.ref.y - 1);
    };
  }),
  // "last week", "this year", "next month", "earlier this year", "the last quarter", "this weekend", "early next year"
  regexParser(
    "this-last-next",
    String.raw`${EDGE}(?:(the)\s+)?(last|this|next|past|coming|current|previous|following|same)\s+(days?|weeks?|weekend|months?|years?|quarter|decade)`,
    6,
    (m, text) => {
      const the = !!m[1];
      const word = m[2].toLowerCase();
      // "This Week", "Next Year" in title case name a programme or a column ("ABC's \"This Week\"")
      if (/^[A-Z]/.test(m[2]) && /^[A-Z]/.test(m[3]) && !the && /(?:["“'‘`]|'s|’s)\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return undefined;
      const grain = grainOf(m[3])!;
      if (/s$/i.test(m[3]) && grain !== "weekend") return undefined; // "the past years": plural, a vague duration
      if (grain === "day") return undefined; // "the next day" is anaphoric, "the past day" a duration
      // "the coming year", "the next week": a stretch of time from now, not a calendar period; "the past year" is
      // annotated in news corpora as last year
      if (word === "coming" || (the && word === "next") || (!the && word === "past")) return undefined;
      // "the last week", like "the past week", is the week before this one (TimeML values "the past year" as last year)
      if (word === "following" || word === "previous" || word === "same") return undefined; // anaphoric
      const n = word === "last" || word === "past" ? -1 : word === "next" ? 1 : 0;
      return (env: Env) => (env.ref ? periodFrom(env.ref, grain, n) : unknownPeriod(grain));
    },
  ),
  // "the weekend": the weekend of the week being reported (the one before the publication date when it is past)
  regexParser("the-weekend", String.raw`the\s+weekend`, 4, () => (env: Env) => {
    if (!env.ref) return yearValue(undefined);
    const isWeekendNow = [0, 6].includes(weekdayOf(env.ref));
    const back = env.tense === "future" || isWeekendNow ? 0 : -1;
    return weekValue(shiftDate(env.ref, "week", back), false, true);
  }),
];
