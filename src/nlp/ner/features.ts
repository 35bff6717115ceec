/**
 * Feature extraction for the NER tagger. Every feature is a (template, value) pair hashed to 32 bits, so the model
 * is a table keyed by integers: no feature strings are built or stored, which keeps tagging fast and the file small.
 */

/** What the tagger knows about a document beyond one sentence: how its words are cased elsewhere in it. */
export interface DocumentCasing {
  /** Lower-cased words seen capitalised away from the start of a sentence, in a sentence that is not all capitals. */
  capitalisedInside: Set<string>;
  /** Lower-cased words seen written in lower case. */
  writtenLower: Set<string>;
}

/** A sentence ready for feature extraction. */
export interface FeatureInput {
  words: string[];
  /** Lexicon tags per token ("loc:B", "org:I" …), from the gazetteer matcher. */
  lexicon: string[][];
}

export type ClusterTable = Map<string, string>;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the template number and the value's UTF-16 units; never 0 (0 marks an empty slot in the table). */
export function hashFeature(template: number, value: string): number {
  let h = Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), FNV_PRIME);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0 || 1;
}

/** Word shape: Xxxxx → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d"; runs of one class collapse. */
export function shortShape(word: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? "X" : c >= 97 && c <= 122 ? "x" : c >= 48 && c <= 57 ? "d" : isUpperNonAscii(word[i]) ? "X" : isLowerNonAscii(word[i]) ? "x" : word[i];
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Word shape that keeps the length of runs up to 4: "Xxxx", "XX", "dddd". */
export function longShape(word: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < word.length && out.length < 16; i++) {
    const c = word.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? "X" : c >= 97 && c <= 122 ? "x" : c >= 48 && c <= 57 ? "d" : isUpperNonAscii(word[i]) ? "X" : isLowerNonAscii(word[i]) ? "x" : word[i];
    run = k === last ? run + 1 : 1;
    last = k;
    if (run <= 4) out += k;
  }
  return out;
}

const isUpperNonAscii = (ch: string) => ch > "\u007f" && ch !== ch.toLowerCase();
const isLowerNonAscii = (ch: string) => ch > "\u007f" && ch !== ch.toUpperCase();

export const isCapitalised = (w: string): boolean => w.length > 0 && w[0] !== w[0].toLowerCase();
const hasLetter = (w: string) => /\p{L}/u.test(w);
const isAllCaps = (w: string) => hasLetter(w) && w === w.toUpperCase();

/** True when the sentence is a headline in capitals: most of its letters-bearing words are upper case. */
export function isCapsSentence(words: string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const w of words) {
    if (!hasLetter(w)) continue;
    letters++;
    if (isAllCaps(w)) caps++;
  }
  return letters >= 2 && caps / letters > 0.7;
}

/** Collects the casing evidence of a document's sentences (used to tell "BRUSSELS" or a sentence-initial "Bush" apart from common words). */
export function documentCasing(sentences: string[][]): DocumentCasing {
  const capitalisedInside = new Set<string>();
  const writtenLower = new Set<string>();
  for (const words of sentences) {
    const caps = isCapsSentence(words);
    words.forEach((w, i) => {
      if (!hasLetter(w)) return;
      const lw = w.toLowerCase();
      if (w === lw) writtenLower.add(lw);
      else if (!caps && i > 0 && !isOpeningPunct(words[i - 1])) capitalisedInside.add(lw);
    });
  }
  return { capitalisedInside, writtenLower };
}

const isOpeningPunct = (w: string) => w === '"' || w === "``" || w === "'" || w === "(" || w === "-" || w === ":" || w === "“";

/** Digits to 0 so that numbers share their statistics ("1996" and "1997" → "0000"). */
export const normaliseDigits = (w: string): string => w.replace(/[0-9]/g, "0");

function clusterOf(clusters: ClusterTable, word: string): string | undefined {
  return clusters.get(word) ?? clusters.get(word.toLowerCase()) ?? clusters.get(normaliseDigits(word.toLowerCase()));
}

/** Template numbers: stable across training and tagging (changing one invalidates the shipped model). */
const enum T {
  Bias = 1, Word, Lower, LowerM1, LowerP1, LowerM2, LowerP2, Shape, ShapeM1, ShapeP1, ShapeM1_0, Shape0_P1, LongShape,
  Prefix, Suffix, Cluster, ClusterM1, ClusterP1, Lex, LexM1, LexP1, FirstShape, CapsSentenceShape, BigramM1, BigramP1,
  DocCasing, LowerM1Shape, ShapeLowerP1, Length, LexSpan, ClusterM2, ClusterP2, WordCaseless,
}

const CLUSTER_PREFIXES = [4, 8, 12, 16, 99];

/** Per-token values computed once and shared by the neighbours' features. */
interface TokenView {
  word: string;
  lower: string;
  shape: string;
  cluster: string | undefined;
}

function viewOf(word: string, clusters: ClusterTable): TokenView {
  const lower = normaliseDigits(word.toLowerCase());
  return { word, lower, shape: shortShape(word), cluster: clusterOf(clusters, word) };
}

const BOUNDARY: TokenView = { word: "<S>", lower: "<s>", shape: "<S>", cluster: "B" };

/** The hashed features of every token of a sentence. */
export function sentenceFeatures(input: FeatureInput, clusters: ClusterTable, casing: DocumentCasing): Uint32Array[] {
  const { words, lexicon } = input;
  const views = words.map((w) => viewOf(w, clusters));
  const at = (i: number) => (i < 0 || i >= views.length ? BOUNDARY : views[i]);
  const capsSentence = isCapsSentence(words);
  const out: Uint32Array[] = [];
  const f: number[] = [];
  for (let i = 0; i < words.length; i++) {
    f.length = 0;
    const v = views[i];
    const m1 = at(i - 1);
    const p1 = at(i + 1);
    const m2 = at(i - 2);
    const p2 = at(i + 2);
    f.push(hashFeature(T.Bias, ""));
    f.push(hashFeature(T.Word, v.word));
    f.push(hashFeature(T.Lower, v.lower));
    f.push(hashFeature(T.LowerM1, m1.lower));
    f.push(hashFeature(T.LowerP1, p1.lower));
    f.push(hashFeature(T.LowerM2, m2.lower));
    f.push(hashFeature(T.LowerP2, p2.lower));
    f.push(hashFeature(T.Shape, v.shape));
    f.push(hashFeature(T.ShapeM1, m1.shape));
    f.push(hashFeature(T.ShapeP1, p1.shape));
    f.push(hashFeature(T.ShapeM1_0, m1.shape + "|" + v.shape));
    f.push(hashFeature(T.Shape0_P1, v.shape + "|" + p1.shape));
    f.push(hashFeature(T.LongShape, longShape(v.word)));
    f.push(hashFeature(T.BigramM1, m1.lower + "|" + v.lower));
    f.push(hashFeature(T.BigramP1, v.lower + "|" + p1.lower));
    f.push(hashFeature(T.LowerM1Shape, m1.lower + "|" + v.shape));
    f.push(hashFeature(T.ShapeLowerP1, v.shape + "|" + p1.lower));
    f.push(hashFeature(T.Length, String(Math.min(v.word.length, 12))));
    const lw = v.lower;
    for (let k = 1; k <= 4 && k <= lw.length; k++) {
      f.push(hashFeature(T.Prefix, lw.slice(0, k)));
      f.push(hashFeature(T.Suffix, lw.slice(-k)));
    }
    pushClusterFeatures(f, T.Cluster, v.cluster);
    pushClusterFeatures(f, T.ClusterM1, m1.cluster);
    pushClusterFeatures(f, T.ClusterP1, p1.cluster);
    if (m2.cluster) f.push(hashFeature(T.ClusterM2, m2.cluster.slice(0, 8)));
    if (p2.cluster) f.push(hashFeature(T.ClusterP2, p2.cluster.slice(0, 8)));
    for (const t of lexicon[i] ?? []) f.push(hashFeature(T.Lex, t));
    for (const t of (i > 0 ? lexicon[i - 1] : undefined) ?? []) f.push(hashFeature(T.LexM1, t));
    for (const t of (i + 1 < words.length ? lexicon[i + 1] : undefined) ?? []) f.push(hashFeature(T.LexP1, t));
    if (i === 0) f.push(hashFeature(T.FirstShape, v.shape));
    if (capsSentence) f.push(hashFeature(T.CapsSentenceShape, v.shape));
    // Where the casing of this word cannot be trusted (sentence start, headline), what the rest of the document says.
    if (isCapitalised(v.word) && (i === 0 || capsSentence || isOpeningPunct(m1.word))) {
      const key = v.word.toLowerCase();
      const cap = casing.capitalisedInside.has(key);
      const low = casing.writtenLower.has(key);
      f.push(hashFeature(T.DocCasing, (i === 0 ? "first" : capsSentence ? "caps" : "quote") + (cap ? "+C" : "-C") + (low ? "+l" : "-l")));
    } else if (isCapitalised(v.word)) {
      f.push(hashFeature(T.DocCasing, "inside" + (casing.writtenLower.has(v.word.toLowerCase()) ? "+l" : "-l")));
    }
    // A caseless copy of the word for headline tokens: "BRUSSELS" shares the weights of "Brussels".
    if (capsSentence && isAllCaps(v.word) && v.word.length > 1) f.push(hashFeature(T.WordCaseless, v.word[0] + v.word.slice(1).toLowerCase()));
    else f.push(hashFeature(T.WordCaseless, v.word));
    out.push(Uint32Array.from(f));
  }
  return out;
}

function pushClusterFeatures(f: number[], template: number, cluster: string | undefined): void {
  if (!cluster) {
    f.push(hashFeature(template, "none"));
    return;
  }
  for (const n of CLUSTER_PREFIXES) {
    f.push(hashFeature(template, n + ":" + cluster.slice(0, n)));
    if (n >= cluster.length) break;
  }
}
