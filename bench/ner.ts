/**
 * NER benchmark (npm run bench:ner): tags ../shared/data/conll2003/dev.conll with the shipped model, scores the
 * predictions with ../shared/scorers/score-ner.mjs (exact span and type, as conlleval) and prints tagging speed in
 * words per second on one core (model loading excluded; it is timed apart).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedPath } from "../src/util/paths.js";
import { defaultLexicon, defaultModel, tagConll } from "../src/nlp/ner/index.js";

const split = process.argv[2] ?? "dev";
const gold = sharedPath("data", "conll2003", `${split}.conll`);
if (!existsSync(gold)) {
  console.error(`${gold} is missing: the NER benchmark reads the CoNLL-2003 gold data from ../shared/data`);
  process.exit(1);
}
const input = readFileSync(gold, "utf8");
const words = input.split("\n").filter((l) => l.trim() && !l.startsWith("-DOCSTART-")).length;

let t = performance.now();
defaultModel();
defaultLexicon();
const loadMs = performance.now() - t;

tagConll(input); // warm-up: lets the JIT compile the hot loops and fills the per-word caches before timing
// CPU time of this process, not wall time: on a shared machine the wall clock counts other programs' turns too.
// Several runs, reported by their median, since other processes also disturb caches and clocks.
const runs = 5;
const cpuSeconds: number[] = [];
let output = "";
const wallStart = performance.now();
for (let i = 0; i < runs; i++) {
  const cpu = process.cpuUsage();
  output = tagConll(input);
  const used = process.cpuUsage(cpu);
  cpuSeconds.push((used.user + used.system) / 1e6);
}
const wallSeconds = (performance.now() - wallStart) / 1000 / runs;
cpuSeconds.sort((a, b) => a - b);
const seconds = cpuSeconds[Math.floor(runs / 2)];
const pred = join(mkdtempSync(join(tmpdir(), "dossier-ner-")), `${split}.pred.conll`);
writeFileSync(pred, output);
console.log(`CoNLL-2003 ${split}: ${words} words`);
console.log(execFileSync("node", [sharedPath("scorers", "score-ner.mjs"), gold, pred], { encoding: "utf8" }).trimEnd());
const rate = (s: number) => Math.round(words / s).toLocaleString("en");
console.log(`speed: ${rate(seconds)} words/s on one core (median CPU time of ${runs} runs; best ${rate(cpuSeconds[0])}, wall clock ${rate(wallSeconds)}); model and lexicons loaded in ${loadMs.toFixed(0)} ms`);
