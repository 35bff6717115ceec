/**
 * A part of the day named on its own: "in the morning", "by mid-afternoon", "during the evening",
 * "mid-afternoon yesterday". It is that part of the day the report is telling (the last date it named, else the
 * publication date), as TimeML writes it: "1989-10-27TMO". A preposition of time is required, so greetings
 * ("Good evening") and titles ("the morning show") are left alone.
 */
import type { Env, TimeParser } from "../candidate.js";
import { addDays } from "../calendar.js";
import { dayPartOf } from "../lexicon.js";
import { clockValue, dayValue, partialDayValue } from "../values.js";
import { after, regexParser } from "./regex.js";

const PART = String.raw`(?:(?:mid|early|late)[\s-]?)?(?:the\s+)?(morning|afternoon|evening)`;
const offsets: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

/** The 24-hour clock of "4 in the morning", "9 in the evening", "11 at night". */
function hourOf(h: number, part: string): number {
  if (/morning/i.test(part)) return h === 12 ? 0 : h;
  if (/night/i.test(part)) return h >= 6 && h < 12 ? h + 12 : h === 12 ? 0 : h;
  return h < 12 ? h + 12 : h;
}

export const dayPartsAlone: TimeParser[] = [
  // "4 in the morning", "9:30 in the evening", "11 o'clock at night": a clock the words make unambiguous
  regexParser("clock-in-the-part", String.raw`(\d{1,2})(?:[:.](\d\d))?\s+(?:o'clock\s+)?(in\s+the\s+(?:morning|afternoon|evening)|at\s+night)`, 8, (m) => {
    const h = Number(m[1]), min = Number(m[2] ?? 0);
    if (h < 1 || h > 12 || min > 59) return undefined;
    const hour = hourOf(h, m[3]);
    return (env: Env) => clockValue(env.anchor ?? env.ref, hour, min, undefined, true);
  }),
  // "at noon", "by midnight", "around midday": the named hour of the day being told (midnight ends it: T24:00)
  regexParser("named-hour", String.raw`(?<=\b(?:at|by|around|about|before|after|until|till|since|from|near|toward|towards)\s+)(noon|midday|midnight)(?!\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)`, 3, (m) => {
    const hour = /midnight/i.test(m[1]) ? 24 : 12;
    return (env: Env) => clockValue(env.anchor ?? env.ref, hour, 0, undefined, true);
  }),
  // "mid-afternoon yesterday", "late morning today"
  regexParser("part-then-day", String.raw`(?:mid|early|late)[\s-]?(morning|afternoon|evening)\s+(yesterday|today|tomorrow)`, 7, (m) => {
    const part = dayPartOf(m[1])!;
    const offset = offsets[m[2].toLowerCase()];
    return (env: Env) => (env.ref ? dayValue(addDays(env.ref, offset), false, part) : partialDayValue(undefined, undefined, undefined, part));
  }),
  // "in the morning", "by mid afternoon", "during the evening": the day being told
  regexParser("part-alone", String.raw`(?<=\b(?:in|during|by|until|through|throughout|since)\s+)${PART}`, 3, (m, text) => {
    // "in the morning session", "the evening news": a noun modifier, not a time
    if (/^\s+(?:news|show|paper|papers|edition|editions|session|sessions|star|prayers?|rush|shift|classes|flight|flights)\b/i.test(after(text, m.index + m[0].length, 12))) return undefined;
    if (/^\s+(?:of|after|before)\b/i.test(after(text, m.index + m[0].length, 8))) return undefined; // "the morning of March 5": chrono's
    const part = dayPartOf(m[1])!;
    return (env: Env) => {
      const base = env.anchor ?? env.ref;
      return base ? { ...dayValue(base, true, part), names: undefined } : partialDayValue(undefined, undefined, undefined, part);
    };
  }),
];
