/**
 * Penn-Treebank-like tokens with offsets into the text, the way CoNLL-2003 news text is tokenized:
 * punctuation split off, clitics ("'s", "n't", "'ll") split, hyphenated words and numbers ("4,300", "5.00") kept,
 * abbreviations and initials keep their periods ("U.S.", "Mr.", "J."), URLs and e-mail addresses kept whole.
 */
import type { Sentence, Token } from "../types.js";
import { isAbbreviation } from "./abbreviations.js";

const TOKEN_PARTS = [
  String.raw`https?:\/\/\S+[^\s.,;:!?)"'”’\]]`, // URLs
  String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail
  String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // U.S., U.N.
  String.raw`\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th)?`, // 4,300  5.00  27th  2022/02/27
  String.raw`(?:\p{L}|\p{M})+(?:[-'’](?:\p{L}|\p{M}|\p{N})+)*\.?`, // words, hyphenated, with a possible period
  String.raw`\.{2,}|-{2,}|…`,
  String.raw`[^\s]`,
];
const TOKEN = new RegExp(TOKEN_PARTS.join("|"), "gu");
// The same without the e-mail pattern, for texts with no "@" (nearly all news): that pattern reads every word to its end before failing.
const TOKEN_NO_EMAIL = new RegExp(TOKEN_PARTS.filter((_, i) => i !== 1).join("|"), "gu");

const CLITIC = /^(.+?)(n't|n’t|'s|’s|'re|’re|'ve|’ve|'ll|’ll|'d|’d|'m|’m)$/i;

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  const pattern = text.includes("@") ? TOKEN : TOKEN_NO_EMAIL;
  for (const s of sentences) {
    // The pattern runs over the text itself from the sentence's start (no copy of the sentence): no token pattern
    // crosses white space, and a sentence ends before white space or the end of the text.
    pattern.lastIndex = s.start;
    for (let m = pattern.exec(text); m && m.index < s.end; m = pattern.exec(text)) {
      const word = m[0];
      const start = m.index;
      if (start + word.length > s.end) {
        // A sentence cut inside a word (only a hand-made range does that): the word ends with the sentence.
        pushWord(tokens, text.slice(start, s.end), start, true, s.index);
        break;
      }
      pushWord(tokens, word, start, onlySpaceBetween(text, start + word.length, s.end), s.index);
    }
  }
  return tokens;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(text[i])))) return false;
  }
  return true;
}

/** Pushes the tokens of a matched word: a trailing period unless it is an abbreviation, and a clitic. */
function pushWord(tokens: Token[], word: string, start: number, lastInSentence: boolean, sentence: number): void {
  if (word.length > 1 && word.charCodeAt(word.length - 1) === 46 /* . */ && !/^(?:\p{L}\.){2,}$/u.test(word)) {
    const bare = word.slice(0, -1);
    const keepPeriod = isAbbreviation(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare);
    // "Mr." keeps its period; "Kyiv." at a sentence end does not. An initial keeps it unless the line ends.
    if (!keepPeriod || (lastInSentence && !isAbbreviation(bare.toLowerCase()))) {
      pushClitic(tokens, bare, start, sentence);
      tokens.push({ text: ".", start: start + bare.length, end: start + word.length, sentence });
      return;
    }
    tokens.push({ text: word, start, end: start + word.length, sentence });
    return;
  }
  pushClitic(tokens, word, start, sentence);
}

/** Pushes a word, its clitic ("'s", "n't", "'ll") split off; only words with an apostrophe can have one. */
function pushClitic(tokens: Token[], word: string, start: number, sentence: number): void {
  const m = word.includes("'") || word.includes("’") ? word.match(CLITIC) : null;
  if (!m || !/\p{L}/u.test(m[1])) {
    tokens.push({ text: word, start, end: start + word.length, sentence });
    return;
  }
  const cut = start + m[1].length;
  tokens.push({ text: m[1], start, end: cut, sentence });
  tokens.push({ text: m[2], start: cut, end: start + word.length, sentence });
}

/** Tokens of one sentence, by sentence index (tokens are sorted by sentence). */
export function tokensBySentence(tokens: Token[], sentenceCount: number): Token[][] {
  const out: Token[][] = Array.from({ length: sentenceCount }, () => []);
  for (const t of tokens) out[t.sentence].push(t);
  return out;
}
