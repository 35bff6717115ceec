import { test } from "node:test";
import assert from "node:assert/strict";
import { allowedTransitions, FeatureTable, PerceptronTrainer, viterbi } from "./perceptron.js";

const LABELS = ["O", "B-PER", "I-PER", "L-PER", "U-PER"];

test("decoding never lets a name continue out of nothing (O → I-PER is not a path)", () => {
  const n = LABELS.length;
  // Token 1 prefers I-PER on its own, but only B-PER … L-PER or U-PER can make a name.
  const scores = Float32Array.from([5, 0, 0, 0, 0, /* token 1 */ 0, 0, 9, 0, 1]);
  const path = viterbi(scores, 2, new Float32Array((n + 1) * n), allowedTransitions(LABELS), LABELS);
  assert.deepEqual(path.map((l) => LABELS[l]), ["O", "U-PER"]);
});

test("decoding closes a two-word name with its last tag rather than leaving it open at the sentence end", () => {
  const n = LABELS.length;
  const scores = Float32Array.from([0, 6, 0, 0, 5, /* token 1 */ 0, 0, 4, 3, 0]);
  const path = viterbi(scores, 2, new Float32Array((n + 1) * n), allowedTransitions(LABELS), LABELS);
  assert.deepEqual(path.map((l) => LABELS[l]), ["B-PER", "L-PER"]);
});

test("the feature table finds every stored hash and misses unknown ones", () => {
  const hashes = Uint32Array.from([17, 4242, 99991, 3]);
  const table = new FeatureTable(hashes);
  hashes.forEach((h, row) => assert.equal(table.row(h), row));
  assert.equal(table.row(5), -1);
});

test("the averaged perceptron learns that a capitalised word after 'Mr' is a one-word name", () => {
  // Features: 1 = "previous word is Mr", 2 = "capitalised", 3 = "lower case".
  const sentences = [
    { rows: [[3], [1, 2], [3]], gold: [0, 4, 0] },
    { rows: [[2], [3], [3]], gold: [0, 0, 0] },
    { rows: [[3], [3], [1, 2]], gold: [0, 0, 4] },
  ].map((s) => ({ rows: s.rows.map((r) => Int32Array.from(r.map((h) => h - 1))), gold: s.gold }));
  const trainer = new PerceptronTrainer(LABELS, [1, 2, 3]);
  for (let epoch = 0; epoch < 5; epoch++) for (const s of sentences) trainer.train(s.rows, s.gold);
  const averaged = trainer.averaged();
  for (const s of sentences) assert.deepEqual(trainer.decode(s.rows, averaged), s.gold);
});
