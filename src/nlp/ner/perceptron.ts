/**
 * A linear-chain averaged structured perceptron over BILOU tags with first-order Viterbi decoding. Weights are rows
 * of `labels.length` numbers, one row per hashed feature; an open-addressing table maps feature hashes to rows.
 */

/** Maps 32-bit feature hashes (never 0) to weight rows; -1 when the feature is unknown. */
export class FeatureTable {
  /** Slot k holds its key at 2k and its row at 2k + 1: one cache line serves a probe. */
  readonly slots: Int32Array;
  private readonly mask: number;

  constructor(hashes: Uint32Array) {
    let size = 1;
    while (size < hashes.length * 2) size <<= 1;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    const slots = this.slots;
    const mask = this.mask;
    for (let row = 0; row < hashes.length; row++) {
      const h = hashes[row];
      let slot = h & mask;
      while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = h | 0;
      slots[slot * 2 + 1] = row;
    }
  }

  row(hash: number): number {
    const key = hash | 0;
    const slots = this.slots;
    let slot = hash & this.mask;
    for (;;) {
      const k = slots[slot * 2];
      if (k === key) return slots[slot * 2 + 1];
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}

export interface LinearChainModel {
  labels: string[];
  table: FeatureTable;
  /** rows × labels emission weights, each to be multiplied by `scale` (16-bit weights halve the memory a lookup touches). */
  weights: Float32Array | Int16Array;
  scale: number;
  /** (labels + 1) × labels transition weights; the last row is the start of a sentence. */
  transitions: Float32Array;
}

/** Whether label b may follow label a in BILOU ("O" → "I-PER" may not); a = -1 is the sentence start. */
export function allowedTransitions(labels: string[]): Uint8Array {
  const n = labels.length;
  const ok = new Uint8Array((n + 1) * n);
  const open = (t: string) => t[0] === "B" || t[0] === "I";
  for (let a = -1; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const from = a < 0 ? "O" : labels[a];
      const to = labels[b];
      const inside = to[0] === "I" || to[0] === "L";
      const valid = open(from) ? inside && from.slice(2) === to.slice(2) : !inside;
      ok[(a < 0 ? n : a) * n + b] = valid ? 1 : 0;
    }
  }
  return ok;
}

/** Whether a label may end a sentence (an open B-/I- may not). */
export const mayEnd = (label: string): boolean => label[0] !== "B" && label[0] !== "I";

/** Emission scores of every token: tokens × labels. */
export function emissionScores(model: LinearChainModel, features: Uint32Array[]): Float32Array {
  const n = model.labels.length;
  const scores = new Float32Array(features.length * n);
  const { weights, table, scale } = model;
  for (let i = 0; i < features.length; i++) {
    const base = i * n;
    for (const h of features[i]) {
      const row = table.row(h);
      if (row < 0) continue;
      const w = row * n;
      for (let l = 0; l < n; l++) scores[base + l] += weights[w + l] * scale;
    }
  }
  return scores;
}

/**
 * The BILOU constraints and transition weights as decoding reads them: each label's allowed predecessors in one
 * flat list with the weight of each step beside it, the weights of starting a sentence, and the labels that may end one.
 */
interface Decoder {
  /** Labels allowed before label b: predList[predStart[b] .. predStart[b + 1]), the weight of each step in predWeight. */
  predStart: Int32Array;
  predList: Int32Array;
  predWeight: Float64Array;
  /** The weight of starting a sentence with label b (-1e30 where it may not). */
  startWeight: Float64Array;
  mayEnd: Uint8Array;
}

const NEG = -1e30;

/** Per transitions array: the model's is read once; training's change every sentence and are read afresh. */
const decoders = new WeakMap<Float32Array | Float64Array, Decoder>();
function decoderOf(transitions: Float32Array | Float64Array, allowed: Uint8Array, labels: string[]): Decoder {
  let d = decoders.get(transitions);
  if (!d || d.predStart.length !== labels.length + 1) {
    const n = labels.length;
    const predStart = new Int32Array(n + 1);
    const list: number[] = [];
    const weight: number[] = [];
    for (let b = 0; b < n; b++) {
      predStart[b] = list.length;
      for (let a = 0; a < n; a++) {
        if (!allowed[a * n + b]) continue;
        list.push(a);
        weight.push(transitions[a * n + b]);
      }
    }
    predStart[n] = list.length;
    d = {
      predStart,
      predList: Int32Array.from(list),
      predWeight: Float64Array.from(weight),
      startWeight: Float64Array.from(labels, (_, b) => (allowed[n * n + b] ? transitions[n * n + b] : NEG)),
      mayEnd: Uint8Array.from(labels, (l) => (mayEnd(l) ? 1 : 0)),
    };
    decoders.set(transitions, d);
  }
  return d;
}

// Decoding tables reused from sentence to sentence (grown when a longer sentence comes): no allocation per sentence.
let delta = new Float64Array(0);
let back = new Int32Array(0);

/** The best label sequence under the emission and transition scores, obeying the BILOU constraints. */
export function viterbi(scores: Float32Array, length: number, transitions: Float32Array | Float64Array, allowed: Uint8Array, labels: string[]): number[] {
  const n = labels.length;
  if (length === 0) return [];
  const { predStart, predList, predWeight, startWeight, mayEnd: ends } = decoderOf(transitions, allowed, labels);
  if (delta.length < length * n) {
    delta = new Float64Array(length * n * 2);
    back = new Int32Array(length * n * 2);
  }
  const d = delta;
  const bk = back;
  for (let b = 0; b < n; b++) d[b] = startWeight[b] === NEG ? NEG : startWeight[b] + scores[b];
  for (let i = 1; i < length; i++) {
    const prev = (i - 1) * n;
    const cur = i * n;
    for (let b = 0; b < n; b++) {
      let best = NEG;
      let arg = 0;
      for (let k = predStart[b], stop = predStart[b + 1]; k < stop; k++) {
        const s = d[prev + predList[k]] + predWeight[k];
        if (s > best) {
          best = s;
          arg = predList[k];
        }
      }
      d[cur + b] = best + scores[cur + b];
      bk[cur + b] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (length - 1) * n;
  for (let b = 0; b < n; b++) {
    const s = d[last + b];
    if (ends[b] && s > best) {
      best = s;
      arg = b;
    }
  }
  const path = new Array<number>(length);
  path[length - 1] = arg;
  for (let i = length - 1; i > 0; i--) path[i - 1] = bk[i * n + path[i]];
  return path;
}

/** Training state: raw weights, the running sums for averaging, and the dense index of the features kept. */
export class PerceptronTrainer {
  readonly labels: string[];
  readonly allowed: Uint8Array;
  readonly rowOf = new Map<number, number>();
  weights: Float64Array;
  totals: Float64Array;
  transitions: Float64Array;
  transitionTotals: Float64Array;
  private step = 1;

  constructor(labels: string[], featureHashes: Iterable<number>) {
    this.labels = labels;
    this.allowed = allowedTransitions(labels);
    for (const h of featureHashes) if (!this.rowOf.has(h)) this.rowOf.set(h, this.rowOf.size);
    const n = labels.length;
    this.weights = new Float64Array(this.rowOf.size * n);
    this.totals = new Float64Array(this.rowOf.size * n);
    this.transitions = new Float64Array((n + 1) * n);
    this.transitionTotals = new Float64Array((n + 1) * n);
  }

  /** Rows of a token's features (unknown ones dropped): precomputed once so epochs do no hashing. */
  rows(features: Uint32Array): Int32Array {
    const out: number[] = [];
    for (const h of features) {
      const r = this.rowOf.get(h);
      if (r !== undefined) out.push(r);
    }
    return Int32Array.from(out);
  }

  decode(rows: Int32Array[], averaged?: { weights: Float64Array; transitions: Float64Array }): number[] {
    const n = this.labels.length;
    const w = averaged?.weights ?? this.weights;
    const tr = averaged?.transitions ?? this.transitions;
    const scores = new Float32Array(rows.length * n);
    rows.forEach((fs, i) => {
      for (const r of fs) for (let l = 0; l < n; l++) scores[i * n + l] += w[r * n + l];
    });
    return viterbi(scores, rows.length, Float32Array.from(tr), this.allowed, this.labels);
  }

  /** One perceptron step on a sentence; returns the labels predicted before the update. */
  train(rows: Int32Array[], gold: number[]): number[] {
    const predicted = this.decode(rows);
    const n = this.labels.length;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i];
      const p = predicted[i];
      if (g !== p) {
        for (const r of rows[i]) {
          this.bump(this.weights, this.totals, r * n + g, 1);
          this.bump(this.weights, this.totals, r * n + p, -1);
        }
      }
      const gPrev = i === 0 ? n : gold[i - 1];
      const pPrev = i === 0 ? n : predicted[i - 1];
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.transitions, this.transitionTotals, gPrev * n + g, 1);
        this.bump(this.transitions, this.transitionTotals, pPrev * n + p, -1);
      }
    }
    this.step++;
    return predicted;
  }

  private bump(w: Float64Array, totals: Float64Array, index: number, delta: number): void {
    w[index] += delta;
    totals[index] += this.step * delta;
  }

  /** The averaged weights (w − Σ t·Δ / T), which generalise better than the last ones. */
  averaged(): { weights: Float64Array; transitions: Float64Array } {
    const avg = (w: Float64Array, t: Float64Array) => {
      const out = new Float64Array(w.length);
      for (let i = 0; i < w.length; i++) out[i] = w[i] - t[i] / this.step;
      return out;
    };
    return { weights: avg(this.weights, this.totals), transitions: avg(this.transitions, this.transitionTotals) };
  }
}
