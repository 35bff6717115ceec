/**
 * The shipped NER model: its file format, lazy loading from the installed package, and tagging of tokenised
 * documents. File (gzip): "DNER1\n", a JSON header line (labels, scale, counts, cluster table), then feature
 * hashes (Uint32), emission weights (Int16, × scale) and transitions (Float32), little-endian.
 */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { packagePath } from "../../util/paths.js";
import { chunksFromBilou, type Chunk } from "./conll.js";
import { documentCasing, sentenceFeatures, type ClusterTable } from "./features.js";
import { defaultLexicon, lexiconFeatureTags, type Lexicon } from "./lexicon.js";
import { allowedTransitions, emissionScores, FeatureTable, viterbi, type LinearChainModel } from "./perceptron.js";

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
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * header.scale;
  const clusters: ClusterTable = new Map();
  for (const line of header.clusters.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) clusters.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return { labels: header.labels, table: new FeatureTable(hashes), weights, transitions, clusters, allowed: allowedTransitions(header.labels) };
}

let loaded: NerModel | undefined;

/** The model shipped in the package (models/ner.bin.gz), read on first use only. */
export function defaultModel(): NerModel {
  if (loaded) return loaded;
  const path = packagePath("models", MODEL_FILE);
  if (!existsSync(path)) throw new Error(`the NER model ${path} is missing: run \`npm run train:ner\``);
  return (loaded = decodeModel(readFileSync(path)));
}

/** Tags the sentences of one document (words only) and returns the entity chunks of each sentence. */
export function tagDocument(sentences: string[][], model: NerModel = defaultModel(), lexicon: Lexicon = defaultLexicon()): Chunk[][] {
  const casing = documentCasing(sentences);
  return sentences.map((words) => {
    if (!words.length) return [];
    const features = sentenceFeatures({ words, lexicon: lexiconFeatureTags(lexicon, words) }, model.clusters, casing);
    const scores = emissionScores(model, features);
    const path = viterbi(scores, words.length, model.transitions, model.allowed, model.labels);
    return chunksFromBilou(path.map((l) => model.labels[l]));
  });
}
