/**
 * Results reports name a quarter once ("the third quarter") and then refer back to it in other words: "the 1988
 * period" and "the 1988 quarter" are that quarter in 1988; "last year's quarter", "the corresponding period last
 * year" and "the quarter a year ago" are the same quarter a year before. Each is one expression (read apart,
 * "the quarter" and "a year ago" would name two different periods). Without a quarter named, "the 1988 period"
 * is the year and "last year's quarter" last year.
 */
import type { Env, Resolved, TimeParser } from "../candidate.js";
import { quarterValue, yearValue } from "../values.js";
import { regexParser } from "./regex.js";

const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d)`;
const PERIOD = String.raw`(?:fiscal\s+)?(?:quarter|period)`;
/** How a text says "a year before the quarter being reported". */
const A_YEAR_BEFORE = String.raw`(?:last\s+year|(?:of\s+)?the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:ago|earlier|before))`;

/** Back-references are not new dates: later anaphora still look past them. */
const quiet = (r: Resolved): Resolved => ({ ...r, names: undefined, namesYear: undefined, namesMonth: undefined, namesQuarter: undefined });

/** The named quarter moved to another year, or undefined when the report has named no quarter. */
function namedQuarterIn(env: Env, year: (named: number) => number): Resolved | undefined {
  if (!env.quarter) return undefined;
  const named = env.quarter.y ?? env.ref?.y;
  return quiet(quarterValue(named === undefined ? undefined : year(named), env.quarter.q));
}

/** With no quarter named, "the same period last year" is last year. */
const lastYear = (env: Env): Resolved => quiet(yearValue(env.ref ? env.ref.y - 1 : undefined));

export const quarterRefs: TimeParser[] = [
  // "the 1988 period", "the 1989 quarter", "the fiscal 1988 period"
  regexParser("year-period", String.raw`the\s+(?:fiscal\s+)?(${YEAR})\s+${PERIOD}`, 7, (m) => {
    const y = Number(m[1]);
    return (env: Env) => namedQuarterIn(env, () => y) ?? quiet(yearValue(y));
  }),
  // "last year's quarter", "last year's period"
  regexParser("last-years-period", String.raw`last\s+year's\s+${PERIOD}`, 7, () => (env: Env) => namedQuarterIn(env, (y) => y - 1) ?? lastYear(env)),
  // "the corresponding period last year", "the same quarter a year ago", "the quarter a year earlier"
  regexParser(
    "period-a-year-before",
    String.raw`the\s+(?:(?:corresponding|comparable|same|equivalent|like)\s+)?${PERIOD}\s+${A_YEAR_BEFORE}`,
    7,
    () => (env: Env) => namedQuarterIn(env, (y) => y - 1) ?? lastYear(env),
  ),
];
