/** Named days of the calendar news reports use: "Christmas", "New Year's Day", "Thanksgiving", "Election Day". */
import type { Env, TimeParser } from "../candidate.js";
import { addDays, weekdayOf, type CalDate } from "../calendar.js";
import { dayValue, partialDayValue, resolveYearOfDay } from "../values.js";
import { regexParser } from "./regex.js";

/** The n-th given weekday (0 = Sunday) of a month. */
function nthWeekday(y: number, m: number, weekday: number, n: number): CalDate {
  const first = { y, m, d: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}

type Rule = (y: number) => CalDate;
const holidays: [string, Rule][] = [
  [String.raw`christmas(?:\s+day)?`, (y) => ({ y, m: 12, d: 25 })],
  [String.raw`christmas eve`, (y) => ({ y, m: 12, d: 24 })],
  [String.raw`new year's eve`, (y) => ({ y, m: 12, d: 31 })],
  [String.raw`new year's(?:\s+day)?`, (y) => ({ y, m: 1, d: 1 })],
  [String.raw`thanksgiving(?:\s+day)?`, (y) => nthWeekday(y, 11, 4, 4)],
  [String.raw`election day`, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [String.raw`independence day|the fourth of july|july fourth`, (y) => ({ y, m: 7, d: 4 })],
  [String.raw`valentine's day`, (y) => ({ y, m: 2, d: 14 })],
  [String.raw`halloween`, (y) => ({ y, m: 10, d: 31 })],
  [String.raw`labou?r day`, (y) => nthWeekday(y, 9, 1, 1)],
  [String.raw`memorial day`, (y) => addDays(nthWeekday(y, 6, 1, 1), -7)],
];

export const holidayDays: TimeParser[] = holidays.map(([pattern, rule]) =>
  regexParser(`holiday`, String.raw`(?:(last|next|this)\s+)?(?:${pattern})`, 5, (m) => {
    const mod = m[1]?.toLowerCase();
    return (env: Env) => {
      if (!env.ref) return partialDayValue(undefined, rule(2001).m, rule(2001).d);
      const guess = rule(env.ref.y);
      const key = (c: CalDate) => c.m * 100 + c.d;
      const y = mod === "last" ? (key(guess) < key(env.ref) ? env.ref.y : env.ref.y - 1)
        : mod === "next" ? (key(guess) > key(env.ref) ? env.ref.y : env.ref.y + 1)
        : resolveYearOfDay(env.ref, guess.m, guess.d, env.tense);
      return dayValue(rule(y));
    };
  }),
);
