import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { packagePath } from "../../util/paths.js";
import { institutionSpans } from "./institutions.js";
import { defaultLexicon, Lexicon, lexiconFeatureTags, parseLexicon, readLexicons as readLexiconsForTest } from "./lexicon.js";

test("every lexicon file names its public source and licence in its header", () => {
  const dir = packagePath("data", "lexicons");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".tsv"))) {
    const head = readFileSync(`${dir}/${f}`, "utf8").split("\n").filter((l) => l.startsWith("#")).join("\n");
    assert.match(head, /source:/i, f);
    assert.match(head, /licen[cs]e:/i, f);
  }
});

test("acronyms match only as written ('WHO' the organisation, not 'who'); names match in any case", () => {
  const lex = new Lexicon(parseLexicon("WHO\torganization\nInternational Court of Justice\torganization\n", "organizations"));
  assert.equal(lex.match(["the", "WHO", "said"]).length, 1);
  assert.equal(lex.match(["people", "who", "fled"]).length, 0);
  const m = lex.match(["the", "international", "court", "of", "justice"]);
  assert.deepEqual(m.map((x) => [x.start, x.end]), [[1, 5]]);
});

test("lexicon features mark the position of each token inside a matched name", () => {
  const lex = new Lexicon(parseLexicon("Al Jazeera\torganization\nUkraine\tlocation\n", "outlets"));
  const tags = lexiconFeatureTags(lex, ["Al", "Jazeera", "in", "Ukraine"]);
  assert.deepEqual(tags, [["media:B"], ["media:L"], [], ["loc:U"]]);
});

test("the shipped lexicons know platforms, agencies, courts, nationalities and weapon systems", () => {
  const lex = defaultLexicon();
  const typeOf = (phrase: string) => lex.lookup(phrase.split(" ")).map((e) => e.type);
  assert.ok(typeOf("Telegram").includes("organization"));
  assert.ok(typeOf("Interfax").includes("organization"));
  assert.ok(typeOf("International Court of Justice").includes("organization"));
  assert.ok(typeOf("Belarusian").includes("group"));
  assert.ok(typeOf("Javelin").includes("weapon"));
  assert.ok(typeOf("troops").includes("group-noun"));
});

test("lower-case institution names: a domain and a head, with the owner before them", () => {
  const lex = defaultLexicon();
  const spans = (sentence: string) => {
    const words = sentence.split(" ");
    return institutionSpans(words, lex.match(words)).map((s) => words.slice(s.start, s.end).join(" "));
  };
  assert.deepEqual(spans("Russia 's defence ministry said"), ["Russia 's defence ministry"]);
  assert.deepEqual(spans("the interior ministry said"), ["interior ministry"]);
  assert.deepEqual(spans("the ministry of foreign affairs said"), ["ministry of foreign affairs"]);
  assert.deepEqual(spans("the Belarusian foreign ministry said"), ["Belarusian foreign ministry"]);
  // A head alone is no name: "the ministry", "a court".
  assert.deepEqual(spans("the ministry said a court ruled"), []);
});

test("a long list of place names matches whole names of several words, possessives split, in any case", () => {
  const text = "# source: test; licence: CC0\nNew York\tlocation\nYork\tlocation\nSt. John's\tlocation\nRio de Janeiro\tlocation\n";
  const lex = new Lexicon([], [{ text, entry: { phrase: "cities", type: "location", lexicon: "cities" } }]);
  const spans = (sentence: string) => lex.match(sentence.split(" ")).map((m) => [m.start, m.end]);
  assert.deepEqual(spans("flights from NEW YORK to rio de janeiro"), [[2, 4], [3, 4], [5, 8]]);
  assert.deepEqual(spans("in St. John 's harbour"), [[1, 4]]);
  // A prefix of a name is no name: "Rio de" alone, "New" alone.
  assert.deepEqual(spans("Rio de la Plata and New Delhi"), []);
});

test("the stored index of the city list was built from the shipped list (rebuild: npm run train:ner -- --lexicon-index)", async () => {
  const { bulkIndexPath, decodeBulkIndex, readLexicons } = await import("./lexicon.js");
  const { existsSync, readFileSync: read } = await import("node:fs");
  for (const b of readLexicons().bulk) {
    const path = bulkIndexPath(b.entry.lexicon);
    assert.ok(existsSync(path), `${path} is missing`);
    assert.ok(decodeBulkIndex(read(path), b.entry, b.text), `${path} is stale`);
  }
});

test("the stored city index and one built from the list find the same names", () => {
  const { entries, bulk } = readLexiconsForTest();
  const built = new Lexicon(entries, bulk);
  const stored = defaultLexicon();
  const sentence = "Officials in Kharkiv , Rio de Janeiro , St. Petersburg and Gomel met in NEW DELHI".split(" ");
  assert.deepEqual(stored.match(sentence).map((m) => [m.start, m.end, m.entry.lexicon]), built.match(sentence).map((m) => [m.start, m.end, m.entry.lexicon]));
  assert.ok(stored.match(sentence).some((m) => m.entry.lexicon === "cities" && m.end - m.start === 3), "Rio de Janeiro is found");
});
