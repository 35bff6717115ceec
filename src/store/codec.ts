/**
 * How a document's analysis is written into the store. Every ingest re-reads every stored analysis (the
 * cross-document steps run over the whole store), and as plain JSON the tokens dominate: about 60 bytes a word,
 * slow to parse. Tokens and sentences are therefore packed as flat number arrays, a token's text kept only when it
 * is not simply its slice of the document text. Anything the packing could not restore exactly (a field added to
 * Token or Sentence later, say) makes that document fall back to plain JSON, so the encoding is always lossless.
 */
import type { AnalysedDocument, Sentence, Token } from "../types.js";

interface Packed {
  packed: 1;
  doc: AnalysedDocument["doc"];
  /** index, start, end for each sentence */
  sentences: number[];
  /** start, end, sentence for each token */
  tokens: number[];
  /** token position → its text, where that is not doc.text.slice(start, end) */
  tokenText?: Record<number, string>;
  mentions: AnalysedDocument["mentions"];
  times: AnalysedDocument["times"];
}

const isPackableToken = (t: Token): boolean => Object.keys(t).length === 4 && Number.isInteger(t.start) && Number.isInteger(t.end) && Number.isInteger(t.sentence) && typeof t.text === "string";
const isPackableSentence = (s: Sentence): boolean => Object.keys(s).length === 3 && Number.isInteger(s.index) && Number.isInteger(s.start) && Number.isInteger(s.end);
const hasOnlyKnownFields = (a: AnalysedDocument): boolean =>
  Object.keys(a).every((k) => k === "doc" || k === "sentences" || k === "tokens" || k === "mentions" || k === "times");

/** The stored text of one analysed document. */
export function encodeAnalysis(a: AnalysedDocument): string {
  if (!hasOnlyKnownFields(a) || !a.tokens.every(isPackableToken) || !a.sentences.every(isPackableSentence)) return JSON.stringify(a);
  const text = a.doc.text;
  const sentences: number[] = [];
  for (const s of a.sentences) sentences.push(s.index, s.start, s.end);
  const tokens: number[] = [];
  const tokenText: Record<number, string> = {};
  let exceptions = 0;
  a.tokens.forEach((t, i) => {
    tokens.push(t.start, t.end, t.sentence);
    if (text.slice(t.start, t.end) !== t.text) {
      tokenText[i] = t.text;
      exceptions++;
    }
  });
  const packed: Packed = { packed: 1, doc: a.doc, sentences, tokens, mentions: a.mentions, times: a.times };
  if (exceptions > 0) packed.tokenText = tokenText;
  return JSON.stringify(packed);
}

/** An analysed document back from its stored text (packed or plain). */
export function decodeAnalysis(stored: string): AnalysedDocument {
  const value = JSON.parse(stored) as Packed | AnalysedDocument;
  if (!("packed" in value)) return value;
  const text = value.doc.text;
  const sentences: Sentence[] = [];
  for (let i = 0; i < value.sentences.length; i += 3) {
    sentences.push({ index: value.sentences[i]!, start: value.sentences[i + 1]!, end: value.sentences[i + 2]! });
  }
  const tokens: Token[] = [];
  const own = value.tokenText ?? {};
  for (let i = 0, n = 0; i < value.tokens.length; i += 3, n++) {
    const start = value.tokens[i]!;
    const end = value.tokens[i + 1]!;
    tokens.push({ text: own[n] ?? text.slice(start, end), start, end, sentence: value.tokens[i + 2]! });
  }
  return { doc: value.doc, sentences, tokens, mentions: value.mentions, times: value.times };
}
