/** Words the time parsers share: numbers, units, months, weekdays, parts of the day, seasons. */
import type { DayPart, DurationUnit, Season } from "./values.js";

const smallNumbers: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, single: 1,
};

/** Regex source for a count: digits, "1 1/2", number words and hyphenated tens ("twenty-five"). */
export const NUMBER = String.raw`(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|a dozen|a|an|hundred|single)`;

/** The value of a count written as NUMBER matches it. */
export function numberValue(s: string): number | undefined {
  const w = s.toLowerCase().trim();
  const half = w.match(/^(\d+)\s+1\/2$/);
  if (half) return Number(half[1]) + 0.5;
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w === "a hundred") return 100;
  if (w === "a dozen") return 12;
  const parts = w.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const v = smallNumbers[p];
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/** Ordinals as words and digits: "third", "3rd". */
const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21, thirtieth: 30, hundredth: 100,
};
export const ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|thirtieth|hundredth)`;
export function ordinalValue(s: string): number | undefined {
  const w = s.toLowerCase();
  const m = w.match(/^(\d+)(st|nd|rd|th)$/);
  return m ? Number(m[1]) : ordinals[w];
}

/** Unit words, singular or plural, as a regex source, and their unit. */
export const UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)`;
export function unitOf(word: string): DurationUnit | undefined {
  const w = word.toLowerCase().replace(/s$/, "");
  if (w === "centurie" || w === "century") return "century";
  return (["second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade"] as const).find((u) => u === w);
}

export const MONTH = String.raw`(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)`;
export const MONTH_FULL = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "").slice(0, 3);
  const i = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(w);
  return i < 0 ? undefined : i + 1;
}

export const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
/** 0 = Sunday … 6 = Saturday. */
export function weekdayIndex(word: string): number | undefined {
  const i = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].indexOf(word.toLowerCase().slice(0, 3));
  return i < 0 ? undefined : i;
}

export const DAYPART = String.raw`(?:morning|afternoon|evening|night|overnight)`;
export function dayPartOf(word: string): DayPart | undefined {
  const w = word.toLowerCase();
  if (w.includes("morning")) return "MO";
  if (w.includes("afternoon")) return "AF";
  if (w.includes("evening")) return "EV";
  if (w.includes("night")) return "NI";
  return undefined;
}

export const SEASON = String.raw`(?:spring|summer|fall|autumn|winter)`;
export function seasonOf(word: string): Season | undefined {
  const w = word.toLowerCase();
  return w === "spring" ? "SP" : w === "summer" ? "SU" : w === "fall" || w === "autumn" ? "FA" : w === "winter" ? "WI" : undefined;
}
