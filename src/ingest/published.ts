/**
 * When a report was published, read from its own words when no metadata says so.
 * News text dates itself in a few ways: a dateline or "Published/Updated" line with a full date; a weekday with a
 * day and month ("on Monday, 28 February"), which fixes the year (the most recent year, not after today, in which
 * that day fell on that weekday); "today, February 27", which fixes the day but not the year. A report that only
 * fixes the day takes its year from other reports analysed or stored with it (see `dateFromContext`).
 */

import { yearFromWeekday } from "../nlp/time/calendar.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?)(?:day)?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

/** What the text says about its own publication date. */
export interface TextDate {
  /** ISO date (YYYY-MM-DD) when the year is known. */
  date?: string;
  /** Month and day when only they are known ("today, February 27"): the year comes from context. */
  month?: number;
  day?: number;
  /** Which rule found it, for the record. */
  rule: string;
}

const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(".", "").slice(0, 3)));
const weekdayIndex = (name: string): number => WEEKDAYS.findIndex((w) => w.startsWith(name.toLowerCase().slice(0, 3)));
const iso = (y: number, m: number, d: number): string => `${y}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const validDay = (y: number, m: number, d: number): boolean => new Date(Date.UTC(y, m, d)).getUTCDate() === d && d >= 1;

interface Rule {
  name: string;
  find(text: string, today: Date, stamps: string[]): TextDate | undefined;
}

/** Full dates: "February 27, 2022", "27 February 2022", "2022-02-27". */
function fullDates(text: string): { date: string; index: number }[] {
  const found: { date: string; index: number }[] = [];
  const patterns: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
    [new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+(\d{4})\b`, "gi"), (m) => [+m[3], monthIndex(m[1]), +m[2]]],
    [new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, "gi"), (m) => [+m[3], monthIndex(m[2]), +m[1]]],
    [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => [+m[1], +m[2] - 1, +m[3]]],
  ];
  for (const [re, parts] of patterns) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [y, mo, d] = parts(m);
      if (mo >= 0 && y > 1900 && validDay(y, mo, d)) found.push({ date: iso(y, mo, d), index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const RULES: Rule[] = [
  {
    name: "dateline: a full date on a Published/Updated line or at the top of the report",
    find(text, today, stamps) {
      const labelled = text.match(new RegExp(String.raw`(?:published|posted|updated|first published|last updated)\s*(?:on|:)?\s*[^\n]{0,40}`, "i"));
      const notFuture = (x: { date: string }) => x.date <= iso(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
      for (const area of [...stamps, labelled?.[0] ?? ""]) {
        const d = fullDates(area).find(notFuture);
        if (d) return { date: d.date, rule: this.name };
      }
      // At the top of the report a date opens its line ("March 3, 2023 — The council…", "KYIV, Feb. 27, 2022 (Reuters) –");
      // a date deep inside a sentence is what the report is about ("…the crimes he committed on March 11, 2005").
      // A date that names its weekday ("on Saturday December 13 2008") is news of the week, wherever it stands.
      for (const line of text.slice(0, 400).split("\n")) {
        const d = fullDates(line).find((x) => notFuture(x) && (wordsBefore(line, x.index) <= 4 || weekdayBefore(line, x)));
        if (d) return { date: d.date, rule: this.name };
      }
      return undefined;
    },
  },
  {
    name: "'today' with a full date",
    find(text) {
      const re = new RegExp(String.raw`\btoday,?\s+(?:${WEEKDAY},?\s+)?(?:${MONTH}\s+${DAY}|${DAY}\s+${MONTH}),?\s+(\d{4})`, "i");
      const m = text.match(re);
      if (!m) return undefined;
      const d = fullDates(m[0])[0];
      return d ? { date: d.date, rule: this.name } : undefined;
    },
  },
  {
    name: "a weekday with day and month fixes the year",
    find(text, today) {
      const res = [
        new RegExp(String.raw`\b${WEEKDAY},?\s+${DAY}\s+(?:of\s+)?${MONTH}(?!,?\s+\d{4})`, "gi"),
        new RegExp(String.raw`\b${WEEKDAY},?\s+${MONTH}\s+${DAY}\b(?!,?\s+\d{4})`, "gi"),
      ];
      const hits: { date: string; index: number }[] = [];
      res.forEach((re, k) => {
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const [wd, mo, d] = k === 0 ? [m[1], m[3], +m[2]] : [m[1], m[2], +m[3]];
          const year = yearFromWeekday(d, monthIndex(mo) + 1, weekdayIndex(wd), today);
          if (year !== undefined) hits.push({ date: iso(year, monthIndex(mo), d), index: m.index });
        }
      });
      // The latest such date is the report's "now": earlier ones are background.
      const latest = hits.sort((a, b) => (a.date < b.date ? 1 : -1))[0];
      return latest ? { date: latest.date, rule: this.name } : undefined;
    },
  },
  {
    name: "'today' with day and month fixes the day",
    find(text) {
      const re = new RegExp(String.raw`\b(?:today|tonight|this (?:morning|afternoon|evening)),?\s+(?:${WEEKDAY},?\s+)?(?:${MONTH}\s+${DAY}|${DAY}\s+${MONTH})\b`, "i");
      const m = text.match(re);
      if (!m) return undefined;
      const month = monthIndex(m[2] ?? m[5]);
      const day = Number(m[3] ?? m[4]);
      return month >= 0 && day >= 1 && day <= 31 ? { month, day, rule: this.name } : undefined;
    },
  },
];

/** Whether the weekday written just before a date ("Saturday, December 13 2008") is that date's weekday. */
function weekdayBefore(line: string, x: { date: string; index: number }): boolean {
  const m = new RegExp(String.raw`\b${WEEKDAY},?\s*$`, "i").exec(line.slice(0, x.index));
  return !!m && new Date(x.date + "T00:00:00Z").getUTCDay() === weekdayIndex(m[1]);
}

const wordsBefore = (line: string, index: number): number => (line.slice(0, index).match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * The publication date the report's own words give, or what they give of it. `stamps` are the date and time lines
 * cleaning took out of the text ("Published: 27 February 2022"): the strongest evidence there is.
 */
export function dateFromText(text: string, today: Date = new Date(), stamps: string[] = []): TextDate | undefined {
  for (const rule of RULES) {
    const found = rule.find(text, today, stamps);
    if (found) return found;
  }
  return undefined;
}

/** A document whose year is unknown, and the years of the dated documents that share names with it. */
export interface ContextCandidate {
  names: Set<string>;
  date?: string;
}

/**
 * The year for a report that fixes only its day and month, from the dated reports that name the same people and
 * places (the one sharing the most capitalised names wins; among equals, the date nearest the day).
 */
export function yearFromContext(partial: { month: number; day: number }, names: Set<string>, others: ContextCandidate[]): number | undefined {
  let best: { year: number; overlap: number; distance: number } | undefined;
  for (const o of others) {
    if (!o.date) continue;
    const overlap = [...names].filter((n) => o.names.has(n)).length;
    if (overlap < 2) continue;
    const year = Number(o.date.slice(0, 4));
    // The report is about the same days: pick the year that puts the day nearest the other report's date.
    const candidates = [year - 1, year, year + 1].map((y) => ({ y, distance: Math.abs(Date.UTC(y, partial.month, partial.day) - Date.parse(o.date!.slice(0, 10))) }));
    const near = candidates.sort((a, b) => a.distance - b.distance)[0];
    if (!best || overlap > best.overlap || (overlap === best.overlap && near.distance < best.distance)) best = { year: near.y, overlap, distance: near.distance };
  }
  return best?.year;
}

/** Capitalised names of a text (not sentence-initial function words), for the context overlap. */
export function capitalisedNames(text: string): Set<string> {
  const names = new Set<string>();
  const re = /\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[0].replace(/['’]s$/, "");
    if (name.length > 2 && !STOP_CAPS.has(name.toLowerCase())) names.add(name.toLowerCase());
  }
  return names;
}

const STOP_CAPS = new Set([
  "the", "this", "that", "these", "those", "there", "they", "then", "when", "while", "however", "but", "and", "after", "before",
  "as", "in", "on", "at", "it", "its", "he", "she", "we", "his", "her", "our", "their", "news", "advert", "topics", "monday",
  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", ...MONTHS, "president", "minister", "if", "for", "with",
]);
