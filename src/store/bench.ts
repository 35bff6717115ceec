/**
 * Measures the store alone: one ingest batch of filler reports (with the test's stand-in rebuild), re-reading
 * every analysis, and search latency. Usage: npm run bench:store [-- REPORTS] (default 1000, about 480k words).
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store } from "./index.js";
import { bulkReport, fakeRebuild } from "./test-helpers.js";

const reports = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), "dossier-bench-store-"));
try {
  const path = join(dir, "dossier.db");
  const store = new Store(path);
  const batch = Array.from({ length: reports }, (_, i) => bulkReport(i));
  const words = batch.reduce((n, d) => n + d.tokens.length, 0);

  let t = performance.now();
  store.ingest(batch, fakeRebuild);
  const ingestMs = performance.now() - t;
  console.log(`ingest: ${reports} reports, ${words} words in one batch: ${ingestMs.toFixed(0)} ms (${Math.round((words / ingestMs) * 1000)} words/s)`);

  t = performance.now();
  store.analysedDocuments();
  console.log(`analysedDocuments(): ${(performance.now() - t).toFixed(0)} ms`);

  const queries = ["ceasefire", "refugees corridor", '"border shelling"', "Town7 airport", "nothing-matches-this"];
  t = performance.now();
  for (let i = 0; i < 20; i++) for (const q of queries) store.search(q);
  console.log(`search: ${((performance.now() - t) / (20 * queries.length)).toFixed(1)} ms per query over ${reports * 40} sentences`);
  store.close();
  console.log(`store file: ${(statSync(path).size / 1e6).toFixed(1)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
