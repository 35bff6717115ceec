import { test } from "node:test";
import assert from "node:assert/strict";
import { appendTagColumn, chunksFromBilou, chunksFromIob, chunksToBilou, chunksToIob2, parseConllLines, readConllDocuments } from "./conll.js";

// Invented fixture in the CoNLL-2003 layout (token POS chunk NER, IOB1), not CoNLL text.
const FIXTURE = [
  "-DOCSTART- -X- O O",
  "",
  "Talks NNS I-NP O",
  "in IN I-PP O",
  "Gomel NNP I-NP I-LOC",
  "ended VBD I-VP O",
  ".",
  "",
  "-DOCSTART- -X- O O",
  "",
  "Anna NNP I-NP I-PER",
  "Petrova NNP I-NP I-PER",
  "Ivan NNP I-NP B-PER",
  "spoke VBD I-VP O",
].join("\n");

test("reads documents split at -DOCSTART- and sentences split at blank lines", () => {
  const docs = readConllDocuments(FIXTURE);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0][0].words, ["Talks", "in", "Gomel", "ended", "."]);
  assert.deepEqual(docs[1][0].tags, ["I-PER", "I-PER", "B-PER", "O"]);
});

test("reads IOB1 gold: I- after I- of the same type continues, B- opens a second name right after", () => {
  assert.deepEqual(chunksFromIob(["I-PER", "I-PER", "B-PER", "O"]), [
    { start: 0, end: 2, type: "PER" },
    { start: 2, end: 3, type: "PER" },
  ]);
});

test("IOB2 and BILOU encodings round-trip the same chunks", () => {
  const chunks = [{ start: 0, end: 2, type: "PER" }, { start: 2, end: 3, type: "PER" }, { start: 4, end: 7, type: "ORG" }];
  assert.deepEqual(chunksToIob2(chunks, 8), ["B-PER", "I-PER", "B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O"]);
  const bilou = chunksToBilou(chunks, 8);
  assert.deepEqual(bilou, ["B-PER", "L-PER", "U-PER", "O", "B-ORG", "I-ORG", "L-ORG", "O"]);
  assert.deepEqual(chunksFromBilou(bilou), chunks);
  assert.deepEqual(chunksFromIob(chunksToIob2(chunks, 8)), chunks);
});

test("writes every input line back, -DOCSTART- and blanks untouched, with one tag appended per token", () => {
  const lines = parseConllLines(FIXTURE);
  const tokens = lines.filter((l) => l.kind === "token").length;
  const out = appendTagColumn(lines, Array.from({ length: tokens }, (_, i) => (i === 2 ? "B-LOC" : "O")));
  const outLines = out.trimEnd().split("\n");
  assert.equal(outLines.length, FIXTURE.split("\n").length);
  assert.equal(outLines[0], "-DOCSTART- -X- O O");
  assert.equal(outLines[1], "");
  assert.equal(outLines[4], "Gomel NNP I-NP I-LOC B-LOC");
  assert.equal(outLines[6], ". O");
});
