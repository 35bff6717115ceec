/**
 * Splits pasted text into lines with the statistics jusText-like rules read: word count, stopword density in the
 * text's own language, sentence punctuation, title case, all caps. The stopword lists come from the `stopword`
 * package and are built into sets lazily, once.
 */
import * as stopwordLists from "stopword";
import type { Line } from "./types.js";

const WORD = /[\p{L}\p{N}_]+/gu;
/** Languages whose lists are tried; scripts without spaces between words (zh, ja, th) are left to punctuation. */
const CANDIDATE_LANGUAGES = ["eng", "spa", "por", "fra", "deu", "ita", "nld", "ind", "rus", "ukr", "pol", "tur", "swe", "ron", "ces", "kor"];

let stopSets: Map<string, Set<string>> | undefined;
function stopwordSets(): Map<string, Set<string>> {
  if (stopSets) return stopSets;
  stopSets = new Map();
  for (const lang of CANDIDATE_LANGUAGES) {
    const list = (stopwordLists as Record<string, unknown>)[lang];
    if (Array.isArray(list)) stopSets.set(lang, new Set(list.map((w) => String(w).toLowerCase())));
  }
  return stopSets;
}

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/**
 * The stopword set that covers most of the text's words, or undefined when none covers a tenth of them (a
 * language without a list, or a page of names and numbers).
 */
export function stopwordsFor(text: string): Set<string> | undefined {
  const words = wordsOf(text.slice(0, 200_000)).map((w) => w.toLowerCase());
  if (words.length === 0) return undefined;
  let best: Set<string> | undefined;
  let bestShare = 0.1;
  for (const set of stopwordSets().values()) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    const share = hits / words.length;
    if (share > bestShare) [best, bestShare] = [set, share];
  }
  return best;
}

const SENTENCE_END = /[.!?\u2026\u3002\uff01\uff1f]["'\u2019\u201d)\]\u00bb]*$/u;
/** Reference marks after a sentence's stop: "[4]", "[8][9]", "¹²", "*". */
const TRAILING_NOTES = /(\[\d{1,3}\]|\[[a-z]\]|[\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021])+\s*$/u;
const CASED_WORD = /^\p{L}/u;

function isTitleCase(words: string[]): boolean {
  const cased = words.filter((w) => CASED_WORD.test(w) && w.toLowerCase() !== w.toUpperCase());
  // Short function words stay lower case in English headings ("Terms of Use").
  const significant = cased.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  return significant.length > 0 && significant.every((w) => /^\p{Lu}/u.test(w));
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
      index: lines.length,
      blankBefore,
      blankAfter: false,
      words: words.length,
      stopwordRatio: stopwords ? (words.length ? stops / words.length : 0) : undefined,
      endsSentence: SENTENCE_END.test(t.replace(TRAILING_NOTES, "")),
      titleCase: isTitleCase(words),
      allCaps: isAllCaps(t),
    });
    blankBefore = false;
  }
  if (lines.length) lines[lines.length - 1]!.blankAfter = true;
  return lines;
}
