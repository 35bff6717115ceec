/**
 * When an event happened, as opposed to when it was reported: the date or time expression that governs it in its
 * sentence (the nearest one; a time opening the sentence, "The same day, …", governs all of it), else the last one
 * named in the sentences just before it, else the first in the sentence after (both marked inferred).
 */
import type { TimeMention, TimeValue } from "../types.js";
import type { SentenceView } from "./context.js";

/** Points and dates only: durations ("four days") and sets ("every hour") do not date an event. */
const datesEvent = (t: TimeMention) => t.kind === "date" || t.kind === "time";

export interface TimeIndex {
  bySentence: TimeMention[][];
  /** The report was dated from its story, so times placed by that date are guesses. */
  guessedDate: boolean;
}

export function timeIndex(times: TimeMention[], views: SentenceView[], guessedDate = false): TimeIndex {
  const bySentence: TimeMention[][] = views.map(() => []);
  const sorted = [...times].filter(datesEvent).sort((a, b) => a.span.start - b.span.start);
  let s = 0;
  for (const t of sorted) {
    while (s < views.length && views[s].end <= t.span.start) s++;
    if (s < views.length && t.span.start >= views[s].start) bySentence[s].push(t);
  }
  return { bySentence, guessedDate };
}

/** "since four days ago", "until Friday": a time that bounds a stretch is not the moment of the event. */
function bounds(text: string, t: TimeMention): boolean {
  return /\b(since|until|till|by|before|from)\s+$/i.test(text.slice(Math.max(0, t.span.start - 8), t.span.start));
}

/** "died since the invasion began four days ago": a "since" between the event and the time dates something else. */
function sinceBetween(text: string, t: TimeMention, at: number): boolean {
  const between = t.span.start > at ? text.slice(at, t.span.start) : text.slice(t.span.end, at);
  return /\b(since|until)\b/i.test(between);
}

/** "The ministry on Monday said that forces are on alert": a time before the verb of saying dates the saying. */
function datesTheReport(text: string, t: TimeMention, at: number): boolean {
  return t.span.end <= at && /\b(said|says|told|announced|stated|reported|confirmed|added|claimed)\b/i.test(text.slice(t.span.end, at));
}

export function eventTime(text: string, idx: TimeIndex, sentence: number, at: number): TimeValue | undefined {
  const own = idx.bySentence[sentence]?.filter((t) => !bounds(text, t) && !sinceBetween(text, t, at) && !datesTheReport(text, t, at)) ?? [];
  if (own.length) {
    const nearest = own.reduce((best, t) => (distance(t, at) < distance(best, at) ? t : best));
    // stated in the event's own sentence, even if anaphoric ("the same day") — unless only a guessed date placed it
    return { ...nearest.value, inferred: idx.guessedDate && nearest.value.inferred };
  }
  for (let s = sentence - 1; s >= Math.max(0, sentence - 3); s--) {
    const list = idx.bySentence[s]?.filter((t) => !bounds(text, t));
    if (list?.length) return { ...list[list.length - 1].value, inferred: true };
  }
  const next = idx.bySentence[sentence + 1]?.filter((t) => !bounds(text, t));
  if (next?.length) return { ...next[0].value, inferred: true };
  return undefined;
}

const distance = (t: TimeMention, at: number) => (t.span.end <= at ? at - t.span.end : t.span.start - at);
