// Fixtures: invented sentences, and a few sentences adapted from the two seed reports in ../shared/corpus/seeds
// (allowed as test fixtures by ../shared/data/README.md). No CoNLL, TempEval or PolNeAR text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { packagePath } from "../../util/paths.js";
import type { EntityMention, Token } from "../../types.js";
import { defaultModel, recognizeEntities, tagConll } from "./index.js";
import { decodeModel, encodeModel, MODEL_FILE } from "./model.js";
import { rawSentences } from "./rawtokens.js";

/** Tokens as the pipeline gives them: offsets into the text and a sentence index. */
function tokensOf(text: string): Token[] {
  return rawSentences(text).flatMap((s, i) => s.map((t) => ({ ...t, sentence: i })));
}

function mentionsOf(text: string): EntityMention[] {
  return recognizeEntities(text, tokensOf(text));
}

const find = (ms: EntityMention[], text: string) => ms.find((m) => m.text === text);

test("the model loads from the installed package (models/), not from the shared gold data", () => {
  const path = packagePath("models", MODEL_FILE);
  assert.ok(existsSync(path), path);
  assert.ok(!path.includes("/shared/"));
  const model = defaultModel();
  assert.ok(model.labels.includes("U-PER") && model.labels.includes("L-ORG"));
  assert.ok(model.clusters.size > 1000, "the word-cluster table ships inside the model");
  assert.strictEqual(defaultModel(), model, "loaded once");
});

test("a model survives encoding and decoding, weights to 16-bit precision", () => {
  const labels = ["O", "U-PER"];
  const model = decodeModel(encodeModel({
    labels, hashes: Uint32Array.from([11, 22]), weights: [1, -0.5, 0.25, 2], transitions: [0, 0, 0, 0, 0.5, -1], clusters: new Map([["Kyiv", "0101"]]),
  }));
  assert.deepEqual(model.labels, labels);
  assert.equal(model.table.row(22), 1);
  const weight = (i: number) => model.weights[i] * model.scale;
  assert.ok(Math.abs(weight(1) + 0.5) < 1e-3 && Math.abs(weight(3) - 2) < 1e-3);
  assert.equal(model.transitions[5], -1);
  assert.equal(model.clusters.get("Kyiv"), "0101");
});

test("a model file of the first format (clusters inside the JSON header) still loads", async () => {
  const { gzipSync } = await import("node:zlib");
  const labels = ["O", "U-PER"];
  const head = Buffer.from("DNER1\n" + JSON.stringify({ labels, scale: 0.5, features: 1, clusters: "Kyiv\t0101\nGomel\t0110" }) + "\n");
  const pad = Buffer.alloc((4 - (head.length % 4)) % 4, 32);
  const body = [Uint32Array.from([7]), Int16Array.from([2, -4]), Float32Array.from([0, 1, 0, 0, 0.5, -1])].map((a) => Buffer.from(a.buffer));
  const model = decodeModel(gzipSync(Buffer.concat([head, pad, ...body])));
  assert.equal(model.table.row(7), 0);
  assert.deepEqual([model.weights[0] * model.scale, model.weights[1] * model.scale], [1, -2]);
  assert.equal(model.transitions[5], -1);
  assert.deepEqual([...model.clusters], [["Kyiv", "0101"], ["Gomel", "0110"]]);
});

test("decoding gives the same labels sentence after sentence, whatever the length of the one before", async () => {
  const { viterbi } = await import("./perceptron.js");
  const model = defaultModel();
  const n = model.labels.length;
  const sentence = (length: number, seed: number) => Float32Array.from({ length: length * n }, (_, i) => Math.sin(i * 12.9898 + seed) * 4);
  const short = sentence(5, 1);
  const first = viterbi(short, 5, model.transitions, model.allowed, model.labels);
  viterbi(sentence(60, 2), 60, model.transitions, model.allowed, model.labels);
  assert.deepEqual(viterbi(short, 5, model.transitions, model.allowed, model.labels), first);
});

test("finds people, places and organisations in a wire report, with offsets into the text", () => {
  const text = "Emmanuel Macron spoke with Vladimir Putin by phone on Sunday, the Elysee said. The call came as talks opened in Geneva.";
  const ms = mentionsOf(text);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(find(ms, "Emmanuel Macron")?.type, "person");
  assert.equal(find(ms, "Vladimir Putin")?.type, "person");
  assert.equal(find(ms, "Geneva")?.type, "location");
});

test("titles are not part of person names ('Defence Minister Oleksii Reznikov', 'President Joe Biden')", () => {
  const text = "The delegation comprises Defence Minister Oleksii Reznikov and presidential adviser Mykhailo Podolyak. President Joe Biden spoke later.";
  const people = mentionsOf(text).filter((m) => m.type === "person").map((m) => m.text);
  assert.ok(people.includes("Oleksii Reznikov"), people.join(", "));
  assert.ok(people.includes("Joe Biden"), people.join(", "));
  assert.ok(!people.some((p) => /minister|president|adviser/i.test(p)), people.join(", "));
});

test("nationalities with a force, and armed groups, are groups ('Russian troops', 'separatists')", () => {
  const text = "Russian troops crossed the border overnight, while separatists shelled the town, Ukrainian officials said.";
  const ms = mentionsOf(text);
  assert.equal(find(ms, "Russian troops")?.type, "group");
  assert.equal(find(ms, "separatists")?.type, "group");
  assert.equal(find(ms, "Ukrainian officials")?.type, "group");
});

test("weapon systems with their nouns are weapons ('Iskander missiles', 'cruise missiles')", () => {
  const text = "Iskander missiles were launched from Belarus, and the navy fired cruise missiles at the port.";
  const ms = mentionsOf(text);
  assert.equal(find(ms, "Iskander missiles")?.type, "weapon");
  assert.equal(find(ms, "cruise missiles")?.type, "weapon");
  assert.equal(find(ms, "Belarus")?.type, "location");
});

test("institutions written in lower case are organisations ('Russia's defence ministry', 'the interior ministry')", () => {
  const text = "Russia's defence ministry said the strikes were over. The interior ministry disagreed, and Kyiv took the case to the UN international court of justice.";
  const ms = mentionsOf(text);
  assert.equal(find(ms, "Russia's defence ministry")?.type, "organization", JSON.stringify(ms));
  assert.equal(ms.find((m) => m.text.endsWith("international court of justice"))?.type, "organization", JSON.stringify(ms));
  const text2 = "A spokesman for the interior ministry said nothing.";
  assert.equal(find(mentionsOf(text2), "interior ministry")?.type, "organization");
});

test("platforms and agencies a 1990s newswire never saw are organisations ('Telegram', 'Interfax')", () => {
  const text = "He posted the video on Telegram and Facebook, the Interfax news agency reported.";
  const ms = mentionsOf(text);
  for (const name of ["Telegram", "Facebook", "Interfax"]) assert.equal(find(ms, name)?.type, "organization", name);
});

test("tags CoNLL lines: one IOB2 tag appended per token, -DOCSTART- and blank lines kept", () => {
  // Invented sentences in the CoNLL-2003 layout (not CoNLL text).
  const input = ["-DOCSTART- -X- O O", "", "Angela NNP I-NP I-PER", "Merkel NNP I-NP I-PER", "visited VBD I-VP O", "Warsaw NNP I-NP I-LOC", ". . O O", ""].join("\n");
  const out = tagConll(input).trimEnd().split("\n");
  assert.equal(out.length, 7);
  assert.equal(out[0], "-DOCSTART- -X- O O");
  assert.equal(out[1], "");
  const tags = out.slice(2).map((l) => l.split(" ").at(-1));
  assert.deepEqual(tags, ["B-PER", "I-PER", "O", "B-LOC", "O"]);
  assert.equal(out[2], "Angela NNP I-NP I-PER B-PER");
});

test("the per-word score cache tags exactly as summing every feature of every token does", async () => {
  const { documentCasing, sentenceFeatures } = await import("./features.js");
  const { emissionScores, viterbi } = await import("./perceptron.js");
  const { chunksFromBilou } = await import("./conll.js");
  const { defaultLexicon, lexiconFeatureTags } = await import("./lexicon.js");
  const model = defaultModel();
  const lexicon = defaultLexicon();
  const sentences = [
    "The meeting is being held at the Rumyantsev-Paskevich residence in Gomel , Belarus .",
    "ANTON HERASHCHENKO POSTED FOOTAGE OF THE MISSILES ONTO FACEBOOK , BBC NEWS REPORTS .",
    "Talks between the delegations of Ukraine and Russia began on Monday near the Pripyat River .",
  ].map((s) => s.split(" "));
  for (const words of sentences) {
    const features = sentenceFeatures({ words, lexicon: lexiconFeatureTags(lexicon, words) }, model.clusters, documentCasing([words]));
    const path = viterbi(emissionScores(model, features), words.length, model.transitions, model.allowed, model.labels);
    const plain = chunksFromBilou(path.map((l) => model.labels[l]));
    const { tagDocument } = await import("./model.js");
    assert.deepEqual(tagDocument([words], model, lexicon)[0], plain, words.join(" "));
  }
});
