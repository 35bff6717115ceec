import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeAnalysis, encodeAnalysis } from "./codec.js";
import { bulkReport, fakeReport } from "./test-helpers.js";
import type { AnalysedDocument } from "../types.js";

const report = (): AnalysedDocument => {
  const r = fakeReport("Russian forces shelled Kharkiv on Monday. The mayor said 11 people were killed.", { published: "2022-02-28" });
  r.mentions = [{ start: 23, end: 30, text: "Kharkiv", type: "location" }];
  r.times = [{ span: { doc: r.doc.id, start: 34, end: 40 }, value: { start: "2022-02-28", precision: "day", text: "Monday", inferred: false }, kind: "date" }];
  return r;
};

test("a stored analysis reads back exactly as it was given", () => {
  const r = report();
  assert.deepEqual(decodeAnalysis(encodeAnalysis(r)), r);
});

test("a token whose text is not its slice of the report (a normalised quote, say) keeps its own text", () => {
  const r = report();
  r.tokens[0] = { ...r.tokens[0]!, text: "russian" };
  const back = decodeAnalysis(encodeAnalysis(r));
  assert.equal(back.tokens[0]!.text, "russian");
  assert.deepEqual(back, r);
});

test("an analysis with fields the packing does not know is stored whole, not trimmed", () => {
  const r = report();
  const withLemma = { ...r, tokens: r.tokens.map((t) => ({ ...t, lemma: t.text.toLowerCase() })) } as AnalysedDocument;
  assert.deepEqual(decodeAnalysis(encodeAnalysis(withLemma)), withLemma);
  const withExtra = { ...r, parse: [1, 2, 3] } as AnalysedDocument;
  assert.deepEqual(decodeAnalysis(encodeAnalysis(withExtra)), withExtra);
});

test("packed analyses take well under half the space of plain JSON", () => {
  const r = bulkReport(7);
  assert.ok(encodeAnalysis(r).length * 2 < JSON.stringify(r).length);
  assert.deepEqual(decodeAnalysis(encodeAnalysis(r)), r);
});
