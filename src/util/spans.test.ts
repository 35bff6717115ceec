import assert from "node:assert/strict";
import { test } from "node:test";
import { overlapping } from "./spans.js";

test("finds every mention over a span, including a long one that starts well before it", () => {
  const mentions = [{ start: 0, end: 40, text: "the International Court of Justice at the Hague" }, { start: 5, end: 10 }, { start: 20, end: 25 }, { start: 50, end: 55 }];
  assert.deepEqual(overlapping(mentions, 21, 23).map((m) => m.start), [0, 20]);
  assert.deepEqual(overlapping(mentions, 40, 50), []);
  assert.deepEqual(overlapping(mentions, 9, 51).map((m) => m.start), [0, 5, 20, 50]);
});
