/**
 * Time expressions, found and normalized: every date, time, duration and set in a report, as the contract's
 * `times[]` entries, resolved against the publication date, the tense of the sentence, the last date the report
 * named and the zone of the place the sentence is about.
 *
 * The work is chrono-style: a list of parsers (each its own file) proposes candidates, a list of refiners merges
 * and extends them, and each surviving candidate is resolved in reading order so anaphora ("the same day") can
 * look back at the last date named.
 */
import type { Sentence, TimeMention } from "../../types.js";
import type { Candidate, Env, TimeParser, TimeRefiner } from "./candidate.js";
import { parseIsoDate, zoneOffsetOn, type CalDate } from "./calendar.js";
import { tenseAt } from "./tense.js";
import { chronoDates } from "./parsers/chrono.js";
import { deicticDays } from "./parsers/deictic.js";
import { relativeTimes } from "./parsers/relative.js";
import { periods } from "./parsers/periods.js";
import { durations } from "./parsers/durations.js";
import { sets } from "./parsers/sets.js";
import { vagueRefs } from "./parsers/vague.js";
import { anaphora } from "./parsers/anaphora.js";
import { holidayDays } from "./parsers/holidays.js";
import { thePeriods } from "./parsers/the-period.js";
import { dayPartsAlone } from "./parsers/day-part-alone.js";
import { quarterRefs } from "./parsers/quarter-refs.js";
import { localTime } from "./refiners/local-time.js";
import { dayParts } from "./refiners/day-part.js";
import { overlapRemoval } from "./refiners/overlap.js";
import { coordination } from "./refiners/coordination.js";
import { relativeToDate } from "./refiners/relative-to-date.js";
import { yearAfter } from "./refiners/year-after.js";

export { yearFromWeekday } from "./calendar.js";

export interface TimeContext {
  docId: string;
  /** The publication date (ISO date or instant). */
  published?: string;
  /** The IANA zone of the place sentence `sentenceIndex` is about. */
  zoneOf?: (sentenceIndex: number) => string | undefined;
}

/** The parsers, in no particular order: overlaps are settled by the refiners. */
export const timeParsers: TimeParser[] = [
  chronoDates, ...deicticDays, ...relativeTimes, ...periods, ...durations, ...sets, ...vagueRefs, ...anaphora, ...holidayDays,
  ...thePeriods, ...dayPartsAlone, ...quarterRefs,
];

/** The refiners, in order. */
export const timeRefiners: TimeRefiner[] = [localTime, dayParts, relativeToDate, yearAfter, overlapRemoval, coordination];

/** Finds the candidates of a text: every parser, then every refiner. */
export function findCandidates(text: string): Candidate[] {
  let candidates = timeParsers.flatMap((p) => p.find(text));
  for (const r of timeRefiners) candidates = r.refine(text, candidates);
  return candidates;
}

/** The sentence holding offset `at` (sentences sorted by start); a window of the text when none is given. */
function sentenceAt(text: string, sentences: Sentence[], at: number): { index: number; start: number; end: number } {
  let lo = 0, hi = sentences.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found >= 0 && at < sentences[found].end) return sentences[found];
  // no sentence given: the stretch between the nearest sentence-ending marks
  const back = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at));
  const fwd = [text.indexOf(". ", at), text.indexOf("\n", at)].filter((i) => i >= 0);
  return { index: found, start: back < 0 ? 0 : back + 1, end: fwd.length ? Math.min(...fwd) + 1 : text.length };
}

/** How far (characters) a named quarter stays the period "the quarter" and "a year earlier" refer to. */
const QUARTER_REACH = 1500;

/**
 * Whether a quarter just named becomes the quarter the report is about. A results report names its quarter in the
 * lead; a quarter named after it is most often a comparison ("after a flat second quarter") or a forecast ("a
 * fourth-quarter charge"), so the first one stays, unless it was history ("the third quarter of 1984") rather
 * than a quarter of this year or the last, or the new one heads another statement of results (a roundup of
 * several companies: "Separately, X reported third-quarter profit").
 */
function reportsQuarter(current: Env["quarter"], named: NonNullable<Env["quarter"]>, ref: CalDate | undefined, results: boolean): boolean {
  if (!current) return true;
  if (current.q === named.q && current.y === named.y) return true; // named again: it stays in reach
  // a roundup moves on to another company's results: "Separately, X reported third-quarter profit of ...";
  // a quarter not yet over ("the impact on fourth-quarter results") has no results to report
  if (results && ref && named.y !== undefined && named.y * 12 + 3 * named.q <= ref.y * 12 + ref.m - 1) return true;
  return !!ref && current.y !== undefined && current.y < ref.y - 1;
}

/** A quarter that heads a statement of results ("third-quarter profit", "second-quarter net income"). */
const RESULTS_AFTER = /^\s+(?:net|profit|profits|earnings|loss|losses|results|revenue|revenues|sales|income|operating|per-share)\b/i;

/** Every time expression in `text`, normalized. */
export function extractTimes(text: string, sentences: Sentence[], ctx: TimeContext): TimeMention[] {
  const ref = parseIsoDate(ctx.published);
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const out: TimeMention[] = [];
  let anchor: CalDate | undefined, anchorYear: number | undefined, anchorMonth: Env["anchorMonth"];
  let quarter: Env["quarter"], quarterAt = 0;
  for (const c of findCandidates(text)) {
    if (quarter && c.start - quarterAt > QUARTER_REACH) quarter = undefined;
    const sentence = sentenceAt(text, sorted, c.start);
    const zone = sentence.index >= 0 ? ctx.zoneOf?.(sentence.index) : undefined;
    const env: Env = {
      ref,
      tense: tenseAt(text, sentence.start, sentence.end, c.start, c.end),
      anchor,
      anchorYear,
      anchorMonth,
      quarter,
      localOffset: zone ? (day) => zoneOffsetOn(zone, day) : undefined,
    };
    const r = c.resolve(env);
    if (!r) continue;
    if (r.names) anchor = r.names;
    if (r.namesYear !== undefined) anchorYear = r.namesYear;
    if (r.namesMonth) anchorMonth = r.namesMonth;
    if (r.namesQuarter && reportsQuarter(quarter, r.namesQuarter, ref, RESULTS_AFTER.test(text.slice(c.end, c.end + 12)))) { quarter = r.namesQuarter; quarterAt = c.end; }
    out.push({ span: { doc: ctx.docId, start: c.start, end: c.end }, value: { ...r.value, text: text.slice(c.start, c.end) }, kind: r.kind });
  }
  return out;
}
