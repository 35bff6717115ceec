import { test } from "node:test";
import assert from "node:assert/strict";
import { Store } from "./index.js";
import { ftsQuery } from "./query.js";
import { fakeRebuild, fakeReport } from "./test-helpers.js";

const gomel = fakeReport(
  "Ukrainian and Russian delegations held talks in Gomel on Monday. The talks ended without agreement. " +
    "Both sides agreed to continue the peace talks after consultations in their capitals.",
  { title: "Talks in Gomel", outlet: "The Quint", published: "2022-02-28", source: "quint.txt" },
);
const iskander = fakeReport(
  "Iskander missiles were launched from Belarus into Ukraine. A ceasefire was not discussed. " +
    "Officials in Kyiv said a ceasefire, any ceasefire, was out of reach while missiles kept falling on the city of Kharkiv and its suburbs.",
  { source: "wire.txt" },
);
const madrid = fakeReport("Pedro Sánchez talked to reporters in Madrid. He called for a ceasefire.", { source: "madrid.txt" });

function storeWithReports(): Store {
  const store = new Store(":memory:");
  store.ingest([gomel, iskander, madrid], fakeRebuild);
  return store;
}

test("finds inflected forms of a word: 'talk' finds 'talks' and 'talked'", () => {
  const store = storeWithReports();
  const hits = store.search("talk", { limit: 50 });
  const docs = new Set(hits.map((h) => h.doc));
  assert.ok(docs.has(gomel.doc.id) && docs.has(madrid.doc.id));
  assert.ok(hits.some((h) => h.snippet.includes("[talked]")));
  assert.ok(hits.some((h) => h.snippet.includes("[talks]")));
  store.close();
});

test("a hit points at its sentence and carries the report's title, outlet, date and source", () => {
  const store = storeWithReports();
  const [hit] = store.search("Gomel");
  assert.ok(hit);
  assert.equal(hit.doc, gomel.doc.id);
  assert.equal(gomel.doc.text.slice(hit.span.start, hit.span.end), "Ukrainian and Russian delegations held talks in Gomel on Monday.");
  assert.equal(hit.span.doc, gomel.doc.id);
  assert.equal(hit.snippet, "Ukrainian and Russian delegations held talks in [Gomel] on Monday.");
  assert.deepEqual([hit.title, hit.outlet, hit.published, hit.source], ["Talks in Gomel", "The Quint", "2022-02-28", "quint.txt"]);
  const wire = store.search("Iskander")[0];
  assert.ok(wire && wire.title === undefined && wire.outlet === undefined && !("published" in wire));
  store.close();
});

test("ranks a short sentence that is about the word above a long one that mentions it in passing", () => {
  const store = storeWithReports();
  const hits = store.search("ceasefire");
  assert.equal(hits.length, 3);
  const texts = hits.map((h) => iskanderOrMadridText(h.doc).slice(h.span.start, h.span.end));
  assert.equal(texts[0], "A ceasefire was not discussed.");
  assert.match(texts.at(-1)!, /^Officials in Kyiv/, "the long sentence, despite saying it twice, comes after short ones");
  for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score, "scores descend");
  store.close();
});

function iskanderOrMadridText(doc: string): string {
  return [gomel, iskander, madrid].find((r) => r.doc.id === doc)!.doc.text;
}

test("every word is required; sentences with only some are offered when none has them all", () => {
  const store = storeWithReports();
  const both = store.search("Gomel Monday");
  assert.equal(both.length, 1);
  assert.match(both[0]!.snippet, /\[Gomel\] on \[Monday\]/);
  const none = store.search("Gomel Kharkiv");
  assert.deepEqual(new Set(none.map((h) => h.doc)), new Set([gomel.doc.id, iskander.doc.id]));
  store.close();
});

test("a quoted phrase must appear as written; OR accepts either word; a trailing * matches a prefix", () => {
  const store = storeWithReports();
  assert.deepEqual(store.search('"peace talks"').map((h) => h.span.start), [gomel.doc.text.indexOf("Both sides")]);
  assert.equal(store.search('"talks peace"').length, 0);
  assert.deepEqual(new Set(store.search("Madrid OR Belarus").map((h) => h.doc)), new Set([madrid.doc.id, iskander.doc.id]));
  assert.equal(store.search("Iskan*")[0]?.doc, iskander.doc.id);
  store.close();
});

test("accents do not matter: 'Sanchez' finds 'Sánchez'", () => {
  const store = storeWithReports();
  assert.match(store.search("Sanchez")[0]?.snippet ?? "", /\[Sánchez\]/);
  store.close();
});

test("hostile or malformed query text never crashes the search", () => {
  const store = storeWithReports();
  const hostile = ['"', '""', '"""', "AND", "OR", "NOT", "AND OR NOT", "NEAR(", "NEAR(Gomel talks, 2)", "*", "^", "(", ")",
    "-", "'", "text:Gomel", "doc_id:x", "{text}: Gomel", "Gomel AND", "OR Gomel", "Gomel OR", 'Gomel"', '"Gomel', "\u0000",
    "'; DROP TABLE documents; --", "🙂", "", "   ", "Gomel ".repeat(500), "a".repeat(10_000), "Zelensky's", "talks -Gomel"];
  for (const q of hostile) {
    const hits = store.search(q);
    assert.ok(Array.isArray(hits), `query ${JSON.stringify(q.slice(0, 30))}`);
  }
  assert.equal(store.documentCount(), 3);
  assert.equal(store.search('Gomel"')[0]?.doc, gomel.doc.id, "a stray quote is ignored, the word still found");
  assert.equal(store.search("OR Gomel")[0]?.doc, gomel.doc.id);
  store.close();
});

test("the limit caps the number of hits", () => {
  const store = storeWithReports();
  assert.equal(store.search("talks", { limit: 1 }).length, 1);
  assert.equal(store.search("talks", { limit: 0 }).length, 1, "at least one");
  store.close();
});

test("user text becomes quoted FTS5 phrases, never raw syntax", () => {
  assert.deepEqual(ftsQuery("Gomel talks"), { all: '"Gomel" "talks"', any: '"Gomel" OR "talks"' });
  assert.deepEqual(ftsQuery('"peace talks" Gomel'), { all: '"peace talks" "Gomel"', any: '"peace talks" OR "Gomel"' });
  assert.deepEqual(ftsQuery("Madrid OR Belarus"), { all: '"Madrid" OR "Belarus"' });
  assert.deepEqual(ftsQuery("OR OR Madrid OR"), { all: '"Madrid"' });
  assert.deepEqual(ftsQuery("Isk*"), { all: '"Isk"*' });
  assert.deepEqual(ftsQuery('NEAR(a, 2)'), { all: '"NEAR(a," "2)"', any: '"NEAR(a," OR "2)"' });
  assert.deepEqual(ftsQuery('"'), { all: "" });
  assert.deepEqual(ftsQuery("AND"), { all: "" });
  assert.equal(ftsQuery("w ".repeat(100)).all.split(" ").length, 32, "at most 32 terms");
});
