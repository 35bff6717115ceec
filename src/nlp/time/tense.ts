/**
 * The tense of the clause around a time expression, read from the nearest verb cue: future cues ("will",
 * "is set to", "plans to") and past cues ("said", "was", "-ed"). News reports in the past unless told otherwise.
 */
import type { Tense } from "./candidate.js";

const FUTURE = /\b(?:will|won't|wo n't|shall|'ll|would|could|might|going to|is to|are to|plans?|planned|planning|scheduled|expected to|expects? to|due to|set to|to be held|intends? to|hopes? to|next(?! to)|upcoming|as soon as|until|deadline|postponed|delayed|tomorrow)\b/gi;
const PAST = /\b(?:said|says|was|were|had|did|ago|told|went|came|took|made|gave|met|began|held|left|fell|rose|won|lost|got|saw|sold|bought|paid|sent|spent|led|struck|fought|broke|brought|found|became|ran|wrote|spoke|thought|kept|since|last|earlier)\b|\b(?!(?:hundr|ne|inde|spe|fe|proce|succe|exce|sh|se|bre|gre|fre|embe|sacr|kindr|wicked|nak|wretch|rugg|crook|belov|ag)ed\b)[a-z]{2,}ed\b/g;
const PRESENT = /\b(?:is|are|am|has|have|do|does)\b/gi;

/** A participle after "be" ("will be named", "is expected") is passive voice, not a past-tense verb. */
const PASSIVE_AUX = /\b(?:be|been|being|is|are|am|to)\s+$/i;

function nearest(re: RegExp, clause: string, at: number, skipPassive = false): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (skipPassive && /ed$/.test(m[0]) && PASSIVE_AUX.test(clause.slice(Math.max(0, m.index - 12), m.index))) continue;
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
  const past = nearest(PAST, clause, at, true);
  const present = nearest(PRESENT, clause, at);
  if (future <= past && future <= present + 20) return "future";
  if (past < Infinity && past <= present + 30) return "past";
  if (present < Infinity) return "present";
  return "past";
}
