/** Recurring times: "every Monday", "each year", "daily", "twice a week", "$5 a year", "on Sundays". */
import type { TimeParser } from "../candidate.js";
import { DAYPART, MONTH_FULL, SEASON, WEEKDAY, dayPartOf, monthOf, seasonOf, weekdayIndex } from "../lexicon.js";
import { setValue } from "../values.js";
import { before, regexParser } from "./regex.js";

const unitSet: Record<string, [string, "minute" | "hour" | "day" | "week" | "month" | "year"]> = {
  minute: ["PT1M", "minute"], hour: ["PT1H", "hour"], day: ["P1D", "day"], night: ["P1D", "day"], morning: ["P1D", "day"],
  week: ["P1W", "week"], month: ["P1M", "month"], year: ["P1Y", "year"], quarter: ["P1Q", "month"],
};
const adverbSet: Record<string, string> = {
  hourly: "hour", daily: "day", nightly: "night", weekly: "week", monthly: "month", quarterly: "quarter", annually: "year", yearly: "year",
};

/** TimeML's weekday digit: Monday 1 … Sunday 7. */
const isoWeekday = (w: string): number => ((weekdayIndex(w)! + 6) % 7) + 1;

export const sets: TimeParser[] = [
  // "every Monday", "each Thursday", "every Tuesday night"
  regexParser("every-weekday", String.raw`(?:every|each)\s+(${WEEKDAY})(?:\s+(${DAYPART}))?`, 7, (m) => {
    const part = m[2] ? dayPartOf(m[2]) : undefined;
    return () => setValue(`XXXX-WXX-${isoWeekday(m[1])}${part ? "T" + part : ""}`, "day");
  }),
  // "on Sundays", "Tuesday nights"
  regexParser("plural-weekday", String.raw`(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?:\s+(${DAYPART}))?|(${WEEKDAY})\s+(nights|mornings|evenings|afternoons)`, 6, (m) => {
    const day = m[1] ?? m[3];
    const partWord = m[2] ?? m[4];
    const part = partWord ? dayPartOf(partWord) : undefined;
    return () => setValue(`XXXX-WXX-${isoWeekday(day)}${part ? "T" + part : ""}`, "day");
  }),
  // "on Monday and Tuesday nights": the plural of the second day makes the first one recurring too
  regexParser("coordinated-plural-weekday", String.raw`(${WEEKDAY})(?=\s+(?:and|or)\s+${WEEKDAY}\s+(nights|mornings|evenings|afternoons)\b)`, 7, (m) => {
    const part = dayPartOf(m[2]);
    return () => setValue(`XXXX-WXX-${isoWeekday(m[1])}${part ? "T" + part : ""}`, "day");
  }),
  // "every July", "each spring"
  regexParser("every-month", String.raw`(?:every|each)\s+(${MONTH_FULL}|${SEASON})`, 7, (m) => {
    const month = monthOf(m[1]);
    const timex = month ? `XXXX-${String(month).padStart(2, "0")}` : `XXXX-${seasonOf(m[1])}`;
    return () => setValue(timex, "month");
  }),
  // "every day", "each year", "every other week", "every two years"
  regexParser("every-unit", String.raw`(?:every|each)\s+(other\s+|two\s+|three\s+|few\s+)?(minute|hour|day|night|morning|week|month|quarter|year)s?`, 6, (m) => {
    const [iso, precision] = unitSet[m[2].toLowerCase()];
    const step = m[1]?.trim().toLowerCase();
    const n = step === "other" || step === "two" ? 2 : step === "three" ? 3 : step === "few" ? "X" : 1;
    return () => setValue(iso.replace("1", String(n)), precision);
  }),
  // "daily", "weekly"; "annually" and "quarterly" are left out: news writes them mostly of amounts ("$5 million
  // annually", "a quarterly dividend"), which TimeML annotation leaves unmarked
  regexParser("frequency-adverb", String.raw`hourly|daily|nightly|weekly|monthly|yearly`, 5, (m, text) => {
    // inside a capitalized name ("Our Daily Newsletter", "The Weekly Standard") it is a title, not a time
    if (/^[A-Z]/.test(m[0]) && /[A-Z][a-z]*\s+$/.test(text.slice(Math.max(0, m.index - 20), m.index))) return undefined;
    const [iso, precision] = unitSet[adverbSet[m[0].toLowerCase()]];
    return () => setValue(iso, precision);
  }),
  // "twice a week", "once a year", "three times a day", "$5 a year", "per day"
  regexParser("rate", String.raw`(?:(?:once|twice|\w+\s+times)\s+)?(?:a|an|per)\s+(minute|hour|day|week|month|year)`, 4, (m, text) => {
    const rated = /^(once|twice|\w+\s+times)/i.test(m[0]);
    if (!rated && !/(?:\d|%|percent|cents?|dollars?|euros?|pounds?|times|barrels|tons|tonnes|units|people|miles|km|hours|shares)\s*$/i.test(before(text, m.index, 30))) return undefined;
    const [iso, precision] = unitSet[m[1].toLowerCase()];
    return () => setValue(iso, precision);
  }),
];
