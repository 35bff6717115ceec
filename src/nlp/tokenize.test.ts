import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

const tokensOf = (text: string) => tokenize(text, splitSentences(text)).map((t) => t.text);

test("possessives and negations are split as in the Penn Treebank", () => {
  assert.deepEqual(tokensOf("Zelensky's office didn't comment."), ["Zelensky", "'s", "office", "did", "n't", "comment", "."]);
  assert.deepEqual(tokensOf("Russia’s defence ministry"), ["Russia", "’s", "defence", "ministry"]);
});

test("abbreviations and acronyms keep their periods, a sentence-final period is split off", () => {
  assert.deepEqual(tokensOf("U.S. and U.N. envoys met Mr. Smith in Kyiv."), ["U.S.", "and", "U.N.", "envoys", "met", "Mr.", "Smith", "in", "Kyiv", "."]);
});

test("figures with separators and hyphenated names stay whole", () => {
  assert.deepEqual(tokensOf("More than 4,300 troops near Rumyantsev-Paskevich."), ["More", "than", "4,300", "troops", "near", "Rumyantsev-Paskevich", "."]);
});

test("quotes and brackets are tokens of their own, offsets match the text", () => {
  const text = `He said: "Iskanders (short-range) launched."`;
  const tokens = tokenize(text, splitSentences(text));
  assert.deepEqual(tokens.map((t) => t.text), ["He", "said", ":", '"', "Iskanders", "(", "short-range", ")", "launched", ".", '"']);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
});
