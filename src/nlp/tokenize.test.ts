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

test("e-mail addresses and links stay whole; a sentence-final word loses its period", () => {
  assert.deepEqual(tokensOf("Write to press@mfa.gov.ua or see https://mfa.gov.ua/news now."), ["Write", "to", "press@mfa.gov.ua", "or", "see", "https://mfa.gov.ua/news", "now", "."]);
});

test("tokens stay inside their sentence, even a range that ends inside a word", () => {
  const text = "Talks resumed in Gomel. Kyiv said nothing.";
  const tokens = tokenize(text, [{ index: 0, start: 0, end: 23 }, { index: 1, start: 24, end: 28 }]);
  assert.deepEqual(tokens.map((t) => [t.text, t.sentence]), [["Talks", 0], ["resumed", 0], ["in", 0], ["Gomel", 0], [".", 0], ["Kyiv", 1]]);
  const cut = tokenize(text, [{ index: 0, start: 0, end: 15 }]);
  assert.deepEqual(cut.map((t) => t.text), ["Talks", "resumed", "i"]);
});
