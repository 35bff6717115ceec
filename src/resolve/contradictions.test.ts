import { test } from "node:test";
import assert from "node:assert/strict";
import type { Quantity } from "../types.js";
import { figureContradictions, groupKey } from "./contradictions.js";

const q = (text: string, low: number | undefined, best: number | undefined, of: string, doc: string, start: number): Quantity => ({
  kind: "killed", text, ...(low !== undefined ? { low } : {}), ...(best !== undefined ? { best } : {}), of, confirmed: false, span: { doc, start, end: start + text.length },
});
let n = 0;
const nextId = () => `x${++n}`;

test("two outlets giving different death tolls for the same people disagree", () => {
  const out = figureContradictions([q("12", undefined, 12, "civilians", "a", 0), q("30", undefined, 30, "civilians", "b", 5)], nextId);
  assert.equal(out.length, 1);
  assert.equal(out[0].items.length, 2);
});

test("a lower bound ('more than 4,300', 'dozens') agrees with any larger figure and contradicts a smaller one", () => {
  assert.equal(figureContradictions([q("more than 4,300", 4300, undefined, "Russian troops", "a", 0), q("5,000", undefined, 5000, "Russian soldiers", "b", 0)], nextId).length, 0);
  assert.equal(figureContradictions([q("dozens", 24, undefined, "people", "a", 0), q("30", undefined, 30, "people", "b", 0)], nextId).length, 0);
  assert.equal(figureContradictions([q("dozens", 24, undefined, "people", "a", 0), q("three", undefined, 3, "people", "b", 0)], nextId).length, 1);
});

test("troops and soldiers of one nation are the same group; civilians are another", () => {
  assert.equal(groupKey("Russian troops"), groupKey("Russian soldiers"));
  assert.notEqual(groupKey("Ukrainian civilians"), groupKey("Ukrainian soldiers"));
});
