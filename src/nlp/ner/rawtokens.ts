/**
 * A small Penn-Treebank-like tokenizer for raw text, used where the pipeline's tokenizer is not at hand: learning
 * word clusters from unlabelled news, and test fixtures. It splits punctuation, "n't" and "'s", keeps "U.S." and
 * "1,000" whole, and gives UTF-16 offsets.
 */
export interface RawToken {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}](?:\.[\p{L}])+\.?(?=\s|$|[,;:)"'”’])|[\p{L}\p{N}]+(?:[-'’./,&][\p{L}\p{N}]+)*|\.\.\.|[^\s\p{L}\p{N}]/gu;

export function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const word = m[0];
    const clitic = /^(.+?)(n't|['’]s|['’]re|['’]ve|['’]ll|['’]d|['’]m)$/i.exec(word);
    if (clitic && clitic[1].length > 0) {
      const cut = clitic[1].length;
      out.push({ text: word.slice(0, cut), start, end: start + cut });
      out.push({ text: word.slice(cut), start: start + cut, end: start + word.length });
    } else out.push({ text: word, start, end: start + word.length });
  }
  return out;
}

/** Sentences of raw tokens, split after ".", "!" or "?" when the next token is capitalised or a quote. */
export function rawSentences(text: string): RawToken[][] {
  const tokens = rawTokens(text);
  const out: RawToken[][] = [];
  let cur: RawToken[] = [];
  tokens.forEach((t, i) => {
    cur.push(t);
    const next = tokens[i + 1];
    const gapHasNewline = next ? /\n/.test(text.slice(t.end, next.start)) : true;
    if ((/^[.!?]$/.test(t.text) && (!next || /^[\p{Lu}"“‘'(\d]/u.test(next.text))) || gapHasNewline) {
      out.push(cur);
      cur = [];
    }
  });
  if (cur.length) out.push(cur);
  return out;
}
