/**
 * End-to-end throughput and memory: every stage, on the 840 articles (≈624k words) of PolNeAR's training texts.
 * Prints words/s and reports/s for the per-report stages and for the whole run with the cross-document stages,
 * each stage's time and share, and the peak resident memory. Run: npm run bench [-- LIMIT]
 *
 * The per-report stages are run one by one here, in the order of analyseText (src/nlp/pipeline.ts), so that each
 * can be timed; a check on the first reports makes sure the staged run still gives what analyseText gives. The
 * cross-document stages are timed as buildDossier runs them, then its main parts once more on their own.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { AnalysedDocument, Document, EntityMention } from "../src/types.js";
import { readInputs } from "../src/ingest/read.js";
import { buildDocument } from "../src/ingest/document.js";
import { analyseText } from "../src/nlp/pipeline.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { tokenize } from "../src/nlp/tokenize.js";
import { defaultLexicon, defaultModel, recognizeEntities } from "../src/nlp/ner/index.js";
import { refineHeadlineMentions } from "../src/nlp/headlines.js";
import { attachRoles } from "../src/nlp/roles.js";
import { resolveReferences } from "../src/nlp/coref.js";
import { extractTimes } from "../src/nlp/time/index.js";
import { countryCode, geocode, zoneOfCountry } from "../src/nlp/geo/index.js";
import { extractClaims } from "../src/events/claims/index.js";
import { extractEvents, extractQuantities } from "../src/events/index.js";
import { resolveEntities } from "../src/resolve/entities.js";
import { groupStories } from "../src/resolve/stories.js";
import { buildDossier } from "../src/resolve/dossier.js";
import { sharedPath } from "../src/util/paths.js";

const dir = sharedPath("data", "polnear", "train", "text");
const limit = Number(process.argv[2]) || Infinity;
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().slice(0, limit);
const inputs = files.map((f) => ({ source: f, text: readFileSync(join(dir, f), "utf8") }));
const words = inputs.reduce((n, x) => n + (x.text.match(/\S+/g)?.length ?? 0), 0);

/**
 * Wall-clock and CPU milliseconds spent in each stage, in the order stages first ran. CPU time is what the stage
 * costs on one core; on a shared machine the wall clock also counts other programs' turns.
 */
const spent = new Map<string, { wall: number; cpu: number }>();
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function record(stage: string, wall: number, cpu: number): void {
  const s = spent.get(stage) ?? { wall: 0, cpu: 0 };
  s.wall += wall;
  s.cpu += cpu;
  spent.set(stage, s);
}
function timed<T>(stage: string, run: () => T): T {
  const t = performance.now();
  const c = cpuNow();
  const out = run();
  record(stage, performance.now() - t, cpuNow() - c);
  return out;
}
async function timedAsync<T>(stage: string, run: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const c = cpuNow();
  const out = await run();
  record(stage, performance.now() - t, cpuNow() - c);
  return out;
}

/** analyseText, stage by stage (keep in step with src/nlp/pipeline.ts). */
function analyseStaged(doc: Document): AnalysedDocument {
  const sentences = timed("sentences", () => splitSentences(doc.text));
  const tokens = timed("tokens", () => tokenize(doc.text, sentences));
  const found = timed("entities (NER)", () => recognizeEntities(doc.text, tokens));
  const named = timed("headlines", () => refineHeadlineMentions(doc.text, sentences, tokens, found));
  const roled = timed("roles", () => attachRoles(doc.text, tokens, named));
  const mentions = timed("coref", () => [...roled, ...resolveReferences(doc.text, tokens, roled)].sort((a, b) => a.start - b.start));
  const zoneOf = timed("place zones (geo)", () => placeZones(mentions, sentences));
  const times = timed("times", () => extractTimes(doc.text, sentences, { docId: doc.id, published: doc.published, zoneOf }));
  return { doc, sentences, tokens, mentions, times };
}

function placeZones(mentions: EntityMention[], sentences: { start: number }[]): (i: number) => string | undefined {
  const zones: (string | undefined)[] = new Array(sentences.length).fill(undefined);
  let first: string | undefined;
  for (const m of mentions) {
    if (m.type !== "location") continue;
    const cc = countryCode(m.text);
    const zone = cc ? zoneOfCountry(cc) : geocode(m.text)?.timezone;
    if (!zone) continue;
    let lo = 0, hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= m.start) lo = mid;
      else hi = mid - 1;
    }
    zones[lo] = zone;
    first ??= zone;
  }
  let last = first;
  for (let i = 0; i < sentences.length; i++) last = zones[i] = zones[i] ?? last;
  return (i) => zones[i];
}

let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
// Every input carries the same --published date, so no report waits for others to date it (analyze.ts's context step).
const { reports, failures } = await timedAsync("read", () => readInputs(inputs));
// Loaded on first use in the pipeline; timed apart here so that the NER line is tagging only.
timed("load NER model and lexicons", () => (defaultModel(), defaultLexicon()));
const documents: AnalysedDocument[] = [];
for (const raw of reports) {
  const built = await timedAsync("extract, clean, date", () => buildDocument(raw, { published: "2016-10-01", today: new Date() }));
  documents.push(analyseStaged(built.doc));
}
const t1 = performance.now();
const dossier = timed("buildDossier (all cross-document)", () => buildDossier(documents));
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);

// The main parts of buildDossier, again on their own (the rest: events across reports, contradictions, summary).
const parts = new Map<string, number>();
const part = <T>(name: string, run: () => T): T => {
  const c = cpuNow();
  const out = run();
  parts.set(name, cpuNow() - c);
  return out;
};
part("claims", () => documents.forEach((a) => extractClaims(a)));
part("events and figures per report", () => documents.forEach((a) => (extractEvents(a), extractQuantities(a))));
const { entities } = part("entities across reports", () => resolveEntities(documents));
part("stories", () => groupStories(documents, entities));

const checked = documents.slice(0, 20).filter((a) => !isDeepStrictEqual(analyseText(a.doc), a)).map((a) => a.doc.source);

const rate = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString("en");
const wall = t2 - t0;
const cpuMs = (cpu.user + cpu.system) / 1000;
const perReportCpu = [...spent].filter(([k]) => !k.startsWith("buildDossier")).reduce((n, [, v]) => n + v.cpu, 0);
console.log(`${files.length} reports, ${words.toLocaleString("en")} words, ${failures.length} failed`);
console.log(`per-report stages: ${rate(words, t1 - t0)} words/s, ${rate(files.length, t1 - t0)} reports/s (${((t1 - t0) / 1000).toFixed(1)} s); on CPU time ${rate(words, perReportCpu)} words/s`);
console.log(`cross-document stages: ${((t2 - t1) / 1000).toFixed(1)} s (${dossier.entities.length} entities, ${dossier.events.length} events, ${dossier.claims.length} claims, ${dossier.stories.length} stories)`);
console.log(`end to end: ${rate(words, wall)} words/s, ${rate(files.length, wall)} reports/s; on CPU time ${rate(words, cpuMs)} words/s (CPU ${((cpuMs / wall) * 100).toFixed(0)}% of wall time); peak memory ${(peak / 2 ** 20).toFixed(0)} MiB`);
console.log("\nstage                              wall ms    CPU ms  CPU share  words/s (CPU)");
for (const [stage, v] of spent) {
  console.log(`${stage.padEnd(34)} ${v.wall.toFixed(0).padStart(7)} ${v.cpu.toFixed(0).padStart(9)} ${((v.cpu / cpuMs) * 100).toFixed(1).padStart(9)}% ${rate(words, v.cpu).padStart(14)}`);
}
console.log("\nparts of buildDossier, timed alone   CPU ms");
for (const [name, ms] of parts) console.log(`  ${name.padEnd(32)} ${ms.toFixed(0).padStart(7)}`);
const whole = spent.get("buildDossier (all cross-document)")?.cpu ?? 0;
const rest = whole - [...parts.values()].reduce((a, b) => a + b, 0);
console.log(`  ${"the rest (about)".padEnd(32)} ${rest.toFixed(0).padStart(7)}   events across reports, sources, contradictions, summary`);
if (checked.length) console.log(`\nWARNING: the staged run differs from analyseText on ${checked.join(", ")}: update analyseStaged`);
