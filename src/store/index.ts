/**
 * The embedded store: every report ingested so far, with its per-document analysis, a full-text index of its
 * sentences, and the cross-document result (entities, events, claims, stories…) recomputed over the whole store.
 *
 * SQLite through better-sqlite3. WAL journal with synchronous=FULL: a batch is one transaction, so a process
 * killed mid-batch leaves the store as it was before the batch or after it, never in between.
 */
import Database from "better-sqlite3";
import { mkdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { AnalysedDocument, Document, Dossier, Span } from "../types.js";
import { MIGRATIONS, checkMigrationList, latestVersion, type Migration } from "./migrations.js";
import { ftsQuery } from "./query.js";
import { decodeAnalysis, encodeAnalysis } from "./codec.js";

export type { Migration } from "./migrations.js";

export interface SearchHit {
  doc: string;
  title?: string;
  outlet?: string;
  published?: string;
  source: string;
  /** The sentence that matched. */
  span: Span;
  /** The sentence (or, when long, the part of it around the match) with matched words marked [like this]. */
  snippet: string;
  /** Relevance, higher is better (the negated FTS5 bm25 score). */
  score: number;
}

export interface IngestResult {
  added: string[];
  duplicates: string[];
}

export interface StoreOptions {
  /** The schema migrations to apply; defaults to Dossier's own. (Tests pass longer lists to simulate upgrades.) */
  migrations?: readonly Migration[];
}

/** Recomputes the cross-document result from every stored document, oldest first. Must be synchronous. */
export type Rebuild = (all: AnalysedDocument[]) => Dossier;

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1000;
/** snippet() keeps at most this many tokens around the match (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 40;

const emptyDossier = (documents: Document[]): Dossier => ({
  schema: "dossier/1",
  documents,
  entities: [],
  events: [],
  claims: [],
  stories: [],
  contradictions: [],
  summary: [],
  times: [],
});

/** SQLite's own message for a file that is not a database, whichever call first reads it. */
const isNotADatabase = (error: unknown): boolean =>
  error instanceof Error && ((error as { code?: string }).code === "SQLITE_NOTADB" || /not a database/i.test(error.message));

export class Store {
  readonly path: string;
  private readonly db: Database.Database;
  private closed = false;

  /** The store file used when none is named: $DOSSIER_DB, else ~/.dossier/dossier.db. */
  static defaultPath(): string {
    const fromEnv = process.env.DOSSIER_DB;
    return fromEnv && fromEnv.trim() !== "" ? resolve(fromEnv) : join(homedir(), ".dossier", "dossier.db");
  }

  /** Opens (creating if needed) the store at `path` and brings its schema up to date. ":memory:" works too. */
  constructor(path: string, options: StoreOptions = {}) {
    const migrations = options.migrations ?? MIGRATIONS;
    checkMigrationList(migrations);
    const inMemory = path === ":memory:";
    this.path = inMemory ? path : resolve(path);
    if (!inMemory) prepareLocation(this.path);
    try {
      this.db = new Database(this.path);
    } catch (error) {
      throw new Error(`cannot open the Dossier store ${this.path}: ${(error as Error).message}`);
    }
    try {
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = FULL");
      this.db.pragma("foreign_keys = ON");
      this.db.pragma("busy_timeout = 10000");
      migrate(this.db, this.path, migrations);
    } catch (error) {
      this.db.close();
      if (isNotADatabase(error)) throw new Error(`${this.path} is not a Dossier store: the file is not a SQLite database`);
      throw error;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  /** The schema versions applied to this store, oldest first. */
  appliedMigrations(): { version: number; name: string; appliedAt: string }[] {
    return this.db
      .prepare("SELECT version, name, applied_at AS appliedAt FROM schema_migrations ORDER BY version")
      .all() as { version: number; name: string; appliedAt: string }[];
  }

  hasDocument(id: string): boolean {
    return this.db.prepare("SELECT 1 FROM documents WHERE id = ?").get(id) !== undefined;
  }

  documentCount(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
  }

  /** Every stored document with its per-document analysis, in the order they were ingested. */
  analysedDocuments(): AnalysedDocument[] {
    return this.analysedUpTo(Number.MAX_SAFE_INTEGER);
  }

  private analysedUpTo(seq: number): AnalysedDocument[] {
    const rows = this.db.prepare("SELECT analysis FROM documents WHERE seq <= ? ORDER BY seq").all(seq) as { analysis: string }[];
    return rows.map((row) => decodeAnalysis(row.analysis));
  }

  /**
   * Adds a batch of analysed reports and recomputes the cross-document result over the whole store, in one
   * transaction: if anything throws (including `rebuild`), nothing of the batch is kept. Reports whose id is
   * already stored (same cleaned text) are skipped and listed as duplicates. When the batch adds nothing and a
   * result is already stored, `rebuild` is not called: the stored result already speaks for these documents.
   */
  ingest(docs: AnalysedDocument[], rebuild: Rebuild): IngestResult {
    const batch = this.db.transaction((): IngestResult => {
      const added: string[] = [];
      const duplicates: string[] = [];
      const fresh: AnalysedDocument[] = [];
      const seen = new Set<string>();
      const lastSeq = (this.db.prepare("SELECT coalesce(max(seq), 0) AS seq FROM documents").get() as { seq: number }).seq;
      for (const analysed of docs) {
        const id = analysed.doc.id;
        if (seen.has(id) || this.hasDocument(id)) {
          duplicates.push(id);
          continue;
        }
        seen.add(id);
        this.insertDocument(analysed);
        added.push(id);
        fresh.push(analysed);
      }
      // the new reports are handed over as given rather than re-read: the same content, without a second parse
      if (added.length > 0 || !this.hasResult()) this.replaceResult(rebuild([...this.analysedUpTo(lastSeq), ...fresh]));
      return { added, duplicates };
    });
    // IMMEDIATE takes the write lock up front, so two ingesting processes queue instead of deadlocking
    return batch.immediate();
  }

  /** Recomputes the cross-document result over every stored document (after an upgrade of the analysis, say). */
  rebuild(rebuild: Rebuild): Dossier {
    return this.db
      .transaction((): Dossier => {
        const result = rebuild(this.analysedDocuments());
        this.replaceResult(result);
        return result;
      })
      .immediate();
  }

  /** The whole store as one `dossier/1` object: the result of the last rebuild, as it returned it. */
  dossier(): Dossier {
    const row = this.db.prepare("SELECT json FROM result WHERE id = 1").get() as { json: string } | undefined;
    if (row) return JSON.parse(row.json) as Dossier;
    return emptyDossier(this.analysedDocuments().map((a) => a.doc));
  }

  /**
   * Full-text search over every stored sentence, best first. Words are stemmed ("talks" finds "talk"); "quoted
   * words" must appear together; a trailing * matches a prefix; OR between words accepts either. When no sentence
   * holds every word, sentences holding some of them are returned. Any text is a valid query.
   */
  search(query: string, opts: { limit?: number } = {}): SearchHit[] {
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(opts.limit ?? DEFAULT_LIMIT)));
    const { all, any } = ftsQuery(query);
    if (all === "") return [];
    const hits = this.match(all, limit);
    return hits.length > 0 || any === undefined ? hits : this.match(any, limit);
  }

  private match(expression: string, limit: number): SearchHit[] {
    const sql = `
      SELECT s.doc_id AS doc, s.start_offset AS start, s.end_offset AS end,
             snippet(sentences, 4, '[', ']', '…', ${SNIPPET_TOKENS}) AS snippet,
             bm25(sentences) AS bm25,
             d.title AS title, d.outlet AS outlet, d.published AS published, d.source AS source
      FROM sentences AS s JOIN documents AS d ON d.id = s.doc_id
      WHERE sentences MATCH ?
      ORDER BY bm25(sentences), d.seq, s.sentence
      LIMIT ?`;
    let rows: SearchRow[];
    try {
      rows = this.db.prepare(sql).all(expression, limit) as SearchRow[];
    } catch (error) {
      // ftsQuery only emits quoted phrases, so this is not expected; if it happens, say so plainly
      throw new Error(`search could not run the query ${JSON.stringify(expression)}: ${(error as Error).message}`);
    }
    return rows.map(searchHit);
  }

  private hasResult(): boolean {
    return this.db.prepare("SELECT 1 FROM result WHERE id = 1").get() !== undefined;
  }

  private insertDocument(analysed: AnalysedDocument): void {
    const { doc } = analysed;
    const info = this.db
      .prepare(
        `INSERT INTO documents (id, source, title, outlet, published, added_at, analysis)
         VALUES (@id, @source, @title, @outlet, @published, @addedAt, @analysis)`,
      )
      .run({
        id: doc.id,
        source: doc.source,
        title: doc.title ?? null,
        outlet: doc.outlet ?? null,
        published: doc.published ?? null,
        addedAt: new Date().toISOString(),
        analysis: encodeAnalysis(analysed),
      });
    if (info.changes !== 1) throw new Error(`could not store document ${doc.id}`);
    const insert = this.db.prepare(
      "INSERT INTO sentences (doc_id, sentence, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)",
    );
    for (const s of searchableSentences(analysed)) insert.run(doc.id, s.index, s.start, s.end, doc.text.slice(s.start, s.end));
  }

  /** Replaces the stored cross-document result, its normalised tables, and the documents' listed metadata. */
  private replaceResult(result: Dossier): void {
    checkResultShape(result);
    const db = this.db;
    db.prepare("INSERT OR REPLACE INTO result (id, json, built_at, documents) VALUES (1, ?, ?, ?)").run(
      JSON.stringify(result),
      new Date().toISOString(),
      result.documents.length,
    );
    db.exec("DELETE FROM entity_mentions; DELETE FROM entities; DELETE FROM event_documents; DELETE FROM events;");

    const insertEntity = db.prepare("INSERT OR IGNORE INTO entities (id, name, type, mention_count) VALUES (?, ?, ?, ?)");
    const insertMention = db.prepare("INSERT INTO entity_mentions (entity_id, doc_id, start_offset, end_offset) VALUES (?, ?, ?, ?)");
    for (const e of result.entities) {
      if (insertEntity.run(e.id, e.name, e.type, e.mentions.length).changes === 0) continue; // a repeated id: first wins
      for (const m of e.mentions) insertMention.run(e.id, m.doc, m.start, m.end);
    }

    const insertEvent = db.prepare(
      `INSERT OR IGNORE INTO events (id, type, mode, modality, certainty, summary, time_start, time_end, time_precision, independent_sources)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertEventDoc = db.prepare("INSERT OR IGNORE INTO event_documents (event_id, doc_id) VALUES (?, ?)");
    for (const ev of result.events) {
      const t = ev.time;
      const inserted = insertEvent.run(ev.id, ev.type, ev.mode ?? null, ev.modality, ev.certainty, ev.summary,
        t?.start ?? null, t?.end ?? null, t?.precision ?? null, ev.independentSources);
      if (inserted.changes === 0) continue;
      for (const doc of new Set([...ev.sources, ...ev.evidence.map((s) => s.doc)])) insertEventDoc.run(ev.id, doc);
    }

    // the cross-document steps may date or name a report from the others ("context"); listings should show that
    const updateDoc = db.prepare("UPDATE documents SET title = ?, outlet = ?, published = ? WHERE id = ?");
    for (const d of result.documents) updateDoc.run(d.title ?? null, d.outlet ?? null, d.published ?? null, d.id);
  }
}

interface SearchRow {
  doc: string;
  start: number;
  end: number;
  snippet: string;
  bm25: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  source: string;
}

function searchHit(row: SearchRow): SearchHit {
  const hit: SearchHit = {
    doc: row.doc,
    source: row.source,
    span: { doc: row.doc, start: row.start, end: row.end },
    snippet: row.snippet,
    score: -row.bm25,
  };
  if (row.title !== null) hit.title = row.title;
  if (row.outlet !== null) hit.outlet = row.outlet;
  if (row.published !== null) hit.published = row.published;
  return hit;
}

/** The sentences to index; a document analysed without sentences is indexed whole, so it is still findable. */
function searchableSentences(analysed: AnalysedDocument): { index: number; start: number; end: number }[] {
  if (analysed.sentences.length > 0) return analysed.sentences;
  return analysed.doc.text.length > 0 ? [{ index: 0, start: 0, end: analysed.doc.text.length }] : [];
}

/** A rebuild that returns something other than a dossier is a bug; refusing it rolls the batch back. */
function checkResultShape(result: Dossier): void {
  const lists = ["documents", "entities", "events", "claims", "stories", "contradictions", "summary", "times"] as const;
  if (result && typeof (result as unknown as PromiseLike<unknown>).then === "function") throw new Error("rebuild must be synchronous: it returned a Promise");
  if (!result || result.schema !== "dossier/1") throw new Error('rebuild must return a dossier/1 object (schema: "dossier/1")');
  for (const key of lists) {
    if (!Array.isArray(result[key])) throw new Error(`rebuild returned a dossier whose "${key}" is not an array`);
  }
}

/** Creates the store's folder; a path that is a folder gets a clear error rather than SQLite's "unable to open". */
function prepareLocation(path: string): void {
  try {
    if (statSync(path).isDirectory()) throw new Error(`cannot open the Dossier store ${path}: it is a folder, not a file`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
}

/** Applies the migrations not yet recorded, each in its own transaction, and refuses stores from a newer Dossier. */
function migrate(db: Database.Database, path: string, migrations: readonly Migration[]): void {
  const latest = latestVersion(migrations);
  const ensureTable = db.transaction(() => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const names = new Set(tables.map((t) => t.name));
    if (!names.has("schema_migrations")) {
      // a database with tables of its own but no migration record belongs to some other program
      if (names.size > 0) throw new Error(`${path} is a SQLite database but not a Dossier store (it has no schema_migrations table)`);
      db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
  });
  ensureTable.immediate();

  const appliedVersion = (): number =>
    (db.prepare("SELECT coalesce(max(version), 0) AS v FROM schema_migrations").get() as { v: number }).v;
  const current = appliedVersion();
  if (current > latest) {
    throw new Error(
      `${path} was written by a newer version of Dossier (store schema ${current}; this version knows up to ${latest}): upgrade Dossier to open it`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      // another process may have applied it while we waited for the lock
      if (appliedVersion() >= migration.version) return;
      try {
        db.exec(migration.sql);
      } catch (error) {
        throw new Error(`${path}: store migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`);
      }
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }).immediate();
  }
}
