import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { Store } from "./index.js";
import { bulkReport, fakeRebuild, fakeReport } from "./test-helpers.js";
import { packageRoot } from "../util/paths.js";

const CHILD = fileURLToPath(new URL("./crash-child.ts", import.meta.url));

const earlier = [
  fakeReport("Delegations met in Gomel on Monday. The talks ended without agreement.", { published: "2022-02-28" }),
  fakeReport("Iskander missiles were launched from Belarus. Officials in Kyiv confirmed the strikes."),
];

function storeWithEarlierBatch(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-crash-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, "dossier.db");
  const store = new Store(path);
  store.ingest(earlier, fakeRebuild);
  store.close();
  return path;
}

function startChild(path: string, count: number, mode: "hang" | "run", first = 0): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", CHILD, path, String(count), mode, String(first)], {
    cwd: packageRoot(),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Resolves when the child has printed `line` (or rejects when it exits first). */
function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr!.on("data", (chunk) => (err += chunk));
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      if (out.split("\n").some((l) => l.startsWith(line))) resolve();
    });
    child.on("exit", (code, signal) => reject(new Error(`child exited (${code ?? signal}) before "${line}": ${err}`)));
  });
}

const exited = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.on("exit", () => resolve())));

function integrity(path: string): string {
  const db = new Database(path);
  const result = db.pragma("integrity_check", { simple: true }) as string;
  db.close();
  return result;
}

test("an ingest killed with SIGKILL inside its transaction leaves exactly the earlier batch", { timeout: 120_000 }, async (t) => {
  const path = storeWithEarlierBatch(t);
  const before = new Store(path);
  const expected = before.dossier();
  before.close();

  const child = startChild(path, 1500, "hang");
  t.after(() => child.kill("SIGKILL"));
  await waitForLine(child, "INSIDE");
  // the batch is large enough that SQLite has already spilled uncommitted pages to the WAL file: a real half-write
  assert.ok(statSync(path + "-wal").size > 2_000_000, "uncommitted pages of the batch are on disk when it is killed");
  child.kill("SIGKILL");
  await exited(child);
  assert.equal(child.signalCode, "SIGKILL");

  assert.equal(integrity(path), "ok");
  const after = new Store(path);
  assert.equal(after.documentCount(), earlier.length);
  assert.deepEqual(after.analysedDocuments(), earlier);
  assert.deepEqual(after.dossier(), expected);
  assert.deepEqual(after.search("Bulk report"), [], "no sentence of the killed batch is searchable");
  // and the store still takes the next batch
  const next = fakeReport("Moscow put its nuclear forces on alert.");
  assert.deepEqual(after.ingest([next], fakeRebuild).added, [next.doc.id]);
  assert.equal(after.documentCount(), earlier.length + 1);
  after.close();
  assert.equal(integrity(path), "ok");
});

test("an ingest killed at any moment leaves the store before or after the batch, never between", { timeout: 180_000 }, async (t) => {
  const path = storeWithEarlierBatch(t);
  const batch = 150;
  const delays = [0, 150, 600, 1500];
  for (const [round, delay] of delays.entries()) {
    const first = round * batch;
    const ids = Array.from({ length: batch }, (_, i) => bulkReport(first + i).doc.id);
    const start = new Store(path);
    const countBefore = start.documentCount();
    start.close();

    const child = startChild(path, batch, "run", first);
    t.after(() => child.kill("SIGKILL"));
    await waitForLine(child, "START");
    await new Promise((r) => setTimeout(r, delay));
    child.kill("SIGKILL");
    await exited(child);

    assert.equal(integrity(path), "ok", `killed ${delay} ms in`);
    const store = new Store(path);
    const count = store.documentCount();
    const committed = count === countBefore + batch;
    t.diagnostic(`killed ${delay} ms after start: store holds the state ${committed ? "after" : "before"} the batch`);
    assert.ok(count === countBefore || committed, `killed ${delay} ms in: ${count} documents, not ${countBefore} or ${countBefore + batch}`);
    assert.deepEqual(ids.map((id) => store.hasDocument(id)), ids.map(() => committed), "all of the batch or none of it");
    assert.equal(store.dossier().documents.length, count, "the stored result speaks for exactly the stored documents");
    assert.equal(store.search(`"Bulk report ${first}"`).length > 0, committed, "its sentences are searchable exactly when it is stored");
    assert.equal(store.search(`"Bulk report ${first + batch - 1}"`).length > 0, committed);
    store.close();
  }
});
