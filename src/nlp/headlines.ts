/**
 * Names in Title Case lines. A headline such as "Lindsay Lohan Checks Into Betty Ford Rehab" capitalises every word,
 * so a tagger trained on running text reads the whole line as one name. In such lines the tagger's mentions are
 * replaced by the names the rest of the report uses (document-level consistency), found where they stand.
 */
import type { EntityMention, Sentence, Token } from "../types.js";

/** Small words that running text writes in lower case: capitalised inside a line, they mark Title Case. */
const FUNCTION_WORDS = new Set("a an the of in on at to for from by with into and or as after over under about against amid between near during before without is are was be".split(" "));

// Every line of every report is tested: ASCII first letters are classified without a regular expression.
const startsWithLetter = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^\p{L}/u.test(w);
};
const startsWithCapital = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};

/** A line whose words are (nearly) all capitalised, function words included. */
export function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let capitalised = 0;
  let cappedFunctionWords = 0;
  for (const t of tokens) {
    if (!startsWithLetter(t.text)) continue;
    words++;
    if (!startsWithCapital(t.text)) continue;
    capitalised++;
    if (words > 1 && FUNCTION_WORDS.has(t.text.toLowerCase())) cappedFunctionWords++;
  }
  if (words < 4) return false;
  return capitalised / words >= 0.85 || (capitalised / words >= 0.7 && cappedFunctionWords > 0);
}

export function refineHeadlineMentions(text: string, sentences: Sentence[], tokens: Token[], mentions: EntityMention[]): EntityMention[] {
  const bySentence: Token[][] = sentences.map(() => []);
  for (const t of tokens) bySentence[t.sentence].push(t);
  const titleLines = sentences.filter((s) => isTitleCase(bySentence[s.index]));
  if (!titleLines.length) return mentions;
  const inTitle = (m: EntityMention) => titleLines.some((s) => m.start >= s.start && m.end <= s.end);
  const kept = mentions.filter((m) => !inTitle(m));
  // Names of the running text, longest first, so "Betty Ford Center" wins over "Betty Ford".
  const names = new Map<string, EntityMention>();
  for (const m of kept) if (!names.has(m.text) && m.text.length > 1) names.set(m.text, m);
  const ordered = [...names.values()].sort((a, b) => b.text.length - a.text.length);
  const found: EntityMention[] = [];
  for (const s of titleLines) {
    const line = text.slice(s.start, s.end);
    const starts = new Set(bySentence[s.index].map((t) => t.start - s.start));
    const ends = new Set(bySentence[s.index].map((t) => t.end - s.start));
    const taken: [number, number][] = [];
    for (const m of ordered) {
      for (let at = line.indexOf(m.text); at >= 0; at = line.indexOf(m.text, at + 1)) {
        const end = at + m.text.length;
        if (!starts.has(at) || !ends.has(end) || taken.some(([a, b]) => at < b && a < end)) continue;
        taken.push([at, end]);
        found.push({ start: s.start + at, end: s.start + end, text: m.text, type: m.type });
      }
    }
  }
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}
