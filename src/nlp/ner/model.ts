/**
 * The shipped NER model: its file format, lazy loading from the installed package, and tagging of tokenised
 * documents. File (gzip): "DNER1\n", a JSON header line (labels, scale, counts, cluster table), then feature
 * hashes (Uint32), emission weights (Int16, × scale) and transitions (Float32), little-endian.
 */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { packagePath } from "../../util/paths.js";
import { chunksFromBilou, type Chunk } from "./conll.js";
import { documentCasing, DocumentHistory, historyTypeOf, streamSentenceFeatures, streamWordFeatures, WORD_ROLES, WordRole, type ClusterTable } from "./features.js";
import { defaultLexicon, lexiconFeatureTags, type Lexicon } from "./lexicon.js";
import { allowedTransitions, FeatureTable, viterbi, type LinearChainModel } from "./perceptron.js";

export const MODEL_FILE = "ner.bin.gz";
const MAGIC = "DNER1\n";

export interface NerModel extends LinearChainModel {
  clusters: ClusterTable;
  allowed: Uint8Array;
}

interface Header {
  labels: string[];
  scale: number;
  features: number;
  clusters: string;
  trainedOn?: string;
}

/** Serialises a model: weights quantised to 16 bits against the largest magnitude. */
export function encodeModel(m: { labels: string[]; hashes: Uint32Array; weights: ArrayLike<number>; transitions: ArrayLike<number>; clusters: ClusterTable; trainedOn?: string }): Buffer {
  let max = 0;
  for (let i = 0; i < m.weights.length; i++) max = Math.max(max, Math.abs(m.weights[i]));
  const scale = max / 32767 || 1;
  const q = new Int16Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weights[i] / scale);
  const clusters = [...m.clusters].map(([w, b]) => w + "\t" + b).join("\n");
  const header: Header = { labels: m.labels, scale, features: m.hashes.length, clusters, trainedOn: m.trainedOn };
  const head = Buffer.from(MAGIC + JSON.stringify(header) + "\n", "utf8");
  const pad = Buffer.alloc((4 - (head.length % 4)) % 4, 32);
  const body = Buffer.concat([
    head,
    pad,
    Buffer.from(m.hashes.buffer, m.hashes.byteOffset, m.hashes.byteLength),
    Buffer.from(q.buffer),
    Buffer.from(Float32Array.from(m.transitions).buffer),
  ]);
  return gzipSync(body, { level: 9 });
}

export function decodeModel(file: Buffer): NerModel {
  const raw = gunzipSync(file);
  if (raw.subarray(0, MAGIC.length).toString("utf8") !== MAGIC) throw new Error("not a Dossier NER model");
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
  const clusters: ClusterTable = new Map();
  for (const line of header.clusters.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) clusters.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return { labels: header.labels, table: new FeatureTable(hashes), weights: q, scale: header.scale, transitions, clusters, allowed: allowedTransitions(header.labels) };
}

let loaded: NerModel | undefined;

/** The model shipped in the package (models/ner.bin.gz), read on first use only. */
export function defaultModel(): NerModel {
  if (loaded) return loaded;
  const path = packagePath("models", MODEL_FILE);
  if (!existsSync(path)) throw new Error(`the NER model ${path} is missing: run \`npm run train:ner\``);
  return (loaded = decodeModel(readFileSync(path)));
}

/** Per model: each word's summed weights in each role (WORD_ROLES × labels), computed on first sight. */
const wordScoreCaches = new WeakMap<NerModel, Map<string, Float32Array>>();
const BOUNDARY_KEY = "\u0000<S>";

function wordScores(model: NerModel, word: string | null): Float32Array {
  let cache = wordScoreCaches.get(model);
  if (!cache) wordScoreCaches.set(model, (cache = new Map()));
  const key = word ?? BOUNDARY_KEY;
  let out = cache.get(key);
  if (out) return out;
  const n = model.labels.length;
  out = new Float32Array(WORD_ROLES * n);
  const vector = out;
  for (let role = 0; role < WORD_ROLES; role++) {
    streamWordFeatures(word, model.clusters, role as WordRole, (h) => {
      const row = model.table.row(h);
      if (row < 0) return;
      for (let l = 0; l < n; l++) vector[role * n + l] += model.weights[row * n + l] * model.scale;
    });
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(key, out);
  return out;
}

/** Tags the sentences of one document (words only) and returns the entity chunks of each sentence. */
export function tagDocument(sentences: string[][], model: NerModel = defaultModel(), lexicon: Lexicon = defaultLexicon()): Chunk[][] {
  const casing = documentCasing(sentences);
  const n = model.labels.length;
  const { table, weights, scale } = model;
  const history = new DocumentHistory();
  return sentences.map((words) => {
    if (!words.length) return [];
    const scores = new Float32Array(words.length * n);
    const add = (i: number, h: number) => {
      const row = table.row(h);
      if (row < 0) return;
      const w = row * n;
      const base = i * n;
      for (let l = 0; l < n; l++) scores[base + l] += weights[w + l] * scale;
    };
    // Word-local features come summed from the per-word cache; the rest stream out per token.
    const cached = words.map((w) => wordScores(model, w));
    const boundary = wordScores(model, null);
    const last = words.length - 1;
    for (let i = 0; i <= last; i++) {
      const base = i * n;
      const self = cached[i];
      const left1 = i > 0 ? cached[i - 1] : boundary;
      const right1 = i < last ? cached[i + 1] : boundary;
      const left2 = i > 1 ? cached[i - 2] : boundary;
      const right2 = i + 1 < last ? cached[i + 2] : boundary;
      // Role offsets as plain numbers: an enum read through a module binding costs a call per use in some loaders.
      const o1 = n, o2 = 2 * n, o3 = 3 * n, o4 = 4 * n;
      for (let l = 0; l < n; l++) scores[base + l] = self[l] + left1[o1 + l] + right1[o2 + l] + left2[o3 + l] + right2[o4 + l];
    }
    streamSentenceFeatures({ words, lexicon: lexiconFeatureTags(lexicon, words) }, model.clusters, casing, add, false);
    words.forEach((w, i) => { for (const h of history.features(w)) add(i, h); });
    const labels = viterbi(scores, words.length, model.transitions, model.allowed, model.labels).map((l) => model.labels[l]);
    history.record(words, labels.map(historyTypeOf));
    return chunksFromBilou(labels);
  });
}
