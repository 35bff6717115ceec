/** Look-ups over the cue table, built once on first use. */
import { CUES, type CueEntry } from "./cues.js";

let byForm: Map<string, CueEntry[]> | undefined;

function index(): Map<string, CueEntry[]> {
  if (byForm) return byForm;
  byForm = new Map();
  for (const entry of CUES)
    for (const form of entry.forms) {
      const list = byForm.get(form) ?? [];
      list.push(entry);
      byForm.set(form, list);
    }
  // entries that need a particular next word ("called for") are tried before the plain ones ("called")
  for (const list of byForm.values()) list.sort((a, b) => Number(!!b.next) - Number(!!a.next));
  return byForm;
}

/** The cue entry a word starts, given the word after it; undefined when the word is no cue here. */
export function cueFor(word: string, next: string | undefined): CueEntry | undefined {
  for (const entry of index().get(word) ?? []) {
    if (entry.next && !(next !== undefined && entry.next.includes(next))) continue;
    if (entry.notNext && next !== undefined && entry.notNext.includes(next)) continue;
    return entry;
  }
  return undefined;
}

/** Words that sit between a speaker and the cue without being part of either: auxiliaries, negation, adverbs. */
export const BETWEEN_SPEAKER_AND_CUE = new Set(
  ("has have had also is was were are be been being will would could can may might should must did does do not n't never " +
    "repeatedly reportedly allegedly previously later earlier again once recently publicly privately already still even just then " +
    "first initially often since long separately further additionally subsequently originally specifically explicitly").split(" "),
);

/** Words that end a speaker phrase when reading leftwards from the cue. */
export const SPEAKER_STOP = new Set(
  ("and but or because while if when whenever as after before since so than where though although whether that which who whom whose " +
    "said says told say saying to for with on by about into over under than also not").split(" "),
);

/** Words that open a content clause after a "tell" cue's recipient. */
export const CLAUSE_OPENERS = new Set("that how what why whether when where who if to".split(" "));

/** Determiners and possessives: a cue form right after one is a noun ("the report", "his call"), not a cue verb. */
export const DETERMINERS = new Set("the a an this that these those his her their its our my your whose no every each any some".split(" "));

