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

/** FNV-1a over a string's UTF-16 units. */
export function stringHash(value: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** A feature id from a template number and a value hash: a 32-bit mix, never 0 (0 marks an empty table slot). */
export function featureId(template: number, valueHash: number): number {
  let h = (valueHash ^ Math.imul(template, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/** The hash of an ordered pair of values (for conjunction features such as "previous word | shape"). */
export const pairHash = (a: number, b: number): number => Math.imul(a ^ 0x5bd1e995, FNV_PRIME) ^ Math.imul(b, 0x27d4eb2d);

/** The feature of a template and a string value. */
export const hashFeature = (template: number, value: string): number => featureId(template, stringHash(value));

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

export const isCapitalised = (w: string): boolean => {
  if (!w.length) return false;
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return w[0] !== w[0].toLowerCase();
};

export const enum Letters { None = 0, Some = 1, AllCaps = 2 }

/** Whether a word has letters and whether they are all capitals: a character loop for ASCII, Unicode classes otherwise. */
function lettersOf(w: string): Letters {
  let letter = false;
  let lower = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return !/\p{L}/u.test(w) ? Letters.None : w === w.toUpperCase() ? Letters.AllCaps : Letters.Some;
    if (c >= 97 && c <= 122) letter = lower = true;
    else if (c >= 65 && c <= 90) letter = true;
  }
  return !letter ? Letters.None : lower ? Letters.Some : Letters.AllCaps;
}

const hasLetter = (w: string) => lettersOf(w) !== Letters.None;
const isAllCaps = (w: string) => lettersOf(w) === Letters.AllCaps;

/** True when the sentence is a headline in capitals: most of its letters-bearing words are upper case. */
export function isCapsSentence(words: string[]): boolean {
  return capsByLetters(words.map(lettersOf));
}

function capsByLetters(letters: Letters[]): boolean {
  let withLetters = 0;
  let caps = 0;
  for (const l of letters) {
    if (l === Letters.None) continue;
    withLetters++;
    if (l === Letters.AllCaps) caps++;
  }
  return withLetters >= 2 && caps / withLetters > 0.7;
}

/** isCapsSentence over the words' cached views. */
export function isCapsSentenceOfViews(views: WordView[]): boolean {
  let withLetters = 0;
  let caps = 0;
  for (const v of views) {
    if (v.letters === Letters.None) continue;
    withLetters++;
    if (v.letters === Letters.AllCaps) caps++;
  }
  return withLetters >= 2 && caps / withLetters > 0.7;
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

/** documentCasing over the words' cached views (their lower-case forms are made once per word, not per token). */
export function documentCasingOfViews(sentences: WordView[][]): DocumentCasing {
  const capitalisedInside = new Set<string>();
  const writtenLower = new Set<string>();
  for (const views of sentences) {
    const caps = isCapsSentenceOfViews(views);
    for (let i = 0; i < views.length; i++) {
      const v = views[i];
      if (v.letters === Letters.None) continue;
      if (v.word === v.lowerText) writtenLower.add(v.lowerText);
      else if (!caps && i > 0 && !views[i - 1].opening) capitalisedInside.add(v.lowerText);
    }
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
  DocCasing, LowerM1Shape, ShapeLowerP1, Length, LexSpan, ClusterM2, ClusterP2, WordCaseless, CapRun,
}

const CLUSTER_PREFIXES = [4, 8, 12, 16];

/** Per-word values hashed once (and cached) and shared by the neighbours' features. */
export interface WordView {
  word: string;
  letters: Letters;
  /** An opening quote, bracket or dash: the next word's capital says nothing. */
  opening: boolean;
  /** A tagger's cached sums for this word (see model.ts), with the model they belong to. */
  tagged?: { owner: object; scores: Float32Array };
  /** What a lexicon knows of this word (see Lexicon.match). */
  lexicon?: { owner: object; info: unknown };
  lower: number;
  shape: number;
  longShape: number;
  wordHash: number;
  caseless: number;
  allCaps: boolean;
  capitalised: boolean;
  lowerText: string;
  length: number;
  prefixes: number[];
  suffixes: number[];
  /** Hashes of the cluster bit string's prefixes (4, 8, 12, 16 bits and whole); empty when the word has no cluster. */
  cluster: number[];
}

function makeView(word: string, clusters: ClusterTable): WordView {
  const lowerText = word.toLowerCase();
  const lowerNorm = normaliseDigits(lowerText);
  const prefixes: number[] = [];
  const suffixes: number[] = [];
  let h = FNV_OFFSET;
  for (let k = 1; k <= 5 && k <= lowerNorm.length; k++) {
    h = Math.imul(h ^ lowerNorm.charCodeAt(k - 1), FNV_PRIME) >>> 0;
    prefixes.push(h);
    suffixes.push(stringHash(lowerNorm.slice(-k)));
  }
  const bits = clusterOf(clusters, word);
  const cluster: number[] = [];
  if (bits) {
    let ch = FNV_OFFSET;
    for (let k = 1; k <= bits.length; k++) {
      ch = Math.imul(ch ^ bits.charCodeAt(k - 1), FNV_PRIME) >>> 0;
      if (CLUSTER_PREFIXES.includes(k) || k === bits.length) cluster.push(ch ^ k);
    }
  }
  const letters = lettersOf(word);
  const allCaps = letters === Letters.AllCaps;
  return {
    word,
    letters,
    opening: isOpeningPunct(word),
    lower: stringHash(lowerNorm),
    shape: stringHash(shortShape(word)),
    longShape: stringHash(longShape(word)),
    wordHash: stringHash(word),
    caseless: stringHash(allCaps && word.length > 1 ? word[0] + lowerText.slice(1) : word),
    allCaps,
    capitalised: isCapitalised(word),
    lowerText,
    length: Math.min(word.length, 12),
    prefixes,
    suffixes,
    cluster,
  };
}

/** Word views are cached per cluster table: news repeats its words, so most tokens cost one Map lookup. */
const viewCaches = new WeakMap<ClusterTable, Map<string, WordView>>();

/** The views of a sentence's words. */
export const wordViews = (words: string[], clusters: ClusterTable): WordView[] => words.map((w) => viewOf(w, clusters));

/** The view that stands for the sentence boundary on either side. */
export const boundaryView = (): WordView => BOUNDARY;

function viewOf(word: string, clusters: ClusterTable): WordView {
  let cache = viewCaches.get(clusters);
  if (!cache) viewCaches.set(clusters, (cache = new Map()));
  let v = cache.get(word);
  if (!v) {
    if (cache.size > 200_000) cache.clear();
    v = makeView(word, clusters);
    cache.set(word, v);
  }
  return v;
}

const BOUNDARY: WordView = {
  word: "<S>", letters: Letters.Some, opening: false, lower: stringHash("<s>"), shape: stringHash("<S>"), longShape: stringHash("<S>"), wordHash: stringHash("<S>"),
  caseless: stringHash("<S>"), allCaps: false, capitalised: false, lowerText: "<s>", length: 0, prefixes: [], suffixes: [],
  cluster: [stringHash("B")],
};

const NONE = stringHash("none");
const lexiconHashes = new Map<string, number>();
const lexHash = (tag: string) => {
  let h = lexiconHashes.get(tag);
  if (h === undefined) lexiconHashes.set(tag, (h = stringHash(tag)));
  return h;
};
const DOC_CASING = new Map<string, number>();
const docCasingHash = (v: string) => {
  let h = DOC_CASING.get(v);
  if (h === undefined) DOC_CASING.set(v, (h = stringHash(v)));
  return h;
};

/** Receives the features of token `index`, one call per feature. */
export type FeatureSink = (index: number, feature: number) => void;

/**
 * The roles a word plays for the tokens around it. Features that depend on one word and its role only (its own
 * spelling, shape, affixes and cluster; the words one and two to either side) are the same wherever the word
 * occurs, so taggers may sum their weights once per word and cache them (see streamWordFeatures).
 */
export const enum WordRole { Self = 0, Left1 = 1, Right1 = 2, Left2 = 3, Right2 = 4, CaselessInText = 5, CaselessInCaps = 6 }
/**
 * Roles 5 and 6 hold the one feature of a token that depends on the sentence as well as the word: its caseless
 * spelling, which is the word itself in running text and its capitalised form in a headline in capitals.
 */
export const WORD_ROLES = 7;

/** The word-local features of `word` (null: the sentence boundary) in one role, as seen by the token it serves. */
export function streamWordFeatures(word: string | null, clusters: ClusterTable, role: WordRole, sink: (feature: number) => void): void {
  streamViewFeatures(word === null ? BOUNDARY : viewOf(word, clusters), role, sink);
}

/** streamWordFeatures for a word's view. */
export function streamViewFeatures(v: WordView, role: WordRole, sink: (feature: number) => void): void {
  const add = (template: number, valueHash: number) => sink(featureId(template, valueHash));
  switch (role) {
    case WordRole.Self:
      add(T.Bias, 0); // constant per token, so it rides with the word's own features
      add(T.Word, v.wordHash);
      add(T.Lower, v.lower);
      add(T.Shape, v.shape);
      add(T.LongShape, v.longShape);
      add(T.Length, v.length);
      for (const h of v.prefixes) add(T.Prefix, h);
      for (const h of v.suffixes) add(T.Suffix, h);
      clusterFeatures(add, T.Cluster, v.cluster);
      break;
    case WordRole.Left1:
      add(T.LowerM1, v.lower);
      add(T.ShapeM1, v.shape);
      clusterFeatures(add, T.ClusterM1, v.cluster);
      break;
    case WordRole.Right1:
      add(T.LowerP1, v.lower);
      add(T.ShapeP1, v.shape);
      clusterFeatures(add, T.ClusterP1, v.cluster);
      break;
    case WordRole.Left2:
      add(T.LowerM2, v.lower);
      if (v.cluster.length > 1) add(T.ClusterM2, v.cluster[1]);
      break;
    case WordRole.Right2:
      add(T.LowerP2, v.lower);
      if (v.cluster.length > 1) add(T.ClusterP2, v.cluster[1]);
      break;
    case WordRole.CaselessInText:
      add(T.WordCaseless, v.wordHash);
      break;
    case WordRole.CaselessInCaps:
      add(T.WordCaseless, v.caseless);
      break;
  }
}

/**
 * Streams the hashed features of every token of a sentence into `sink` (no arrays are built). With
 * `wordLocal` false, the features of streamWordFeatures are left out: the caller adds them from its cache.
 */
export function streamSentenceFeatures(input: FeatureInput, clusters: ClusterTable, casing: DocumentCasing, sink: FeatureSink, wordLocal = true, sentenceViews?: WordView[]): void {
  const { words, lexicon } = input;
  const views = sentenceViews ?? wordViews(words, clusters);
  const at = (i: number) => (i < 0 || i >= views.length ? BOUNDARY : views[i]);
  const capsSentence = isCapsSentenceOfViews(views);
  const { runStart, runEnd } = capitalisedRuns(views);
  let i = 0;
  // One closure per sentence, not per token: the token index is read from `i`.
  const add = (template: number, valueHash: number) => sink(i, featureId(template, valueHash));
  const addId = (feature: number) => sink(i, feature);
  for (; i < words.length; i++) {
    const v = views[i];
    const m1 = at(i - 1);
    const p1 = at(i + 1);
    if (wordLocal) {
      streamWordFeatures(words[i], clusters, WordRole.Self, addId);
      streamWordFeatures(i > 0 ? words[i - 1] : null, clusters, WordRole.Left1, addId);
      streamWordFeatures(i + 1 < words.length ? words[i + 1] : null, clusters, WordRole.Right1, addId);
      streamWordFeatures(i > 1 ? words[i - 2] : null, clusters, WordRole.Left2, addId);
      streamWordFeatures(i + 2 < words.length ? words[i + 2] : null, clusters, WordRole.Right2, addId);
    }
    add(T.ShapeM1_0, pairHash(m1.shape, v.shape));
    add(T.Shape0_P1, pairHash(v.shape, p1.shape));
    add(T.BigramM1, pairHash(m1.lower, v.lower));
    add(T.BigramP1, pairHash(v.lower, p1.lower));
    add(T.LowerM1Shape, pairHash(m1.lower, v.shape));
    add(T.ShapeLowerP1, pairHash(v.shape, p1.lower));
    for (const t of lexicon[i] ?? []) add(T.Lex, lexHash(t));
    if (i > 0) for (const t of lexicon[i - 1] ?? []) add(T.LexM1, lexHash(t));
    if (i + 1 < words.length) for (const t of lexicon[i + 1] ?? []) add(T.LexP1, lexHash(t));
    if (i === 0) add(T.FirstShape, v.shape);
    if (capsSentence) add(T.CapsSentenceShape, v.shape);
    // Where the casing of this word cannot be trusted (sentence start, headline), what the rest of the document says.
    if (v.capitalised && (i === 0 || capsSentence || m1.opening)) {
      const cap = casing.capitalisedInside.has(v.lowerText);
      const low = casing.writtenLower.has(v.lowerText);
      add(T.DocCasing, docCasingHash((i === 0 ? "first" : capsSentence ? "caps" : "quote") + (cap ? "+C" : "-C") + (low ? "+l" : "-l")));
    } else if (v.capitalised) {
      add(T.DocCasing, docCasingHash("inside" + (casing.writtenLower.has(v.lowerText) ? "+l" : "-l")));
    }
    // A caseless copy of the word for headline tokens: "BRUSSELS" shares the weights of "Brussels" (word-local:
    // cached by taggers in the roles CaselessInText and CaselessInCaps).
    if (wordLocal) add(T.WordCaseless, capsSentence ? v.caseless : v.wordHash);
    // Place in a run of capitalised words ("European Commission", "New York Stock Exchange"): names end where runs do.
    if (v.capitalised && !capsSentence) add(T.CapRun, capRunCode(runStart[i], runEnd[i], i));
  }
}

/** "first of 2", "last of 3+", "alone": where a token sits in its run of capitalised words. */
function capRunCode(start: number, end: number, i: number): number {
  const length = Math.min(end - start, 3);
  const place = end - start === 1 ? 0 : i === start ? 1 : i === end - 1 ? 2 : 3;
  return length * 4 + place + 1;
}

// Reused from sentence to sentence (a sentence's features are streamed before the next one's are asked for).
let runBuffers = { runStart: new Int32Array(256), runEnd: new Int32Array(256) };

/** For each token, the bounds of the run of capitalised words (joined by "of", "and", "-" and "'s" too) it is in. */
function capitalisedRuns(views: WordView[]): { runStart: Int32Array; runEnd: Int32Array } {
  if (runBuffers.runStart.length < views.length) runBuffers = { runStart: new Int32Array(views.length * 2), runEnd: new Int32Array(views.length * 2) };
  const { runStart, runEnd } = runBuffers;
  let i = 0;
  while (i < views.length) {
    if (!views[i].capitalised) {
      runStart[i] = i;
      runEnd[i] = i + 1;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < views.length && (views[j].capitalised || (JOINERS.has(views[j].word) && j + 1 < views.length && views[j + 1].capitalised))) j++;
    for (let k = i; k < j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
    }
    i = j;
  }
  return { runStart, runEnd };
}

const JOINERS = new Set(["of", "and", "-", "'s", "&", "de", "du", "la", "van", "von", "al", "bin"]);

/** The hashed features of every token of a sentence, as arrays (for training). */
export function sentenceFeatures(input: FeatureInput, clusters: ClusterTable, casing: DocumentCasing): Uint32Array[] {
  const lists: number[][] = input.words.map(() => []);
  streamSentenceFeatures(input, clusters, casing, (i, h) => lists[i].push(h));
  return lists.map((l) => Uint32Array.from(l));
}

function clusterFeatures(add: (template: number, valueHash: number) => void, template: number, cluster: number[]): void {
  if (!cluster.length) return add(template, NONE);
  for (const h of cluster) add(template, h);
}

/** Entity types as the history counts them; index 0 is "not a name". */
export const HISTORY_TYPES = ["O", "PER", "ORG", "LOC", "MISC"];
const enum H { Seen = 101, Majority, Only }

/**
 * What the tagger has already said about a word earlier in the same document ("extended prediction history"): a
 * surname first seen in a full name, or a club named in a score line, keeps its type when it comes back alone.
 * Only capitalised words are remembered; the key is the lower-cased word.
 */
export class DocumentHistory {
  private readonly counts = new Map<string, Int32Array>();

  /** The history features of a word (empty for a word the document has not tagged yet). */
  features(word: string): number[] {
    const out: number[] = [];
    this.streamFeatures(word, (h) => out.push(h));
    return out;
  }

  /** The history features of a word, one call each (none for a word the document has not tagged yet). */
  streamFeatures(word: string, sink: (feature: number) => void): void {
    if (!isCapitalised(word) || !this.counts.size) return;
    const c = this.counts.get(word.toLowerCase());
    if (!c) return;
    let best = 0;
    let kinds = 0;
    for (let t = 0; t < c.length; t++) {
      if (c[t] > 0) {
        kinds++;
        sink(HISTORY_IDS[H.Seen - H.Seen][t]);
      }
      if (c[t] > c[best]) best = t;
    }
    sink(HISTORY_IDS[H.Majority - H.Seen][best]);
    if (kinds === 1) sink(HISTORY_IDS[H.Only - H.Seen][best]);
  }

  /** Records the type given to each capitalised word of a tagged sentence (type index into HISTORY_TYPES). */
  record(words: string[], types: number[]): void {
    words.forEach((w, i) => {
      if (!isCapitalised(w)) return;
      const key = w.toLowerCase();
      let c = this.counts.get(key);
      if (!c) this.counts.set(key, (c = new Int32Array(HISTORY_TYPES.length)));
      c[types[i]]++;
    });
  }
}

/** The history feature ids by template (Seen, Majority, Only) and type index, hashed once. */
const HISTORY_IDS = [H.Seen, H.Majority, H.Only].map((template) => HISTORY_TYPES.map((_, t) => featureId(template, t + 1)));

/** Every feature id the history can produce (so that training can reserve their weights). */
export function allHistoryFeatures(): number[] {
  const out: number[] = [];
  for (let t = 1; t <= HISTORY_TYPES.length; t++) out.push(featureId(H.Seen, t), featureId(H.Majority, t), featureId(H.Only, t));
  return out;
}

/** The history type index of a BILOU / IOB label ("B-PER" → 1, "O" → 0). */
export const historyTypeOf = (label: string): number => Math.max(0, HISTORY_TYPES.indexOf(label.length > 2 ? label.slice(2) : "O"));
