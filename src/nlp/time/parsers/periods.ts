/**
 * Calendar periods longer than a day: years ("in 1989", "fiscal 1989"), decades ("the 1990s", "the '80s"),
 * centuries, quarters ("the third quarter", "third-quarter", "Q3 2021"), halves, seasons ("last fall") and months
 * named alone or with an edge ("April", "late November", "mid-November", "the end of March 1990").
 */
import type { Env, Resolved, TimeParser } from "../candidate.js";
import { MONTH_FULL, ORDINAL, SEASON, monthOf, numberValue, ordinalValue, seasonOf } from "../lexicon.js";
import {
  centuryValue, decadeValue, halfValue, monthValue, quarterOf, quarterValue, resolveYearOfMonth, seasonValue, yearValue,
  type Season,
} from "../values.js";
import type { CalDate } from "../calendar.js";
import { after, before, regexParser } from "./regex.js";

const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d)`;
const SPOKEN_UNITS = "one|two|three|four|five|six|seven|eight|nine";
const SPOKEN_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const SPOKEN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const spokenNumber = (w: string): number => numberValue(w) ?? 0;
const EDGE = String.raw`(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|the rest of)[\s-]+)?`;

/** Words before a four-digit number that make it a count, not a year ("more than 2000 troops"). */
const COUNT_BEFORE = /(?:\$|€|£|about|some|nearly|almost|than|over|under|approximately|roughly|around|no\.|number|flight|route|page|to|and|by|of|least|with)\s*$/i;

function yearFollowsCount(text: string, index: number, end: number): boolean {
  const prev = before(text, index, 25);
  const next = after(text, end, 20);
  if (/^\s*(?:%|percent|per cent|people|troops|soldiers|men|women|children|tons|tonnes|km|miles|metres|meters|feet|dollars|euros|pounds|[-–]\d|\.\d|,\d{3})/i.test(next)) return true;
  if (/(?:in|since|of|by|until|till|from|to|during|before|after|through|fiscal|year|and|early|late|mid|spring|summer|fall|autumn|winter|,)\s*$/i.test(prev)) return false;
  return COUNT_BEFORE.test(prev);
}

/** The year of quarter q written without one: the latest such quarter not after the current one (past) or the next (future). */
function quarterYear(ref: CalDate, q: number, env: Env): number {
  // results are reported for quarters already begun: a later quarter is last year's unless the clause looks ahead
  if (q <= quarterOf(ref)) return ref.y;
  return env.tense === "future" ? ref.y : ref.y - 1;
}

const quarterNumber = (w: string): number | undefined => {
  const n = ordinalValue(w.toLowerCase().replace(/-$/, ""));
  return n !== undefined && n >= 1 && n <= 4 ? n : undefined;
};

/**
 * The year of a season named without one: the latest begun by month `m` of year `y`, or the next one when `ahead`.
 * A winter straddles two years; news dates it by the year of its January and February, so it is this year's.
 */
function seasonYear(y: number, m: number, s: Season, ahead: boolean): number {
  if (s === "WI") return y;
  const start = { SP: 3, SU: 6, FA: 9 }[s];
  if (!ahead) return m >= start ? y : y - 1;
  return m <= start + 2 ? y : y + 1;
}

export const periods: TimeParser[] = [
  // "the third quarter (of 1989)", "third-quarter", "the fiscal first quarter", "this year's third quarter", "Q3 2021"
  regexParser(
    "quarter",
    String.raw`(?:(?:the|its|this year's|last year's|next year's|(${YEAR})(?:'s)?)\s+)?(?:(?:fiscal|calendar)[\s-]+)?(${ORDINAL})[\s-]+(?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(${YEAR}))?|Q([1-4])\s+(${YEAR})`,
    6,
    (m) => {
      const q = m[5] ? Number(m[5]) : quarterNumber(m[2] ?? "");
      if (!q) return undefined;
      const stated = m[1] ?? m[3] ?? m[6];
      const lastYear = /last year's/i.test(m[0]);
      const nextYear = /next year's/i.test(m[0]);
      return (env: Env) => {
        if (stated) return quarterValue(Number(stated), q);
        if (!env.ref) return quarterValue(undefined, q);
        if (/this year's/i.test(m[0])) return quarterValue(env.ref.y, q);
        if (lastYear) return quarterValue(env.ref.y - 1, q);
        if (nextYear) return quarterValue(env.ref.y + 1, q);
        return quarterValue(quarterYear(env.ref, q, env), q);
      };
    },
  ),
  // "the quarter", "the latest quarter", "the most recent quarter": the quarter being reported
  // "that quarter": the quarter named last; "that period" is too often any stretch of time to be read so
  regexParser("the-quarter", String.raw`(?:the|this)\s+(latest|most recent|current|just-ended|just ended|recent)?\s*(?:fiscal\s+)?(?:quarter|period)(?!-)|that\s+quarter(?!-)`, 5, (m) => (env: Env) => {
    const latest = !!m[1] && !/current/i.test(m[1]);
    if (/period/i.test(m[0]) && !env.quarter && !latest) return undefined;
    if (/^that/i.test(m[0]) && !env.quarter) return undefined;
    // "the latest period" of a results report is the quarter it named ("the fourth quarter ended Sept. 30"), which
    // for a fiscal year is not the last calendar quarter
    if (env.quarter) {
      const named = quarterValue(env.quarter.y ?? env.ref?.y, env.quarter.q);
      return { ...named, value: { ...named.value, inferred: true } };
    }
    if (!env.ref) return quarterValue(undefined, 1);
    const index = env.ref.y * 4 + quarterOf(env.ref) - 2; // the last complete quarter
    return quarterValue(Math.floor(index / 4), (index % 4) + 1);
  }),
  // "the first half (of 1990)", "the second half"
  // "the first two quarters of 1990": the same half, counted in quarters
  regexParser(
    "half",
    String.raw`the\s+(first|second|last)\s+(?:half|two\s+quarters)(?:\s+of\s+(?:this year|(?:fiscal\s+)?(${YEAR})|the\s+(?:(1[6-9]\d0|20\d0)'?s|'(\d0)s)))?`,
    5,
    (m) => {
      const h = m[1].toLowerCase() === "first" ? 1 : 2;
      // "the last half of the '80s" is a part of the decade, which TimeML values as the decade
      if (m[3] || m[4]) return () => decadeValue(m[3] ? Number(m[3]) : 1900 + Number(m[4]));
      return (env: Env) => halfValue(m[2] ? Number(m[2]) : env.ref?.y, h);
    },
  ),
  // "fiscal 1989", "fiscal year 1990", "1989", "in 1989", "early 1990", "the end of 1990"
  regexParser("year", String.raw`(?:(?:post|pre)-)?${EDGE}(?:fiscal\s+(?:year\s+)?)?(${YEAR})(?!\s*[-–/]\s*\d)(?!'s|s\b)`, 4, (m, text) => {
    const edge = /^(?:early|late|mid|the|post-|pre-)/i.test(m[0]);
    if (!edge && !/^fiscal/i.test(m[0]) && yearFollowsCount(text, m.index, m.index + m[0].length)) return undefined;
    const y = Number(m[1]);
    return () => yearValue(y);
  }),
  // years spelled out, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven"
  regexParser(
    "spoken-year",
    String.raw`(?:(${MONTH_FULL})\s+|the\s+year\s+|(?:the\s+)?(${SEASON})\s+of\s+)?(?:nineteen\s+(${SPOKEN_TENS})(?:[- ](${SPOKEN_UNITS}))?|nineteen\s+(${SPOKEN_TEENS})|two\s+thousand(?:\s+(?:and\s+)?(${SPOKEN_UNITS}))?)`,
    5,
    (m, text) => {
      // groups: 1 month, 2 season ("the winter of nineteen ninety-four"), 3 tens, 4 units, 5 teens, 6 units after 2000
      const tens = m[3] ? spokenNumber(m[3]) : 0, units = m[4] ? spokenNumber(m[4]) : 0;
      // "two thousand and five people" is a count: the 2000s need a month, "the year" or a preposition of time
      if (!m[3] && !m[5] && !m[1] && !m[2] && !/^the/i.test(m[0]) && !/(?:in|by|since|until|of|from|to)\s+$/i.test(before(text, m.index, 8))) return undefined;
      const y = m[3] ? 1900 + tens + units : m[5] ? 1900 + spokenNumber(m[5]) : 2000 + (m[6] ? spokenNumber(m[6]) : 0);
      const month = m[1] ? monthOf(m[1]) : undefined;
      const season = m[2] ? seasonOf(m[2]) : undefined;
      return () => (month ? monthValue(y, month) : season ? seasonValue(y, season) : yearValue(y));
    },
  ),
  // "the 1990s", "the '80s", "the mid-1990s", "the nineties"
  regexParser(
    "decade",
    String.raw`(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(1[6-9]\d0|20\d0)'?s|'(\d0)s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`,
    5,
    (m) => {
      const words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
      const first = m[1] ? Number(m[1]) : m[2] ? 1900 + Number(m[2]) : 1920 + 10 * words.indexOf(m[3].toLowerCase());
      return () => decadeValue(first);
    },
  ),
  // "the 20th century", "the nineteenth century"
  regexParser("century", String.raw`(?:the\s+)?(${ORDINAL})[\s-]+century`, 5, (m) => {
    const n = ordinalValue(m[1]);
    if (!n || n > 21) return undefined;
    return () => centuryValue((n - 1) * 100);
  }),
  // "last fall", "this summer", "the spring of 1990", "winter 1998", "this past spring", "over the summer"
  regexParser(
    "season",
    String.raw`(?:(last|this past|this coming|this|next|the|early|late|(?<=\b(?:in|during|over|since|until|by|through)\s))\s*)?(${SEASON})(?:\s+(?:of\s+)?(${YEAR}))?`,
    5,
    (m, text) => {
      const mod = m[1]?.toLowerCase();
      const word = m[2].toLowerCase();
      // a bare season needs a preposition of time before it; "fall" alone is usually the verb, "spring" a noun
      if (mod === undefined && !m[3]) return undefined;
      if (!m[3] && /^\s+of\b/i.test(after(text, m.index + m[0].length, 5))) return undefined; // "the winter of nineteen ninety-four": the year parsers'

      if (mod === "" && (word === "fall" || !/^[a-z]/.test(m[2]))) return undefined;
      if (mod === "the" && !m[3] && word === "fall" && !/\b(?:in|during|over|since|until|by|through)\s+$/i.test(before(text, m.index, 10))) return undefined;
      const s = seasonOf(m[2]) as Season;
      return (env: Env) => {
        if (m[3]) return seasonValue(Number(m[3]), s);
        if (!env.ref) return seasonValue(undefined, s);
        if (mod === "last" || mod === "next") return seasonValue(env.ref.y + (mod === "last" ? -1 : 1), s);
        if (mod === "this") return seasonValue(env.ref.y, s);
        // "this past spring", "over the summer": the latest such season begun by the publication date; ahead when the clause looks ahead
        const ahead = mod === "this coming" || (mod !== "this past" && env.tense === "future");
        return seasonValue(seasonYear(env.ref.y, env.ref.m, s, ahead), s);
      };
    },
  ),
  // "April", "last November", "late November", "mid-November", "the end of March 1990", "August 1988", "this September"
  regexParser(
    "month",
    String.raw`(?:(last|next|this|early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)[\s-]+)?(${MONTH_FULL}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:,?\s+(?:of\s+)?(${YEAR}))?`,
    4,
    (m, text) => {
      const name = m[2];
      if (!/^[A-Z]/.test(name)) return undefined; // "march", "may" in lower case are words, not months
      if (/^May$/.test(name) && !m[1] && !m[3] && !/(?:in|since|until|by|of|from|to|during|early|late|mid)\s+$/i.test(before(text, m.index, 12))) return undefined;
      if (/^March$/.test(name) && !m[1] && !m[3] && /^\s+(?:on|to|through|in|against)\b/i.test(after(text, m.index + m[0].length, 12))) return undefined;
      if (!m[3] && /^\s*\d{1,2}(?!\d)/.test(after(text, m.index + m[0].length, 6))) return undefined; // "Oct. 23": a day, chrono's
      const month = monthOf(name)!;
      const mod = m[1]?.toLowerCase();
      const modifier = mod === "last" || mod === "next" || mod === "this" ? mod : undefined;
      return (env: Env): Resolved => {
        if (m[3]) return monthValue(Number(m[3]), month);
        if (!env.ref) return monthValue(undefined, month);
        return monthValue(resolveYearOfMonth(env.ref, month, env.tense, modifier), month);
      };
    },
  ),
];
