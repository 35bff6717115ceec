/**
 * How sure the report is of an event: hedged ("reportedly") or attributed to a party → claimed; denied by the party
 * → denied; said to be confirmed → confirmed; the outlet's own telling (or an outlet or agency relaying it) →
 * reported.
 */
import type { Certainty } from "../types.js";
import type { SentenceView } from "./context.js";
import { ATTRIBUTION_CUES, DENIALS, HEDGES, OUTLET_WORDS } from "./lexicon/modality.js";
import { UNCONFIRMED } from "./quantities/lexicon.js";

export function certaintyOf(text: string, v: SentenceView, triggerIndex: number): Certainty {
  const words = v.words;
  if (deniedBefore(words, triggerIndex)) return "denied";
  if (insideQuote(text, v, triggerIndex)) return "claimed";
  if (words.some((w) => HEDGES.has(w))) return "claimed";
  const sentence = text.slice(v.start, v.end).toLowerCase();
  if (/\bconfirmed\b/.test(sentence) && !UNCONFIRMED.test(sentence)) return "confirmed";
  const cue = words.findIndex((w) => ATTRIBUTION_CUES.has(w));
  if (cue >= 0) {
    const speaker = speakerNear(v, cue);
    if (speaker && OUTLET_WORDS.test(speaker)) return "reported";
    return "claimed";
  }
  return "reported";
}

/**
 * "The Kremlin denied launching missiles", "denied reports that talks hit a snag": a denial verb shortly before the
 * event word in its clause. A denial further off denies something else ("In denying a motion by the defence to
 * reduce the sentence…").
 */
function deniedBefore(words: string[], triggerIndex: number): boolean {
  for (let k = triggerIndex - 1; k >= Math.max(0, triggerIndex - 6); k--) {
    const w = words[k];
    if (DENIALS.has(w)) return !(w === "denying" && /^(in|by|after|while)$/.test(words[k - 1] ?? ""));
    if (/^[,;:()]$/.test(w) || /^(but|and|while|because|when|if|after|before|to)$/.test(w)) return false;
  }
  return false;
}

/** The mention nearest the attribution cue, on either side: the speaker. */
function speakerNear(v: SentenceView, cue: number): string | undefined {
  for (let d = 1; d < 8; d++) {
    for (const k of [cue - d, cue + d + (v.words[cue] === "according" ? 1 : 0)]) {
      const m = v.mentionAt[k];
      if (m && m.type !== "location") return m.text;
    }
  }
  return undefined;
}

/** An odd number of quotation marks before the trigger in its sentence: the trigger is inside a quote. */
function insideQuote(text: string, v: SentenceView, triggerIndex: number): boolean {
  const before = text.slice(v.start, v.tokens[triggerIndex].start);
  const marks = before.match(/["“”]|(?<![\p{L}\p{N}])['‘]|['’](?![\p{L}\p{N}])/gu);
  return !!marks && marks.length % 2 === 1;
}
