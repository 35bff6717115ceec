/**
 * Days named from the day of writing: "today" (the publication date), "yesterday", "tomorrow", "tonight",
 * "this morning", "last night", "earlier today", "late yesterday", "yesterday afternoon".
 */
import type { Env, TimeParser } from "../candidate.js";
import { addDays } from "../calendar.js";
import { DAYPART, dayPartOf } from "../lexicon.js";
import { dayValue, partialDayValue, type DayPart } from "../values.js";
import { after, regexParser } from "./regex.js";

/** Nouns after "today's"/"tomorrow's" that make it an era, not a day; TimeML leaves those unannotated. */
const GENERIC_POSSESSIVE = /^['’]s\s+(?:(?:\w+\s+)?(?:world|society|youth|young|generation|children|kids|economy|market(?:place)?s?|standards|technology|computers|businesses|companies|leaders|workers|families|culture|politics|environment|america|europe|china|russia|india|africa|era|age|times))\b/i;

const EDGE = String.raw`(?:(?:earlier|later|early|late|mid-?)\s+)?`;

function dayFromToday(offset: number, part?: DayPart) {
  return (env: Env) => (env.ref ? dayValue(addDays(env.ref, offset), false, part) : partialDayValue(undefined, undefined, undefined, part));
}

const offsets: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, "the day before yesterday": -2, "the day after tomorrow": 2 };

export const deicticDays: TimeParser[] = [
  // "yesterday afternoon", "late yesterday", "today", "tonight", "tomorrow morning"
  regexParser(
    "deictic-day",
    String.raw`${EDGE}(today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)(?:\s+(${DAYPART}))?`,
    6,
    (m, text) => {
      const word = m[1].toLowerCase();
      // "today's editions", "yesterday's vote" name the day; "today's world", "tomorrow's leaders" mean an era
      if (GENERIC_POSSESSIVE.test(after(text, m.index + m[0].length, 40))) return undefined;
      // "USA Today", "VOA Today", "Good Morning America Today": a capitalized "Today" after a name is a title
      if (/^Today/.test(m[0]) && /[A-Z][\w.&]*\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      const part = word === "tonight" ? "NI" : m[2] ? dayPartOf(m[2]) : undefined;
      return dayFromToday(offsets[word], part);
    },
  ),
  // "this morning", "this evening", "last night", "(later) this afternoon"
  regexParser("deictic-part", String.raw`${EDGE}(this|last)\s+(${DAYPART})`, 6, (m) => {
    const part = dayPartOf(m[2])!;
    const yesterday = m[1].toLowerCase() === "last";
    if (yesterday && part !== "NI") return undefined; // "last morning" is not English news usage
    return dayFromToday(yesterday ? -1 : 0, part);
  }),
  // "overnight": the night before the day being told (the last date named, else the day of writing). It is a
  // part of a night, not a new date: "the previous Friday" after it still counts from the day being told.
  regexParser("overnight", String.raw`overnight`, 4, () => (env: Env) => {
    const base = env.anchor ?? env.ref;
    if (!base) return partialDayValue(undefined, undefined, undefined, "NI");
    return { ...dayValue(addDays(base, -1), env.anchor !== undefined, "NI"), names: undefined };
  }),
];
