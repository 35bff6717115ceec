/**
 * chrono-node's English grammar for calendar dates ("February 27", "Monday, 28 February", "Oct. 15, 1999"),
 * weekdays and clock times ("5.00pm", "9 a.m. EST"). Only the parts of a date the text states are taken from
 * chrono; the year, the weekday's date and the clock's day are filled in by Dossier's news conventions
 * (tense, publication date, the last date named), not by chrono's guesses. The US (middle-endian) parser is
 * used on purpose: chrono's en-GB parser reads "February 27" as the year 2027.
 */
import { createRequire } from "node:module";
import type { Chrono, ParsedResult } from "chrono-node/en";
import type { Candidate, Env, Resolved, Tense, TimeParser } from "../candidate.js";
import {
  clockValue, dayValue, monthValue, partialDayValue, resolveWeekday, resolveYearOfDay, resolveYearOfMonth, weekdayOnlyValue,
} from "../values.js";
import type { CalDate } from "../calendar.js";

// chrono's own relative parsers ("4 days ago", "within 3 days") and its range merging are left out: Dossier's
// relative parsers keep the precision honest, and an interval is given as its two endpoints.
const droppedParsers = new Set(["ENTimeUnitWithinFormatParser", "ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser"]);
const droppedRefiners = new Set(["ENMergeDateRangeRefiner"]);

let parser: Chrono | undefined;
/** Built on first use: chrono's grammar is loaded only when a text is parsed, not when Dossier starts. */
function chronoParser(): Chrono {
  if (parser) return parser;
  const { Chrono, configuration } = createRequire(import.meta.url)("chrono-node/en") as typeof import("chrono-node/en");
  const cfg = configuration.createConfiguration(false, false);
  cfg.parsers = cfg.parsers.filter((p) => !droppedParsers.has(p.constructor.name));
  cfg.refiners = cfg.refiners.filter((r) => !droppedRefiners.has(r.constructor.name));
  return (parser = new Chrono(cfg));
}

/** A clock time must say it is one: "5pm", "10:35", "noon", a zone; a bare number ("at 5") is not enough. */
const CLOCK_EVIDENCE = /\d\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\d[:.]\d\d\s*(?:a\.?m|p\.?m|GMT|UTC|[A-Z]{2,4}T\b|h\b|hrs?\b|local)|\d:\d\d|\bnoon\b|\bmidnight\b|o'clock/i;

/**
 * "Wednesday's ruling", "Friday's close": a weekday in the possessive names a happening the report looks back on,
 * whatever modal the clause uses ("they would fight Wednesday's ruling"), unless the words before it look ahead.
 */
const POSSESSIVE_AFTER = /^['’]s\s/;
const AHEAD_BEFORE = /\b(?:ahead\s+of|until|till|awaits?|awaited|awaiting|upcoming|next|for)\s+(?:the\s+)?$/i;

function toCandidate(r: ParsedResult, source: string): Candidate | undefined {
  const s = r.start;
  const has = (c: Parameters<typeof s.isCertain>[0]) => s.isCertain(c);
  if (has("hour") && !CLOCK_EVIDENCE.test(r.text)) {
    if (!has("day") && !has("weekday") && !has("month")) return undefined;
  }
  if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim()) || /\d\s+\d+\/\d+/.test(r.text)) return undefined; // "1/2", "12 3/4": fractions, not dates
  // a weekday alone must be written out: "Sun" is more often a newspaper or a company than Sunday
  if (has("weekday") && !has("day") && !has("hour") && !/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i.test(r.text)) return undefined;
  if (/^\d{1,2}\s*[-–]\s*\d{1,2}$/.test(r.text.trim())) return undefined; // a score, not a date
  const text = r.text.replace(/[\s,)]+$/, "");
  const lead = text.match(/^(?:on|at|in|from|by|since|until|the)\s+/i)?.[0].length ?? 0; // prepositions are not part of the expression
  const modifier = text.slice(lead).match(/^(last|next|this|past|coming)\s/i)?.[1].toLowerCase();
  const hasClock = has("hour") && CLOCK_EVIDENCE.test(r.text);
  // "last Oct. 23" looks back, "next June 1" ahead, whatever the clause's tense
  const end = r.index + text.length;
  const lookedBack = has("weekday") && !has("day") && !modifier && POSSESSIVE_AFTER.test(source.slice(end, end + 3)) &&
    !AHEAD_BEFORE.test(source.slice(Math.max(0, r.index - 20), r.index));
  const direction: Tense | undefined = modifier === "last" || modifier === "past" || lookedBack ? "past" : modifier === "next" || modifier === "coming" ? "future" : undefined;
  const resolve = (clauseEnv: Env): Resolved | undefined => {
    const env = direction ? { ...clauseEnv, tense: direction } : clauseEnv;
    let date: CalDate | undefined, inferredDate = false;
    let partial: Resolved | undefined;
    if (has("day") && has("month")) {
      const m = s.get("month")!, d = s.get("day")!;
      const y = has("year") ? s.get("year")! : env.ref ? resolveYearOfDay(env.ref, m, d, env.tense) : undefined;
      if (y === undefined) partial = partialDayValue(undefined, m, d);
      else date = { y, m, d };
    } else if (has("weekday")) {
      const mod = modifier === "past" ? "last" : modifier === "coming" ? "next" : (modifier as "last" | "next" | "this" | undefined);
      if (env.ref) date = resolveWeekday(env.ref, s.get("weekday")!, env.tense, mod);
      else partial = weekdayOnlyValue(s.get("weekday")!);
    } else if (has("month") && !hasClock) {
      const m = s.get("month")!;
      const y = has("year") ? s.get("year")! : env.ref ? resolveYearOfMonth(env.ref, m, env.tense) : undefined;
      return monthValue(y, m);
    } else if (hasClock) {
      date = env.anchor ?? env.ref;
      inferredDate = true;
    } else return undefined;
    if (!hasClock) return partial ?? dayValue(date!);
    const offset = has("timezoneOffset") ? s.get("timezoneOffset") ?? undefined : undefined;
    return clockValue(date, s.get("hour")!, s.get("minute") ?? 0, offset, inferredDate);
  };
  return { start: r.index + lead, end, source: "chrono", priority: 5, resolve };
}

export const chronoDates: TimeParser = {
  name: "chrono",
  find(text: string): Candidate[] {
    // chrono is given a fixed reference: every value it implies is recomputed in context by `resolve`
    let results: ParsedResult[];
    try {
      results = chronoParser().parse(text, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, { forwardDate: false });
    } catch {
      return []; // a grammar failure on odd input must not lose the other parsers' findings
    }
    return results.map((r) => toCandidate(r, text)).filter((c): c is Candidate => c !== undefined);
  },
};
