/** Word and punctuation tokens of a stretch of text, with offsets: the claims stage reads its own tokens so that it
 * does not depend on how the shared tokenizer splits quotes and apostrophes, which its rules look at closely. */
export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// A word keeps inner apostrophes and hyphens ("it’s", "Al-Assad", "U.S."), a number its separators ("4,300"); every other non-space character is its own token.
const TOKEN = /(?:[\p{L}\p{N}]\.){2,}|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|\S/gu;

export function tokensOf(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + (m.index ?? 0);
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: s, end: s + m[0].length });
  }
  return out;
}

export const isWord = (t: Tok | undefined): boolean => !!t && /[\p{L}\p{N}]/u.test(t.text);
export const isCapitalised = (t: Tok | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
export const QUOTE_CHARS = new Set(['"', "“", "”", "‘", "’", "«", "»", "'", "„", "‹", "›"]);
export const isQuoteChar = (t: Tok | undefined): boolean => !!t && QUOTE_CHARS.has(t.text);
