/**
 * Splits pasted text into lines with the statistics jusText-like rules read: word count, stopword density in the
 * text's own language, sentence punctuation, title case, all caps. The stopword lists come from the `stopword`
 * package and are built into sets lazily, once.
 */
import * as stopwordLists from "stopword";
import { plain, type Line } from "./types.js";

const WORD = /[\p{L}\p{N}_]+/gu;
/** Languages whose lists are tried; scripts without spaces between words (zh, ja, th) are left to punctuation. */
const CANDIDATE_LANGUAGES = ["eng", "spa", "por", "fra", "deu", "ita", "nld", "ind", "rus", "ukr", "pol", "tur", "swe", "ron", "ces", "kor"];

let stopSets: { sets: Set<string>[]; membership: Map<string, number> } | undefined;
/** The stopword sets, and for each stopword a bit mask of the languages that list it (one lookup per word). */
function stopwordSets(): { sets: Set<string>[]; membership: Map<string, number> } {
  if (stopSets) return stopSets;
  const sets: Set<string>[] = [];
  const membership = new Map<string, number>();
  for (const lang of CANDIDATE_LANGUAGES) {
    const list = (stopwordLists as Record<string, unknown>)[lang];
    if (!Array.isArray(list)) continue;
    const set = new Set(list.map((w) => String(w).toLowerCase()));
    for (const w of set) membership.set(w, (membership.get(w) ?? 0) | (1 << sets.length));
    sets.push(set);
  }
  return (stopSets = { sets, membership });
}

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/**
 * The stopword set that covers most of the text's words, or undefined when none covers a tenth of them (a
 * language without a list, or a page of names and numbers).
 */
export function stopwordsFor(text: string): Set<string> | undefined {
  // A sample from the start is enough to tell the language.
  const words = wordsOf(text.slice(0, 20_000));
  if (words.length === 0) return undefined;
  const { sets, membership } = stopwordSets();
  const hits = new Array<number>(sets.length).fill(0);
  for (const w of words) {
    let mask = membership.get(w.toLowerCase()) ?? 0;
    for (let i = 0; mask; i++, mask >>>= 1) if (mask & 1) hits[i]!++;
  }
  let best = -1;
  for (let i = 0; i < sets.length; i++) if (hits[i]! > words.length * 0.1 && (best < 0 || hits[i]! > hits[best]!)) best = i;
  return best < 0 ? undefined : sets[best];
}

const SENTENCE_END = /[.!?\u2026\u3002\uff01\uff1f]["'\u2019\u201d)\]\u00bb]*$/u;
/** Reference marks after a sentence's stop: "[4]", "[8][9]", "¹²", "*". */
const TRAILING_NOTES = /(\[\d{1,3}\]|\[[a-z]\]|[\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021])+\s*$/u;

function isTitleCase(words: string[]): boolean {
  let significant = 0;
  for (const w of words) {
    const first = w[0]!;
    const lower = first.toLowerCase(), upper = first.toUpperCase();
    if (lower === upper) continue; // digits, uncased scripts
    const capitalised = first === upper;
    // Short function words stay lower case in English headings ("Terms of Use").
    if (!capitalised && w.length <= 3) continue;
    if (!capitalised) return false;
    significant++;
  }
  return significant > 0;
}

function isAllCaps(text: string): boolean {
  // Scripts without case (CJK, Arabic) never read as capitals.
  return /\p{Lu}/u.test(text) && !/[\p{Ll}\p{Lo}]/u.test(text);
}

/** The non-blank lines of a text (line endings already normalised), trimmed, with their statistics. */
export function toLines(text: string, stopwords: Set<string> | undefined): Line[] {
  const raw = text.split("\n");
  const lines: Line[] = [];
  let blankBefore = true;
  for (const r of raw) {
    const t = r.trim();
    if (t === "") {
      blankBefore = true;
      if (lines.length) lines[lines.length - 1]!.blankAfter = true;
      continue;
    }
    const words = wordsOf(t);
    let stops = 0;
    if (stopwords) for (const w of words) if (stopwords.has(w.toLowerCase())) stops++;
    lines.push({
      text: t,
      plain: plain(t),
      index: lines.length,
      blankBefore,
      blankAfter: false,
      words: words.length,
      stopwordRatio: stopwords ? (words.length ? stops / words.length : 0) : undefined,
      endsSentence: SENTENCE_END.test(t) || (/[\]*\u00b9\u00b2\u00b3\u2070-\u2079\u2020\u2021]\s*$/u.test(t) && SENTENCE_END.test(t.replace(TRAILING_NOTES, ""))),
      titleCase: isTitleCase(words),
      allCaps: isAllCaps(t),
    });
    blankBefore = false;
  }
  if (lines.length) lines[lines.length - 1]!.blankAfter = true;
  return lines;
}
