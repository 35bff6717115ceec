/**
 * The shipped NER model: its file format, lazy loading from the installed package, and tagging of tokenised
 * documents. File (gzip): "DNER2\n", a JSON header line (labels, scale, counts), then feature hashes (Uint32),
 * emission weights (Int16, × scale) and transitions (Float32), little-endian, then the word clusters as two
 * newline-separated lists (words, then their bit strings), so that loading does no per-entry parsing in JSON.
 * Files of the first format ("DNER1\n": the clusters inside the JSON header) still load.
 */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { packagePath } from "../../util/paths.js";
import { chunksFromLabelIds, type Chunk } from "./conll.js";
import { boundaryView, documentCasingOfViews, DocumentHistory, historyTypeOf, isCapsSentenceOfViews, streamSentenceFeatures, streamViewFeatures, WORD_ROLES, wordViews, type ClusterTable, type WordRole, type WordView } from "./features.js";
import { defaultLexicon, lexiconFeatureTags, lexiconTagsOf, type Lexicon, type LexiconMatch } from "./lexicon.js";
import { allowedTransitions, FeatureTable, viterbi, type LinearChainModel } from "./perceptron.js";

export const MODEL_FILE = "ner.bin.gz";
const MAGIC = "DNER2\n";
const MAGIC_V1 = "DNER1\n";

export interface NerModel extends LinearChainModel {
  clusters: ClusterTable;
  allowed: Uint8Array;
}

interface Header {
  labels: string[];
  scale: number;
  features: number;
  /** DNER1: the clusters as "word\tbits" lines. DNER2: the byte length of the clusters section. */
  clusters: string | number;
  trainedOn?: string;
}

/** Serialises a model: weights quantised to 16 bits against the largest magnitude. */
export function encodeModel(m: { labels: string[]; hashes: Uint32Array; weights: ArrayLike<number>; transitions: ArrayLike<number>; clusters: ClusterTable; trainedOn?: string }): Buffer {
  let max = 0;
  for (let i = 0; i < m.weights.length; i++) max = Math.max(max, Math.abs(m.weights[i]));
  const scale = max / 32767 || 1;
  const q = new Int16Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weights[i] / scale);
  const entries = [...m.clusters];
  const clusters = Buffer.from(entries.map(([w]) => w).join("\n") + "\u0000" + entries.map(([, b]) => b).join("\n"), "utf8");
  const header: Header = { labels: m.labels, scale, features: m.hashes.length, clusters: clusters.length, trainedOn: m.trainedOn };
  const head = Buffer.from(MAGIC + JSON.stringify(header) + "\n", "utf8");
  const pad = Buffer.alloc((4 - (head.length % 4)) % 4, 32);
  const body = Buffer.concat([
    head,
    pad,
    Buffer.from(m.hashes.buffer, m.hashes.byteOffset, m.hashes.byteLength),
    Buffer.from(q.buffer),
    Buffer.from(Float32Array.from(m.transitions).buffer),
    clusters,
  ]);
  return gzipSync(body, { level: 9 });
}

export function decodeModel(file: Buffer): NerModel {
  const raw = gunzipSync(file);
  const magic = raw.subarray(0, MAGIC.length).toString("utf8");
  if (magic !== MAGIC && magic !== MAGIC_V1) throw new Error("not a Dossier NER model");
  const nl = raw.indexOf(10, MAGIC.length);
  const header = JSON.parse(raw.subarray(MAGIC.length, nl).toString("utf8")) as Header;
  let offset = nl + 1;
  offset += (4 - (offset % 4)) % 4;
  const n = header.labels.length;
  // Copy into aligned buffers (the gunzipped Buffer may sit at any offset of a shared pool).
  const hashes = new Uint32Array(header.features);
  Buffer.from(hashes.buffer).set(raw.subarray(offset, offset + hashes.byteLength));
  offset += hashes.byteLength;
  const q = new Int16Array(header.features * n);
  Buffer.from(q.buffer).set(raw.subarray(offset, offset + q.byteLength));
  offset += q.byteLength;
  const transitions = new Float32Array((n + 1) * n);
  Buffer.from(transitions.buffer).set(raw.subarray(offset, offset + transitions.byteLength));
  offset += transitions.byteLength;
  const clusters = typeof header.clusters === "string" ? clustersFromLines(header.clusters) : clustersFromLists(raw.subarray(offset, offset + header.clusters).toString("utf8"));
  return { labels: header.labels, table: new FeatureTable(hashes), weights: q, scale: header.scale, transitions, clusters, allowed: allowedTransitions(header.labels) };
}

function clustersFromLines(text: string): ClusterTable {
  const clusters: ClusterTable = new Map();
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) clusters.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return clusters;
}

/** "w1\nw2…\0b1\nb2…": two native splits and one Map insertion per word. */
function clustersFromLists(text: string): ClusterTable {
  const cut = text.indexOf("\u0000");
  const words = text.slice(0, cut).split("\n");
  const bits = text.slice(cut + 1).split("\n");
  const clusters: ClusterTable = new Map();
  for (let i = 0; i < words.length; i++) if (words[i]) clusters.set(words[i], bits[i]);
  return clusters;
}

let loaded: NerModel | undefined;

/** The model shipped in the package (models/ner.bin.gz), read on first use only. */
export function defaultModel(): NerModel {
  if (loaded) return loaded;
  const path = packagePath("models", MODEL_FILE);
  if (!existsSync(path)) throw new Error(`the NER model ${path} is missing: run \`npm run train:ner\``);
  return (loaded = decodeModel(readFileSync(path)));
}

/**
 * Each word's summed weights in each role under a model (rows of `labels` numbers: own features in running text,
 * Left1, Right1, Left2, Right2, own features in a capitals headline; a seventh row is scratch), computed on first
 * sight and kept on the word's view.
 */
function wordScores(model: NerModel, view: WordView): Float32Array {
  const cached = view.tagged;
  if (cached && cached.owner === model) return cached.scores;
  const n = model.labels.length;
  const { table, weights, scale } = model;
  const vector = new Float32Array(WORD_ROLES * n);
  let offset = 0;
  // One closure per word, not per role: the role's place in the vector is read from `offset`.
  const addFeature = (h: number) => {
    const row = table.row(h);
    if (row < 0) return;
    const w = row * n;
    for (let l = 0; l < n; l++) vector[offset + l] += weights[w + l] * scale;
  };
  for (let role = 0; role < WORD_ROLES; role++) {
    offset = role * n;
    streamViewFeatures(view, role as WordRole, addFeature);
  }
  // The word's own features and its caseless copy always come together: rows 0 and 5 become the word's own sums in
  // running text and in a headline in capitals, so that a token sums five vectors, not six.
  const text = 5 * n;
  const caps = 6 * n;
  for (let l = 0; l < n; l++) {
    const self = vector[l];
    vector[l] = self + vector[text + l];
    vector[text + l] = self + vector[caps + l];
  }
  view.tagged = { owner: model, scores: vector };
  return vector;
}

/** The views of a document's words under a model (for tagDocument and, as slots, for Lexicon.match). */
export const documentViewsOf = (sentences: string[][], model: NerModel = defaultModel()): WordView[][] => sentences.map((words) => wordViews(words, model.clusters));

/** A model's labels cut once: first letters, entity types, history type numbers. */
const labelPartsCache = new WeakMap<NerModel, { bio: string[]; type: (string | null)[]; history: number[] }>();
function labelParts(model: NerModel): { bio: string[]; type: (string | null)[]; history: number[] } {
  let p = labelPartsCache.get(model);
  if (!p) {
    p = { bio: model.labels.map((l) => l[0]), type: model.labels.map((l) => (l.length > 2 ? l.slice(2) : null)), history: model.labels.map(historyTypeOf) };
    labelPartsCache.set(model, p);
  }
  return p;
}

// Emission scores reused from sentence to sentence (grown for a longer one).
let scoreBuffer = new Float32Array(0);

/**
 * Tags the sentences of one document (words only) and returns the entity chunks of each sentence. `matches`, the
 * lexicon's matches in each sentence, may be given when the caller has them already (they are found otherwise).
 */
export function tagDocument(
  sentences: string[][],
  model: NerModel = defaultModel(),
  lexicon: Lexicon = defaultLexicon(),
  matches?: LexiconMatch[][],
  /** The words' views (documentViews), when the caller has them already. */
  documentViews?: WordView[][],
): Chunk[][] {
  // Each word is looked up once per token; everything else reads its view.
  const views = documentViews ?? documentViewsOf(sentences, model);
  const casing = documentCasingOfViews(views);
  const n = model.labels.length;
  const { table, weights, scale } = model;
  const history = new DocumentHistory();
  const boundary = wordScores(model, boundaryView());
  const parts = labelParts(model);
  return sentences.map((words, si) => {
    if (!words.length) return [];
    if (scoreBuffer.length < words.length * n) scoreBuffer = new Float32Array(words.length * n * 2);
    const scores = scoreBuffer;
    let token = 0;
    const addToToken = (h: number) => {
      const row = table.row(h);
      if (row < 0) return;
      const w = row * n;
      const base = token * n;
      for (let l = 0; l < n; l++) scores[base + l] += weights[w + l] * scale;
    };
    const add = (i: number, h: number) => {
      token = i;
      addToToken(h);
    };
    // Word-local features come summed from the per-word cache; the rest stream out per token.
    const sentenceViews = views[si];
    const cached = sentenceViews.map((v) => wordScores(model, v));
    const last = words.length - 1;
    // Role offsets as plain numbers: an enum read through a module binding costs a call per use in some loaders.
    const o1 = n, o2 = 2 * n, o3 = 3 * n, o4 = 4 * n;
    const os = isCapsSentenceOfViews(sentenceViews) ? 5 * n : 0;
    for (let i = 0; i <= last; i++) {
      const base = i * n;
      const self = cached[i];
      const left1 = i > 0 ? cached[i - 1] : boundary;
      const right1 = i < last ? cached[i + 1] : boundary;
      const left2 = i > 1 ? cached[i - 2] : boundary;
      const right2 = i + 1 < last ? cached[i + 2] : boundary;
      for (let l = 0; l < n; l++) scores[base + l] = self[os + l] + left1[o1 + l] + right1[o2 + l] + left2[o3 + l] + right2[o4 + l];
    }
    const tags = matches ? lexiconTagsOf(words.length, matches[si]) : lexiconFeatureTags(lexicon, words);
    streamSentenceFeatures({ words, lexicon: tags }, model.clusters, casing, add, false, sentenceViews);
    for (token = 0; token <= last; token++) history.streamFeatures(words[token], addToToken);
    const labels = viterbi(scores, words.length, model.transitions, model.allowed, model.labels);
    history.record(words, labels.map((l) => parts.history[l]));
    return chunksFromLabelIds(labels, parts.bio, parts.type);
  });
}
