/**
 * The store's numbered schema migrations. They live here as strings rather than as .sql files because the
 * TypeScript build copies only .ts into dist/, and the installed CLI must carry its schema with it.
 * Rules: never edit a migration that has shipped; add the next number instead. Each runs in its own transaction.
 */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "init",
    sql: `
      -- One row per stored report, in the order it was ingested (seq). The per-document analysis is kept whole as
      -- JSON so the cross-document steps can be re-run over everything stored; the columns are for listing and joins.
      CREATE TABLE documents (
        seq       INTEGER PRIMARY KEY,
        id        TEXT NOT NULL UNIQUE,
        source    TEXT NOT NULL,
        title     TEXT,
        outlet    TEXT,
        published TEXT,
        added_at  TEXT NOT NULL,
        analysis  TEXT NOT NULL
      );
      CREATE INDEX documents_published ON documents(published);
      CREATE INDEX documents_outlet ON documents(outlet);

      -- Full-text search over sentences; porter over unicode61 so "talks" finds "talk" and accents fold.
      CREATE VIRTUAL TABLE sentences USING fts5(
        doc_id UNINDEXED,
        sentence UNINDEXED,
        start_offset UNINDEXED,
        end_offset UNINDEXED,
        text,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );

      -- The cross-document result, exactly as the last rebuild returned it (one row).
      CREATE TABLE result (
        id        INTEGER PRIMARY KEY CHECK (id = 1),
        json      TEXT NOT NULL,
        built_at  TEXT NOT NULL,
        documents INTEGER NOT NULL
      );

      -- Normalised copies of parts of the result, for queries that should not parse the whole JSON.
      CREATE TABLE entities (
        id   TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        mention_count INTEGER NOT NULL
      );
      CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
      CREATE INDEX entities_type ON entities(type);
      CREATE TABLE entity_mentions (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        doc_id    TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL
      );
      CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
      CREATE INDEX entity_mentions_doc ON entity_mentions(doc_id);

      CREATE TABLE events (
        id        TEXT PRIMARY KEY,
        type      TEXT NOT NULL,
        mode      TEXT,
        modality  TEXT NOT NULL,
        certainty TEXT NOT NULL,
        summary   TEXT NOT NULL,
        time_start TEXT,
        time_end   TEXT,
        time_precision TEXT,
        independent_sources INTEGER NOT NULL
      );
      CREATE INDEX events_type ON events(type);
      CREATE INDEX events_time ON events(time_start);
      CREATE TABLE event_documents (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        doc_id   TEXT NOT NULL,
        PRIMARY KEY (event_id, doc_id)
      );
      CREATE INDEX event_documents_doc ON event_documents(doc_id);
    `,
  },
];

/** The highest schema version this build of Dossier knows. */
export const latestVersion = (migrations: readonly Migration[]): number =>
  migrations.reduce((max, m) => Math.max(max, m.version), 0);

/** Migrations must be numbered 1, 2, 3… without gaps, so "applied up to N" says exactly which have run. */
export function checkMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`store migrations must be numbered 1, 2, 3…: #${i + 1} is numbered ${m.version} (${m.name})`);
  });
}
