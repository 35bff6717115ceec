/**
 * Dates told by reference to an earlier one: "the same day", "that morning", "the next day", "the day before",
 * "earlier that day", "later that year", "the previous Friday". They resolve against the last calendar date the
 * report named (not against back-references such as "a day ago") and are marked inferred.
 */
import type { Env, Resolved, TimeParser } from "../candidate.js";
import { addDays, type CalDate } from "../calendar.js";
import { DAYPART, WEEKDAY, dayPartOf, weekdayIndex } from "../lexicon.js";
import { dayValue, monthValue, partialDayValue, weekValue, yearValue, resolveWeekday, type DayPart } from "../values.js";
import { regexParser } from "./regex.js";

const EDGE = String.raw`(?:(?:earlier|later|early|late)\s+(?:on\s+)?)?`;

const inferred = (r: Resolved): Resolved => ({ ...r, value: { ...r.value, inferred: true } });

function fromAnchor(offsetDays: number, part?: DayPart) {
  return (env: Env): Resolved => {
    const base: CalDate | undefined = env.anchor ?? env.ref;
    if (!base) return inferred(partialDayValue(undefined, undefined, undefined, part));
    return inferred(dayValue(addDays(base, offsetDays), true, part));
  };
}

const dayOffset = (w: string): number => (/next|following|after/i.test(w) ? 1 : /before|previous|prior/i.test(w) ? -1 : 0);

export const anaphora: TimeParser[] = [
  // "the same day", "that day", "the next day", "the following morning", "the previous night", "that same day"
  regexParser(
    "anaphoric-day",
    String.raw`${EDGE}(?:the\s+(?:very\s+)?(same|next|following|previous|prior)|that(?:\s+same)?)\s+(day|${DAYPART})`,
    7,
    (m) => {
      const part = m[2].toLowerCase() === "day" ? undefined : dayPartOf(m[2]);
      return fromAnchor(dayOffset(m[1] ?? ""), part);
    },
  ),
  // "the day before", "the day after", "the night before"
  regexParser("day-before", String.raw`the\s+(day|night|morning)\s+(before|after)(?!\s+(?:the|a|an|his|her|their|its|yesterday|tomorrow)\b)`, 7, (m) => {
    const part = m[1].toLowerCase() === "day" ? undefined : dayPartOf(m[1]);
    return fromAnchor(dayOffset(m[2]), part);
  }),
  // "the previous Friday", "the following Monday"
  regexParser("anaphoric-weekday", String.raw`the\s+(previous|following|next)\s+(${WEEKDAY})`, 7, (m) => {
    const wd = weekdayIndex(m[2])!;
    const backward = /previous/i.test(m[1]);
    return (env: Env) => {
      const base = env.anchor ?? env.ref;
      if (!base) return inferred(partialDayValue(undefined, undefined, undefined));
      return inferred(dayValue(resolveWeekday(base, wd, backward ? "past" : "future", backward ? "last" : "next"), true));
    };
  }),
  // "that week", "that month", "that year", "later that year", "the same week", "the following year"
  regexParser(
    "anaphoric-period",
    String.raw`${EDGE}(?:the\s+(same|following|next|previous|prior)|that(?:\s+same)?)\s+(week|month|year)`,
    6,
    (m) => {
      const dir = dayOffset(m[1] ?? "");
      const grain = m[2].toLowerCase();
      return (env: Env): Resolved => {
        const base = env.anchor ?? env.ref;
        if (!base) return inferred(yearValue(undefined));
        if (grain === "week") return inferred(weekValue(addDays(base, 7 * dir), true));
        if (grain === "month") {
          const month = env.anchorMonth ?? base;
          const index = month.y * 12 + month.m - 1 + dir;
          return inferred(monthValue(Math.floor(index / 12), (index % 12) + 1, true));
        }
        return inferred(yearValue((env.anchorYear ?? base.y) + dir, true));
      };
    },
  ),
];
