import { test } from "node:test";
import assert from "node:assert/strict";
import { documentCasing, hashFeature, isCapsSentence, longShape, sentenceFeatures, shortShape } from "./features.js";

test("word shapes tell names, acronyms, dates and numbers apart", () => {
  assert.equal(shortShape("Kharkiv"), "Xx");
  assert.equal(shortShape("U.S."), "X.X.");
  assert.equal(shortShape("2022-02-27"), "d-d-d");
  assert.equal(shortShape("Zelenskyy"), "Xx");
  assert.equal(shortShape("Ğazi"), "Xx");
  assert.equal(longShape("NATO"), "XXXX");
  assert.equal(longShape("Kyiv"), "Xxxx");
  assert.equal(longShape("4,300"), "d,ddd");
});

test("feature hashes depend on the template as well as the value", () => {
  assert.notEqual(hashFeature(2, "kyiv"), hashFeature(3, "kyiv"));
  assert.equal(hashFeature(2, "kyiv"), hashFeature(2, "kyiv"));
  assert.notEqual(hashFeature(2, ""), 0);
});

test("a headline in capitals is recognised as one", () => {
  assert.ok(isCapsSentence(["RUSSIA", "AND", "UKRAINE", "AGREE", "TO", "TALKS"]));
  assert.ok(!isCapsSentence(["Russia", "and", "Ukraine", "agree", "to", "talks", "at", "the", "UN"]));
});

test("document casing remembers words capitalised mid-sentence and words written in lower case", () => {
  const casing = documentCasing([
    ["Talks", "began", "in", "Gomel", "."],
    ["Talks", "were", "short", "."],
    ["Delegates", "left", "the", "talks", "early", "."],
  ]);
  assert.ok(casing.capitalisedInside.has("gomel"));
  assert.ok(!casing.capitalisedInside.has("talks"));
  assert.ok(casing.writtenLower.has("talks"));
});

test("the same word gets different features in a different context, and lexicon tags add features", () => {
  const casing = documentCasing([]);
  const clusters = new Map([["Gomel", "0110"], ["Minsk", "0111"]]);
  const a = sentenceFeatures({ words: ["in", "Gomel"], lexicon: [[], []] }, clusters, casing);
  const b = sentenceFeatures({ words: ["near", "Gomel"], lexicon: [[], ["city:U"]] }, clusters, casing);
  assert.equal(a.length, 2);
  const setA = new Set(a[1]);
  const onlyInB = [...b[1]].filter((h) => !setA.has(h));
  assert.ok(onlyInB.length >= 2, "the previous word and the lexicon tag each add a feature");
  // Words of one cluster share their cluster features; a word with no cluster shares fewer.
  const near = new Map([["Gomel", "01101"], ["Minsk", "01100"]]);
  const gomel = new Set(sentenceFeatures({ words: ["in", "Gomel"], lexicon: [[], []] }, near, casing)[1]);
  const sharedWith = (word: string) => sentenceFeatures({ words: ["in", word], lexicon: [[], []] }, near, casing)[1].filter((h) => gomel.has(h)).length;
  assert.ok(sharedWith("Minsk") > sharedWith("Pinsk"));
});
