/**
 * The tense of the clause around a time expression, read from the nearest verb cue: future cues ("will",
 * "is set to", "plans to") and past cues ("said", "was", "-ed"). News reports in the past unless told otherwise.
 */
import type { Tense } from "./candidate.js";

const FUTURE = /\b(?:will|won't|wo n't|shall|'ll|going to|is to|are to|plans? to|planned|planning|scheduled|expected to|expects? to|due to|set to|would|to be held|intends? to|hopes? to|next|upcoming|until|by)\b/gi;
const PAST = /\b(?:said|says|was|were|had|did|ago|told|went|came|took|made|gave|met|began|held|left|fell|rose|won|lost|got|saw|sold|bought|paid|sent|spent|led|struck|fought|broke|brought|found|became|ran|wrote|spoke|thought|kept|announced|since|last|earlier|[a-z]{3,}ed)\b/gi;
const PRESENT = /\b(?:is|are|am|has|have|do|does)\b/gi;

function nearest(re: RegExp, clause: string, at: number): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    const d = m.index < at ? at - (m.index + m[0].length) : m.index - at;
    if (d < best) best = d;
  }
  return best;
}

/**
 * The tense governing the expression at [start, end) of `text`, looking only inside [from, to) (its sentence).
 * The expression's own words are blanked out so "next Monday" or "last week" do not vote for themselves.
 */
export function tenseAt(text: string, from: number, to: number, start: number, end: number): Tense {
  const clause = text.slice(from, start) + " ".repeat(end - start) + text.slice(end, to);
  const at = start - from;
  const future = nearest(FUTURE, clause, at);
  const past = nearest(PAST, clause, at);
  const present = nearest(PRESENT, clause, at);
  if (future < past && future <= present + 20) return "future";
  if (past < Infinity && past <= present + 30) return "past";
  if (present < Infinity) return "present";
  return "past";
}
