/**
 * What the event and figure readers need of a sentence, computed once: its tokens, their lower-cased words, and
 * which entity mention (if any) covers each token.
 */
import type { AnalysedDocument, EntityMention, Token } from "../types.js";

export interface Range {
  start: number;
  end: number;
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  words: string[]; // lower case, curly apostrophes straightened
  mentionAt: (EntityMention | undefined)[]; // the mention covering each token
  wordSet: Set<string>;
}

export const normaliseWord = (w: string): string => w.toLowerCase().replace(/[’‘]/g, "'");

/** One view per sentence, tokens grouped by their sentence index. */
export function sentenceViews(a: AnalysedDocument): SentenceView[] {
  const bySentence: Token[][] = a.sentences.map(() => []);
  for (const t of a.tokens) bySentence[t.sentence]?.push(t);
  const mentions = usableMentions(a.mentions).sort((x, y) => x.start - y.start);
  let mi = 0;
  return a.sentences.map((s, si) => {
    const tokens = bySentence[si];
    const words = tokens.map((t) => normaliseWord(t.text));
    const mentionAt: (EntityMention | undefined)[] = new Array(tokens.length).fill(undefined);
    while (mi < mentions.length && mentions[mi].end <= s.start) mi++;
    // one pass: tokens and mentions are both in text order
    let k = mi;
    for (let ti = 0; ti < tokens.length; ti++) {
      const t = tokens[ti];
      while (k < mentions.length && mentions[k].end <= t.start) k++;
      for (let j = k; j < mentions.length && mentions[j].start <= t.start; j++) {
        if (t.end <= mentions[j].end) {
          mentionAt[ti] = mentions[j];
          break;
        }
      }
    }
    return { index: s.index, start: s.start, end: s.end, tokens, words, mentionAt, wordSet: new Set(words) };
  });
}

/**
 * Mentions that can be parties of an event: a name the tagger gave to a lower-case word ("have" as a person) is
 * no name, and neither is a pronoun that refers back to one.
 */
const FUNCTION_WORDS = /^(have|has|had|be|is|are|was|were|been|do|does|did|here|there|it|this|that|will|would|can|could|may|might|should|must|not|and|or|but|the|a|an|of|in|on|at|to|for|with|by|from|as|so|if|then|than|also|just|now|who|what|when|where|why|how)$/;

function usableMentions(mentions: EntityMention[]): EntityMention[] {
  const named = (m: EntityMention) => m.type === "person" || m.type === "location" || m.type === "organization";
  const junk = new Set(mentions.filter((m) => !m.refersTo && named(m) && FUNCTION_WORDS.test(m.text)).map((m) => `${m.start}:${m.end}`));
  if (!junk.size) return [...mentions];
  return mentions.filter((m) => !junk.has(`${m.start}:${m.end}`) && !(m.refersTo && junk.has(`${m.refersTo.start}:${m.refersTo.end}`)));
}

/** The token range [first, last] a mention covers in a sentence view. */
export function mentionTokens(v: SentenceView, m: EntityMention): [number, number] {
  let first = -1, last = -1;
  v.tokens.forEach((t, i) => {
    if (v.mentionAt[i] === m) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return [first, last];
}

export const rangeOf = (v: SentenceView, first: number, last: number): Range => ({ start: v.tokens[first].start, end: v.tokens[last].end });
