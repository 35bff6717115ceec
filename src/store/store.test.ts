import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Store } from "./index.js";
import { MIGRATIONS, type Migration } from "./migrations.js";
import { fakeRebuild, fakeReport } from "./test-helpers.js";
import type { AnalysedDocument, Dossier } from "../types.js";

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-store-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const gomel = fakeReport("Delegations met in Gomel. The talks ended without agreement. Kyiv said it would return.", {
  title: "Talks in Gomel", outlet: "The Quint", published: "2022-02-28",
});
const iskander = fakeReport("Iskander missiles were launched from Belarus. Officials in Kyiv confirmed the strikes.", {
  title: "Missiles from Belarus", published: "2022-02-27",
});
const alert = fakeReport("Moscow put its nuclear forces on alert. Western capitals condemned the order.");

/** Everything observable about a store, to compare before and after. */
function snapshot(store: Store): { docs: AnalysedDocument[]; dossier: Dossier; hits: number } {
  return { docs: store.analysedDocuments(), dossier: store.dossier(), hits: store.search("Gomel OR Belarus OR alert").length };
}

test("creates the store's folder and records each migration once, in order", (t) => {
  const path = join(tempDir(t), "nested", "deeper", "dossier.db");
  const store = new Store(path);
  assert.ok(existsSync(path));
  assert.deepEqual(store.appliedMigrations().map((m) => [m.version, m.name]), MIGRATIONS.map((m) => [m.version, m.name]));
  store.close();
  const again = new Store(path);
  assert.equal(again.appliedMigrations().length, MIGRATIONS.length, "re-opening applies nothing twice");
  again.close();
});

test("opens with WAL journaling and foreign keys on", (t) => {
  const path = join(tempDir(t), "d.db");
  new Store(path).close();
  const raw = new Database(path);
  assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
  raw.close();
  // foreign_keys is a per-connection setting, so look at the store's own connection
  const store = new Store(path);
  const connection = (store as unknown as { db: Database.Database }).db;
  assert.equal(connection.pragma("foreign_keys", { simple: true }), 1);
  store.close();
});

test("re-opening runs only the migrations added since, and keeps the data", (t) => {
  const path = join(tempDir(t), "d.db");
  const first = new Store(path);
  first.ingest([gomel], fakeRebuild);
  first.close();

  const next: Migration = { version: MIGRATIONS.length + 1, name: "tags", sql: "CREATE TABLE tags (doc_id TEXT, tag TEXT);" };
  const upgraded = new Store(path, { migrations: [...MIGRATIONS, next] });
  const applied = upgraded.appliedMigrations();
  assert.deepEqual(applied.map((m) => m.version), [...MIGRATIONS.map((m) => m.version), next.version]);
  assert.ok(upgraded.hasDocument(gomel.doc.id));
  assert.deepEqual(upgraded.analysedDocuments(), [gomel]);
  upgraded.close();
  // applying again would fail ("table tags already exists"): opening twice proves it is not re-run
  new Store(path, { migrations: [...MIGRATIONS, next] }).close();
});

test("a migration that fails is rolled back whole and named in the error", (t) => {
  const path = join(tempDir(t), "d.db");
  new Store(path).close();
  const broken: Migration = { version: MIGRATIONS.length + 1, name: "half", sql: "CREATE TABLE half_done (x); CREATE TABLE oops (" };
  assert.throws(() => new Store(path, { migrations: [...MIGRATIONS, broken] }), new RegExp(`migration ${broken.version} \\(half\\) failed`));
  const store = new Store(path);
  assert.equal(store.appliedMigrations().length, MIGRATIONS.length);
  const connection = (store as unknown as { db: Database.Database }).db;
  assert.equal(connection.prepare("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").get(), undefined);
  store.close();
});

test("refuses a store written by a newer Dossier, naming both schema versions", (t) => {
  const path = join(tempDir(t), "d.db");
  const future: Migration = { version: MIGRATIONS.length + 1, name: "future", sql: "CREATE TABLE future (x);" };
  new Store(path, { migrations: [...MIGRATIONS, future] }).close();
  assert.throws(() => new Store(path), (e: Error) => /newer version of Dossier/.test(e.message) && e.message.includes(`schema ${future.version}`));
});

test("a file that is not a SQLite database gives a clear error and is left untouched", (t) => {
  const path = join(tempDir(t), "notes.db");
  const text = "Kyiv, 27 February. This is a text file, not a database.\n".repeat(20);
  writeFileSync(path, text);
  assert.throws(() => new Store(path), /is not a Dossier store: the file is not a SQLite database/);
  assert.equal(readFileSync(path, "utf8"), text);
});

test("a SQLite database of some other program is refused, not migrated into", (t) => {
  const path = join(tempDir(t), "other.db");
  const other = new Database(path);
  other.exec("CREATE TABLE contacts (name TEXT)");
  other.close();
  assert.throws(() => new Store(path), /SQLite database but not a Dossier store/);
});

test("a folder given as the store path gives a clear error", (t) => {
  const dir = tempDir(t);
  assert.throws(() => new Store(dir), /is a folder, not a file/);
});

test("the default store lives in ~/.dossier unless DOSSIER_DB names another", () => {
  const saved = process.env.DOSSIER_DB;
  try {
    delete process.env.DOSSIER_DB;
    assert.equal(Store.defaultPath(), join(homedir(), ".dossier", "dossier.db"));
    process.env.DOSSIER_DB = "/srv/news/dossier.db";
    assert.equal(Store.defaultPath(), "/srv/news/dossier.db");
  } finally {
    if (saved === undefined) delete process.env.DOSSIER_DB;
    else process.env.DOSSIER_DB = saved;
  }
});

test("an empty store gives a dossier/1 object with empty lists", () => {
  const store = new Store(":memory:");
  assert.deepEqual(store.dossier(), {
    schema: "dossier/1", documents: [], entities: [], events: [], claims: [], stories: [], contradictions: [], summary: [], times: [],
  });
  assert.equal(store.documentCount(), 0);
  assert.deepEqual(store.search("Gomel"), []);
  store.close();
});

test("ingesting the same report twice stores it once", (t) => {
  const path = join(tempDir(t), "d.db");
  const store = new Store(path);
  assert.deepEqual(store.ingest([gomel, iskander], fakeRebuild), { added: [gomel.doc.id, iskander.doc.id], duplicates: [] });
  const before = snapshot(store);
  let rebuilds = 0;
  const second = store.ingest([fakeReport(gomel.doc.text, { source: "copy-of-gomel.txt" })], (all) => (rebuilds++, fakeRebuild(all)));
  assert.deepEqual(second, { added: [], duplicates: [gomel.doc.id] });
  assert.equal(rebuilds, 0, "nothing new: the stored result already speaks for it");
  assert.equal(store.documentCount(), 2);
  assert.deepEqual(snapshot(store), before);
  assert.equal(store.search("Gomel").length, 1, "its sentences are indexed once");
  store.close();
});

test("a batch that repeats a report within itself stores it once", () => {
  const store = new Store(":memory:");
  assert.deepEqual(store.ingest([alert, alert], fakeRebuild), { added: [alert.doc.id], duplicates: [alert.doc.id] });
  assert.equal(store.documentCount(), 1);
  store.close();
});

test("the rebuild sees every stored report, oldest first, and its result round-trips exactly", (t) => {
  const path = join(tempDir(t), "d.db");
  const store = new Store(path);
  store.ingest([iskander], fakeRebuild);
  let seen: string[] = [];
  let returned: Dossier | undefined;
  store.ingest([alert, gomel], (all) => {
    seen = all.map((a) => a.doc.id);
    return (returned = fakeRebuild(all));
  });
  assert.deepEqual(seen, [iskander.doc.id, alert.doc.id, gomel.doc.id]);
  assert.deepEqual(store.dossier(), returned);
  store.close();
  const reopened = new Store(path);
  assert.deepEqual(reopened.dossier(), returned, "and survives closing and re-opening");
  assert.deepEqual(reopened.analysedDocuments(), [iskander, alert, gomel]);
  reopened.close();
});

test("a rebuild that throws leaves the store exactly as before the batch", (t) => {
  const store = new Store(join(tempDir(t), "d.db"));
  store.ingest([gomel], fakeRebuild);
  const before = snapshot(store);
  assert.throws(() => store.ingest([iskander, alert], () => { throw new Error("entity resolution failed"); }), /entity resolution failed/);
  assert.deepEqual(snapshot(store), before);
  assert.equal(store.hasDocument(iskander.doc.id), false);
  assert.deepEqual(store.search("Iskander"), []);
  store.close();
});

test("a rebuild that returns something other than a dossier is refused and rolled back", () => {
  const store = new Store(":memory:");
  store.ingest([gomel], fakeRebuild);
  const before = snapshot(store);
  const broken = () => ({ ...fakeRebuild([gomel, alert]), events: undefined }) as unknown as Dossier;
  assert.throws(() => store.ingest([alert], broken), /"events" is not an array/);
  assert.deepEqual(snapshot(store), before);
  store.close();
});

test("the rebuild's view of a report (dated from context) is what listings and search show", () => {
  const store = new Store(":memory:");
  store.ingest([alert], (all) => {
    const d = fakeRebuild(all);
    d.documents = d.documents.map((doc) => ({ ...doc, published: "2022-02-27", publishedFrom: "context" as const }));
    return d;
  });
  assert.equal(store.search("nuclear")[0]?.published, "2022-02-27");
  assert.equal(store.analysedDocuments()[0]?.doc.published, undefined, "the per-document analysis is kept as given");
  store.close();
});

test("entities and events are also kept in tables for queries", (t) => {
  const path = join(tempDir(t), "d.db");
  const store = new Store(path);
  store.ingest([gomel, iskander], fakeRebuild);
  store.close();
  const raw = new Database(path, { readonly: true });
  const kyiv = raw.prepare("SELECT name, type, mention_count AS n FROM entities WHERE name = 'Kyiv'").get();
  assert.deepEqual(kyiv, { name: "Kyiv", type: "other", n: 2 });
  const docs = raw.prepare("SELECT DISTINCT doc_id FROM entity_mentions WHERE entity_id = 'E:Kyiv' ORDER BY doc_id").all();
  assert.equal(docs.length, 2);
  const dated = raw.prepare("SELECT time_start FROM events WHERE type = 'CONSULT' ORDER BY time_start").all();
  assert.deepEqual(dated, [{ time_start: "2022-02-27" }, { time_start: "2022-02-28" }]);
  raw.close();
});
