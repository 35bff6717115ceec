/**
 * Penn-Treebank-like tokens with offsets into the text, the way CoNLL-2003 news text is tokenized:
 * punctuation split off, clitics ("'s", "n't", "'ll") split, hyphenated words and numbers ("4,300", "5.00") kept,
 * abbreviations and initials keep their periods ("U.S.", "Mr.", "J."), URLs and e-mail addresses kept whole.
 */
import type { Sentence, Token } from "../types.js";
import { isAbbreviation } from "./abbreviations.js";

const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/\S+[^\s.,;:!?)"'”’\]]`, // URLs
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // U.S., U.N.
    String.raw`\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th)?`, // 4,300  5.00  27th  2022/02/27
    String.raw`(?:\p{L}|\p{M})+(?:[-'’](?:\p{L}|\p{M}|\p{N})+)*\.?`, // words, hyphenated, with a possible period
    String.raw`\.{2,}|-{2,}|…`,
    String.raw`[^\s]`,
  ].join("|"),
  "gu",
);

const CLITIC = /^(.+?)(n't|n’t|'s|’s|'re|’re|'ve|’ve|'ll|’ll|'d|’d|'m|’m)$/i;

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
      for (const [t, off] of splitWord(m[0], m.index === 0 ? "" : body[m.index - 1], body.slice(m.index + m[0].length))) {
        tokens.push({ text: t, start: s.start + m.index + off, end: s.start + m.index + off + t.length, sentence: s.index });
      }
    }
  }
  return tokens;
}

/** Split a matched word into its tokens: a trailing period unless it is an abbreviation, and a clitic. */
function splitWord(word: string, _before: string, after: string): [string, number][] {
  if (word.endsWith(".") && word.length > 1 && !/^(?:\p{L}\.){2,}$/u.test(word)) {
    const bare = word.slice(0, -1);
    const keepPeriod = isAbbreviation(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare);
    // "Mr." keeps its period; "Kyiv." at a sentence end does not. An initial keeps it unless the line ends.
    if (!keepPeriod || (after.trim() === "" && !isAbbreviation(bare.toLowerCase()))) {
      return [...splitClitic(bare, 0), [".", bare.length]];
    }
    return [[word, 0]];
  }
  return splitClitic(word, 0);
}

function splitClitic(word: string, offset: number): [string, number][] {
  const m = word.match(CLITIC);
  if (!m || !/\p{L}/u.test(m[1])) return [[word, offset]];
  if (/^n['’]t$/i.test(m[2])) return [[m[1], offset], [m[2], offset + m[1].length]];
  return [[m[1], offset], [m[2], offset + m[1].length]];
}

/** Tokens of one sentence, by sentence index (tokens are sorted by sentence). */
export function tokensBySentence(tokens: Token[], sentenceCount: number): Token[][] {
  const out: Token[][] = Array.from({ length: sentenceCount }, () => []);
  for (const t of tokens) out[t.sentence].push(t);
  return out;
}
