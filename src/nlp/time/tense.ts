/**
 * The tense of the clause around a time expression, read from the nearest verb cue: future cues ("will",
 * "is set to", "plans to") and past cues ("said", "was", "-ed"). News reports in the past unless told otherwise.
 *
 * The vote is held inside the expression's clause (cut at "that", "which", "when", semicolons, quotes), and
 * four news habits refine it:
 * - a time adverb usually follows the verb it dates ("met Monday", "will meet Thursday"), so cues to the left of
 *   the expression count as nearer than cues to its right;
 * - a plan told in the past ("had been due to expire Friday", "was scheduled to", "as previously planned") is a
 *   future seen from a past moment: the date has usually passed by the time of writing;
 * - a deadline or start word just before a date ("payable Dec. 7", "effective Feb. 1", "by February",
 *   "extended to Nov. 6", "of record Nov. 16") looks ahead whatever the tense of the verb that announced it;
 * - a noun such as "deadline" is no cue: "by the Tuesday deadline", "set Friday as the deadline" are told in the
 *   tense of their verb, and deadlines are as often reported passed as ahead;
 * - a scheduling verb in the present right before a day ("meet separately Monday") is the news future, and an
 *   "-ed" word before a noun ("preferred shares", "an unspecified date") is an adjective, not a past verb.
 */
import type { Tense } from "./candidate.js";

const FUTURE = /\b(?:will|won't|wo n't|shall|'ll|would|could|might|going to|is to|are to|(?<!(?:announced|unveiled|disclosed|outlined|detailed|its|the|their|his|her|of|with|new)\s)plans? to|planned|planning|scheduled|expected to|expects? to|due to|set to|to be held|intends? to|hopes? to|to be [a-z]+ed|next(?! to)|upcoming|as soon as|until|postponed|delayed|tomorrow)\b/gi;
const PAST = /\b(?:said|says|was|were|had|did|ago|told|went|came|took|made|gave|met|began|held|left|fell|rose|won|lost|got|saw|sold|bought|paid|sent|spent|led|struck|fought|broke|brought|found|became|ran|wrote|spoke|thought|kept|since|last|earlier)\b|\b(?!(?:hundr|ne|inde|spe|fe|proce|succe|exce|sh|se|bre|gre|fre|embe|sacr|kindr|wicked|nak|wretch|rugg|crook|belov|ag)ed\b)[a-z]{2,}ed\b/g;
/** Verbs of the news schedule in the present tense ("meets Monday", "opens Friday"): a present that means the future. */
const SCHEDULED = /\b(?:meets?|begins?|starts?|resumes?|arrives?|visits?|travels?|returns?|votes?|convenes?|reconvenes?|kicks? off|takes? office|flies|launch(?:es)?)\b/gi;
const PRESENT = /\b(?:is|are|am|has|have|do|does)\b/gi;

/** A participle after "be" ("will be named", "is expected") is passive voice, not a past-tense verb. */
const PASSIVE_AUX = /\b(?:be|been|being|is|are|am|to)\s+$/i;

/** A plan reported as already made in the past: "had been due to", "was scheduled to", "as previously planned". */
const FUTURE_IN_PAST = /\b(?:(?:was|were|had been)\s+(?:(?:originally|previously|initially|first)\s+)?(?:due|scheduled|set|expected|supposed|slated|planned|meant)\s+to|(?:was|were)\s+to\s+(?:have\s+)?\w+|had\s+(?:originally\s+|previously\s+)?(?:planned|intended|hoped|promised)|(?:as|had)\s+(?:originally\s+|previously\s+|earlier\s+)?(?:planned|scheduled))\b/i;

/** Words right before a date that make it a deadline or a start, which lie ahead of the announcement. */
const FORWARD_LEAD = /\b(?:payable|effective|takes?\s+effect|of\s+record|record\s+date\s+(?:is|of)|extended\s+(?:\w+\s+){0,3}?(?:to|until|through)|expires?|expiring|due(?!\s+to)|until|till)\s+(?:on\s+|the\s+)?$|\bby\s+(?:on\s+)?$/i;

/** A scheduling verb dates only an expression right next to it ("meet separately Monday"). */
const SCHEDULED_REACH = 14;

/** How much farther a cue to the right of the expression counts than one to its left. */
const RIGHT_PENALTY = 2;

const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|your|this|that|these|those|some|any|no|each|every|newly|recently|previously|\d+)\s+$/i;

/** A lower-case word that is neither a function word nor an adverb: after "-ed", the "-ed" word modifies it. */
const NOUN_AFTER = /^ (?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|it|he|she|they|we|i|you|him|them|us|me|to|in|on|at|by|for|from|with|of|into|onto|over|under|after|before|about|against|during|since|until|up|down|out|off|and|or|but|as|than|so|not|no|all|some|any|more|most|last|this|yesterday|today|earlier|later|again|back|away|there|here|when|while|because|if|what|who|which|whether|how|where|why|\d\S*)\b)[a-z]+(?<!ly)\b/;

/** How much farther a bare "-ed" word counts than a finite verb: it is as often an adjective ("preferred shares"). */
const ED_PENALTY = 3;

function nearest(re: RegExp, clause: string, at: number, end: number, skipPassive = false): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (skipPassive && !/^(?:was|were|had|did|said|says|ago|since|last|earlier)$/i.test(m[0]) && PASSIVE_AUX.test(clause.slice(Math.max(0, m.index - 12), m.index))) continue;
    let d = m.index < at ? at - (m.index + m[0].length) : (m.index - end) * RIGHT_PENALTY;
    if (skipPassive && /ed$/i.test(m[0]) && !/^(?:said|told|led|held|fled|sped|wed|shed|bred|fed)$/i.test(m[0])) {
      // after a determiner it is an adjective ("its preferred shares", "the proposed merger"), not a verb
      if (DETERMINER_BEFORE.test(clause.slice(Math.max(0, m.index - 12), m.index))) continue;
      // before a lower-case content word it is an adjective too ("preferred shares", "an unspecified date")
      if (NOUN_AFTER.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      d *= ED_PENALTY;
    }
    if (d < best) best = d;
  }
  return best;
}

/** Words and marks that open a new clause: a verb beyond them dates something else. */
const BOUNDARY = /\s(?:that|which|who|whom|whose|because|while|although|though|whereas|if|unless|when|where)\s|[;:"“”]|\s--?\s|``|''/gi;

/** The clause around [start, end) inside the sentence [from, to): cut at the nearest boundary on each side. */
function clauseAround(text: string, from: number, to: number, start: number, end: number): { from: number; to: number } {
  let left = from;
  BOUNDARY.lastIndex = 0;
  const before = text.slice(from, start);
  for (let m = BOUNDARY.exec(before); m; m = BOUNDARY.exec(before)) left = from + m.index + m[0].length;
  const after = text.slice(end, to);
  BOUNDARY.lastIndex = 0;
  const next = BOUNDARY.exec(after);
  // commas are not cut at: "On Monday, the minister said ..." dates "Monday" by the verb after the comma
  return { from: left, to: next ? end + next.index : to };
}

/**
 * The tense governing the expression at [start, end) of `text`, looking only inside [from, to) (its sentence).
 * The expression's own words are blanked out so "next Monday" or "last week" do not vote for themselves.
 */
export function tenseAt(text: string, from: number, to: number, start: number, end: number): Tense {
  ({ from, to } = clauseAround(text, from, to, start, end));
  const clause = text.slice(from, start) + " ".repeat(end - start) + text.slice(end, to);
  const at = start - from, stop = end - from;
  const lead = text.slice(Math.max(from, start - 40), start);
  // "Until Thursday, they had not named him": a state that ran up to a day now past
  if (/\b(?:until|till)\s+$/i.test(lead) && /\bhad\b/i.test(clause)) return "past";
  if (FORWARD_LEAD.test(lead) && !/\b(?:had|ago)\b/i.test(lead)) return "future";
  const scheduled = nearest(SCHEDULED, clause, at, stop);
  const future = Math.min(nearest(FUTURE, clause, at, stop), scheduled <= SCHEDULED_REACH ? scheduled : Infinity);
  const past = nearest(PAST, clause, at, stop, true);
  const present = nearest(PRESENT, clause, at, stop);
  if (future < Infinity && future <= past && future <= present + 20) {
    // "had been due to expire Friday": the plan was made before, and its day has usually passed
    return FUTURE_IN_PAST.test(text.slice(from, start)) ? "past" : "future";
  }
  if (past < Infinity && past <= present + 30) return "past";
  if (present < Infinity) return "present";
  return "past";
}
