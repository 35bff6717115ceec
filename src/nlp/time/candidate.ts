/** The shapes the time parsers and refiners pass along. */
import type { TimeKind, TimeValue } from "../../types.js";
import type { CalDate } from "./calendar.js";

export type Tense = "past" | "present" | "future";

/** What an expression needs from its surroundings to be normalized. */
export interface Env {
  /** The publication date, when known. */
  ref?: CalDate;
  /** The tense of the clause the expression sits in. */
  tense: Tense;
  /** The last calendar date the report named before this expression (for "the same day"). */
  anchor?: CalDate;
  /** The last year the report named (by a date, a month or a year), for "that year". */
  anchorYear?: number;
  /** The last month the report named (by a date or a month), for "the following month". */
  anchorMonth?: { y: number; m: number };
  /** The last quarter the report named ("the third quarter"), for "the quarter", "a year earlier". */
  quarter?: { y?: number; q: number };
  /** UTC offset (minutes east) of the place the sentence is about, on a given date. */
  localOffset?: (c: CalDate) => number | undefined;
}

/** A normalized value before the surface text is attached. */
export interface Resolved {
  kind: TimeKind;
  value: Omit<TimeValue, "text">;
  /** The calendar date this expression names, which later anaphora ("the same day") refer back to. */
  names?: CalDate;
  /** The year this expression names. */
  namesYear?: number;
  /** The month this expression names. */
  namesMonth?: { y: number; m: number };
  /** The quarter this expression names. */
  namesQuarter?: { y?: number; q: number };
}

/** A time expression found in the text, not yet normalized. */
export interface Candidate {
  start: number;
  end: number;
  /** The parser that found it (for debugging and tie-breaks). */
  source: string;
  /** Higher wins when two candidates cover the same span. */
  priority: number;
  resolve(env: Env): Resolved | undefined;
}

/** A parser: finds candidates in the whole text. */
export interface TimeParser {
  name: string;
  find(text: string): Candidate[];
}

/** A refiner: rewrites the list of candidates (merging, extending, dropping). */
export interface TimeRefiner {
  name: string;
  refine(text: string, candidates: Candidate[]): Candidate[];
}
