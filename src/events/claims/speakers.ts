/** Who a speaker phrase refers to, and quotes whose speaker is named right after them without a verb. */
import type { AnalysedDocument, EntityMention } from "../../types.js";
import type { Attribution, Range } from "./attribute.js";
import type { Quote } from "./quotes.js";
import { firstStartingAt, overlapping } from "../../util/spans.js";

const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his", "i"]);
const GROUP_PRONOUNS = new Set(["they", "it", "we", "its", "their"]);

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/** The mentions that overlap a range (a binary search: claims ask this for every speaker and relay). */
export const mentionsIn = (a: AnalysedDocument, r: Range): EntityMention[] => overlapping(a.mentions, r.start, r.end);

/**
 * For a speaker written as a pronoun ("he") or a description ("the president", "the ministry"), the named mention it
 * refers to: the nearest one before it of a fitting type, preferring one whose stated role shares the description's
 * head noun. Undefined when the speaker is itself named.
 */
export function resolveSpeaker(a: AnalysedDocument, speaker: Range): Range | undefined {
  if (mentionsIn(a, speaker).length) return undefined;
  const phrase = a.doc.text.slice(speaker.start, speaker.end).toLowerCase().trim();
  const words = phrase.split(/\s+/);
  // nearest first; mentions are sorted by start, so walk back from the speaker
  const before: EntityMention[] = [];
  for (let i = firstStartingAt(a.mentions, speaker.start) - 1; i >= 0; i--) if (a.mentions[i].end <= speaker.start) before.push(a.mentions[i]);
  const pick = (m: EntityMention | undefined): Range | undefined => (m ? { start: m.start, end: m.end } : undefined);
  if (words.length === 1 && PERSON_PRONOUNS.has(words[0])) return pick(before.find((m) => m.type === "person"));
  if (words.length === 1 && GROUP_PRONOUNS.has(words[0])) return pick(before.find((m) => m.type === "organization" || m.type === "group" || m.type === "location"));
  if (/^(?:the|a|an|this|that)\s/.test(phrase)) {
    const head = headNoun(words);
    const described = before.find((m) => m.description && m.description.toLowerCase().includes(head));
    if (described) return pick(described);
    if (/(?:ministry|government|agency|office|army|military|council|company|party|committee|department|group|organization|organisation|forces|kremlin)$/.test(head))
      return pick(before.find((m) => m.type === "organization" || m.type === "group"));
    if (PERSON_HEAD.test(head))
      return pick(before.find((m) => m.type === "person"));
  }
  return undefined;
}

/** The head noun of a description: the last word before its first preposition ("an adviser to the minister" → adviser). */
export function headNoun(words: string[]): string {
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|to|for|at|in|with|from|on|who|which|that)$/.test(w));
  return (cut > 0 ? words[cut - 1] : words.at(-1)!).replace(/[^\p{L}]/gu, "");
}

const PERSON_HEAD = /(?:president|minister|spokesman|spokeswoman|spokesperson|adviser|advisor|official|leader|chief|head|secretary|governor|mayor|general|commander|ambassador|envoy|senator|negotiator|aide|candidate|premier|chancellor|source|analyst|expert|witness|resident|diplomat|officer)$/;

/** Whether a speaker phrase is an indefinite description of a person ("an adviser to the interior minister"). */
export function isIndefinitePersonDescription(phrase: string): boolean {
  const words = phrase.toLowerCase().trim().split(/\s+/);
  return /^(?:a|an|one)$/.test(words[0]) && PERSON_HEAD.test(headNoun(words));
}

/** A closed quote followed straight away by a person's name, with no cue: `…both sides."Vladimir Medinsky, the…` */
export function verblessQuotes(a: AnalysedDocument, quotes: Quote[], found: Attribution[]): (Attribution & { sentence: number })[] {
  const text = a.doc.text;
  const out: (Attribution & { sentence: number })[] = [];
  for (const q of quotes) {
    if (!q.closed || found.some((f) => overlaps(f.content, q))) continue;
    const gap = text.slice(q.end, q.end + 3);
    const lead = gap.match(/^[ \t—–-]*/)![0].length;
    const m = a.mentions.find((m) => m.start === q.end + lead && m.type === "person");
    if (!m || /\n/.test(text.slice(q.end, m.start))) continue;
    const sentence = a.sentences.find((s) => s.start <= q.start && q.start < s.end)?.index ?? 0;
    out.push({ entry: undefined, cue: { start: q.end, end: q.end }, speaker: { start: m.start, end: m.end }, content: { start: q.start, end: q.end }, direct: true, inverted: true, sentence });
  }
  return out;
}
