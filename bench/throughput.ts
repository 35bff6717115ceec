/**
 * End-to-end throughput and memory: every stage, on the 840 articles (≈624k words) of PolNeAR's training texts.
 * Prints words/s and reports/s for the per-report stages and for the whole run with the cross-document stages,
 * and the peak resident memory. Run: npm run bench [-- LIMIT]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeDocuments } from "../src/analyze.js";
import { buildDossier } from "../src/resolve/dossier.js";
import { sharedPath } from "../src/util/paths.js";

const dir = sharedPath("data", "polnear", "train", "text");
const limit = Number(process.argv[2]) || Infinity;
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().slice(0, limit);
const inputs = files.map((f) => ({ source: f, text: readFileSync(join(dir, f), "utf8") }));
const words = inputs.reduce((n, x) => n + (x.text.match(/\S+/g)?.length ?? 0), 0);

let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const t0 = performance.now();
const { documents, failures } = await analyzeDocuments(inputs, { published: "2016-10-01" });
const t1 = performance.now();
const dossier = buildDossier(documents);
const t2 = performance.now();
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);

const rate = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString("en");
console.log(`${files.length} reports, ${words.toLocaleString("en")} words, ${failures.length} failed`);
console.log(`per-report stages: ${rate(words, t1 - t0)} words/s, ${rate(files.length, t1 - t0)} reports/s (${((t1 - t0) / 1000).toFixed(1)} s)`);
console.log(`cross-document stages: ${((t2 - t1) / 1000).toFixed(1)} s (${dossier.entities.length} entities, ${dossier.events.length} events, ${dossier.claims.length} claims, ${dossier.stories.length} stories)`);
console.log(`end to end: ${rate(words, t2 - t0)} words/s, ${rate(files.length, t2 - t0)} reports/s; peak memory ${(peak / 2 ** 20).toFixed(0)} MiB`);
