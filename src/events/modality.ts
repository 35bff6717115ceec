/**
 * Whether an event happened: asserted, negated, hypothetical, future or planned, from the cues before it in its
 * clause, the cues after a nominal trigger, and the event word that governs it ("called for a ceasefire").
 */
import type { Modality } from "../types.js";
import type { SentenceView } from "./context.js";
import { GOVERNING_TYPES, MODALITY_AFTER, MODALITY_BEFORE, PLAN_GOVERNORS, type ModalityCue } from "./lexicon/modality.js";
import { CLAUSE_BREAKERS } from "./lexicon/arguments.js";
import type { TriggerMatch } from "./triggers.js";

const cueAt = (words: string[], at: number, cue: ModalityCue) => cue.words.every((w, k) => words[at + k] === w);

/** The modality of a trigger, given the triggers before it in the sentence and their modalities. */
export function modalityOf(v: SentenceView, t: TriggerMatch, earlier: { match: TriggerMatch; modality: Modality }[]): Modality {
  const words = v.words;
  // a governing event word in the same clause passes its sense on: "could ask Putin to return", "called for a ceasefire"
  for (let g = earlier.length - 1; g >= 0; g--) {
    const e = earlier[g];
    if (t.first - e.match.last > 8 || clauseBreakBetween(words, e.match.last, t.first)) continue;
    const governed = GOVERNING_TYPES[e.match.entry.type];
    if (governed) return e.modality === "asserted" ? governed : e.modality;
    if (e.modality !== "asserted" && words[t.first - 1] === "to") return e.modality;
    if (e.match.entry.type === "AGREE" && e.match.entry.pos === "verb" && words.slice(e.match.last + 1, t.first).includes("to")) return "planned";
  }
  // cues before, nearest first, within six words and the clause
  for (let k = t.first - 1; k >= Math.max(0, t.first - 6); k--) {
    if (CLAUSE_BREAKERS.has(words[k]) && words[k] !== "that") break;
    for (const cue of MODALITY_BEFORE) {
      if (k + cue.words.length > t.first || !cueAt(words, k, cue)) continue;
      if (cue.words[0] === "would" && words.slice(0, k).some((w) => PLAN_GOVERNORS.has(w))) return "planned";
      if (cue.words[0] === "no" && t.entry.pos === "verb") continue;
      if (cue.words[0] === "not" && /^(only|just|merely)$/.test(words[k + 1] ?? "")) continue; // "not only killed the deputy"
      return cue.modality;
    }
  }
  if (t.entry.pos === "noun") {
    for (let k = t.last + 1; k < Math.min(words.length, t.last + 8); k++) {
      // "elections in Turkmenistan which are planned for December": a relative clause on the noun still tells of it
      if ((words[k] === "which" || words[k] === "that") && /^(is|are|was|were|will|have|has)$/.test(words[k + 1] ?? "")) continue;
      if (CLAUSE_BREAKERS.has(words[k])) break;
      for (const cue of MODALITY_AFTER) if (cueAt(words, k, cue)) return cue.modality;
    }
  }
  return "asserted";
}

function clauseBreakBetween(words: string[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (/^[;:.]$/.test(words[k]) || /^(but|while|although|whereas)$/.test(words[k])) return true;
  return false;
}
