/** Builders of normalized values (TimeValue without text) and the news conventions for filling in what a text leaves out. */
import type { Precision } from "../../types.js";
import type { Resolved, Tense } from "./candidate.js";
import {
  addDays, addMonths, daysBetween, formatDate, formatDay, formatMonth, formatOffset, formatWeek, formatYear,
  isValidDate, mondayOf, weekdayOf, type CalDate,
} from "./calendar.js";

/** A part of the day as TimeML writes it. */
export type DayPart = "MO" | "AF" | "EV" | "NI" | "DT";

const pad2 = (n: number): string => String(n).padStart(2, "0");

export function dayValue(c: CalDate, inferred = false, part?: DayPart): Resolved {
  const day = formatDate(c);
  return {
    kind: part ? "time" : "date",
    value: { start: day, precision: "day", timex: part ? `${day}T${part}` : day, inferred },
    names: c,
    namesYear: c.y,
    namesMonth: { y: c.y, m: c.m },
  };
}

/** A day whose year (or whole date) is unknown: "XXXX-02-27". */
export function partialDayValue(y: number | undefined, m: number | undefined, d: number | undefined, part?: DayPart): Resolved {
  const s = `${formatYear(y)}-${m === undefined ? "XX" : pad2(m)}-${d === undefined ? "XX" : pad2(d)}`;
  return { kind: part ? "time" : "date", value: { start: s, precision: "day", timex: part ? `${s}T${part}` : s, inferred: false } };
}

/** A weekday with no date to count from: TimeML's "XXXX-WXX-1" (Monday). */
export function weekdayOnlyValue(weekday: number): Resolved {
  const s = `XXXX-WXX-${((weekday + 6) % 7) + 1}`;
  return { kind: "date", value: { start: s, precision: "day", timex: s, inferred: false } };
}

export function monthValue(y: number | undefined, m: number, inferred = false): Resolved {
  const s = formatMonth(y, m);
  return { kind: "date", value: { start: s, precision: "month", timex: s, inferred }, namesYear: y, namesMonth: y === undefined ? undefined : { y, m } };
}

export function yearValue(y: number | undefined, inferred = false): Resolved {
  const s = formatYear(y);
  return { kind: "date", value: { start: s, precision: "year", timex: s, inferred }, namesYear: y };
}

export function weekValue(c: CalDate, inferred = false, weekend = false): Resolved {
  const w = formatWeek(c);
  const start = weekend ? addDays(mondayOf(c), 5) : mondayOf(c);
  return {
    kind: "date",
    value: { start: formatDate(start), end: weekend ? formatDate(addDays(start, 1)) : undefined, precision: "week", timex: weekend ? `${w}-WE` : w, inferred },
  };
}

export function quarterValue(y: number | undefined, q: number, inferred = false): Resolved {
  const timex = `${formatYear(y)}-Q${q}`;
  const start = y === undefined ? timex : formatMonth(y, 3 * (q - 1) + 1);
  const end = y === undefined ? undefined : formatMonth(y, 3 * q);
  return { kind: "date", value: { start, end, precision: "month", timex, inferred }, namesQuarter: { y, q } };
}

/** A half-year: "1989-H2". */
export function halfValue(y: number | undefined, h: number): Resolved {
  const timex = `${formatYear(y)}-H${h}`;
  return { kind: "date", value: { start: y === undefined ? timex : formatMonth(y, h === 1 ? 1 : 7), precision: "month", timex, inferred: false } };
}

export type Season = "SP" | "SU" | "FA" | "WI";
const seasonStartMonth: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonValue(y: number | undefined, s: Season): Resolved {
  const timex = `${formatYear(y)}-${s}`;
  return { kind: "date", value: { start: y === undefined ? timex : formatMonth(y, seasonStartMonth[s]), precision: "month", timex, inferred: false } };
}

/** A decade ("the 1990s" → "199") or a century ("the 20th century" → "19"). */
export function decadeValue(firstYear: number): Resolved {
  return { kind: "date", value: { start: formatYear(firstYear), end: formatYear(firstYear + 9), precision: "year", timex: String(Math.floor(firstYear / 10)), inferred: false } };
}

export function centuryValue(firstYear: number): Resolved {
  return { kind: "date", value: { start: formatYear(firstYear), end: formatYear(firstYear + 99), precision: "year", timex: String(Math.floor(firstYear / 100)), inferred: false } };
}

export type DurationUnit = "second" | "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year" | "decade" | "century";

const durationLetter: Record<DurationUnit, string> = {
  second: "TS", minute: "TM", hour: "TH", day: "D", week: "W", month: "M", quarter: "Q", year: "Y", decade: "DE", century: "CE",
};
const durationPrecision: Record<DurationUnit, Precision> = {
  second: "minute", minute: "minute", hour: "hour", day: "day", week: "week", month: "month", quarter: "month", year: "year", decade: "year", century: "year",
};

/** An ISO 8601 duration ("P4D", "PT5H"); an unknown amount is written X ("PXY"); decades and centuries in years ("P10Y"). */
export function durationValue(amount: number | undefined, unit: DurationUnit): Resolved {
  let n: number | string | undefined = amount;
  let u = unit;
  if (unit === "decade" && amount !== undefined) { n = amount * 10; u = "year"; }
  if (unit === "century" && amount !== undefined) { n = amount * 100; u = "year"; }
  const letter = durationLetter[u];
  const count = n === undefined ? "X" : Number.isInteger(n) ? String(n) : String(n);
  const iso = letter.startsWith("T") ? `PT${count}${letter[1]}` : `P${count}${letter}`;
  return { kind: "duration", value: { start: iso, precision: durationPrecision[unit], timex: iso, inferred: false } };
}

/** A duration in hours and minutes: "5 1/2 hours" → PT5H30M. */
export function hoursMinutesValue(hours: number, minutes: number): Resolved {
  const iso = `PT${hours}H${minutes}M`;
  return { kind: "duration", value: { start: iso, precision: "minute", timex: iso, inferred: false } };
}

export function setValue(timex: string, precision: Precision): Resolved {
  return { kind: "set", value: { start: timex, precision, timex, inferred: false } };
}

export type VagueRef = "PRESENT_REF" | "PAST_REF" | "FUTURE_REF";

/** A vague reference; PRESENT_REF starts at the publication date when it is known. */
export function vagueValue(ref: VagueRef, today?: CalDate): Resolved {
  const start = ref === "PRESENT_REF" && today ? formatDate(today) : ref;
  return { kind: "date", value: { start, precision: "day", timex: ref, inferred: false } };
}

/** A clock time on a date, written to the minute, with the zone's offset when one is known. */
export function clockValue(c: CalDate | undefined, hour: number, minute: number, offset: number | undefined, inferredDate: boolean): Resolved {
  const day = c ? formatDate(c) : "XXXX-XX-XX";
  const clock = `${pad2(hour)}:${pad2(minute)}`;
  const start = `${day}T${clock}${offset === undefined ? "" : formatOffset(offset)}`;
  return { kind: "time", value: { start, precision: "minute", timex: `${day}T${clock}`, inferred: inferredDate }, names: c };
}

// ---- filling in what the text leaves out ----

/**
 * The date of a weekday named without a date. "last"/"next" say the direction; otherwise past-tense reporting
 * means the most recent such day on or before the publication date, future tense the next one on or after it.
 */
export function resolveWeekday(ref: CalDate, weekday: number, tense: Tense, modifier?: "last" | "next" | "this"): CalDate {
  const diff = (weekday - weekdayOf(ref) + 7) % 7; // days forward to the weekday (0 = today)
  if (modifier === "last") return addDays(ref, diff === 0 ? -7 : diff - 7);
  if (modifier === "next") return addDays(ref, diff === 0 ? 7 : diff);
  if (tense === "future") return addDays(ref, diff);
  return addDays(ref, diff === 0 ? 0 : diff - 7);
}

/**
 * The year of a month and day written without one: the nearest such date to the publication date,
 * counting dates on the side the tense points away from as farther (a past-tense report rarely means a future date).
 */
export function resolveYearOfDay(ref: CalDate, m: number, d: number, tense: Tense): number {
  let best = ref.y, bestCost = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (!isValidDate(y, m, d)) continue;
    const delta = daysBetween(ref, { y, m, d });
    const against = (tense === "past" && delta > 0) || (tense === "future" && delta < 0);
    const cost = Math.abs(delta) * (against ? 3 : 1);
    if (cost < bestCost) { bestCost = cost; best = y; }
  }
  return best;
}

/** The year of a month named without one ("in April"), by the same rule at month grain. */
export function resolveYearOfMonth(ref: CalDate, m: number, tense: Tense, modifier?: "last" | "next" | "this"): number {
  if (modifier === "this") return ref.y;
  // "last February" written in March is not last month (the writer would say so) but February a year before
  if (modifier === "last") return m < ref.m - 1 ? ref.y : ref.y - 1;
  if (modifier === "next") return m > ref.m ? ref.y : ref.y + 1;
  let best = ref.y, bestCost = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const delta = (y - ref.y) * 12 + (m - ref.m);
    const against = (tense === "past" && delta > 0) || (tense === "future" && delta < 0);
    const cost = Math.abs(delta) * (against ? 4 : 1);
    if (cost < bestCost) { bestCost = cost; best = y; }
  }
  return best;
}

/** Shifts a date by a count of calendar units. */
export function shiftDate(c: CalDate, unit: "day" | "week" | "month" | "year", n: number): CalDate {
  if (unit === "day") return addDays(c, n);
  if (unit === "week") return addDays(c, 7 * n);
  if (unit === "month") return addMonths(c, n);
  return addMonths(c, 12 * n);
}

export const quarterOf = (c: CalDate): number => Math.floor((c.m - 1) / 3) + 1;

export { formatDay };
